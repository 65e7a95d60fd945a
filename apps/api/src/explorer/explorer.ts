import { createRequire } from 'node:module';
import path from 'node:path';

import type { ApolloServerPlugin } from '@apollo/server';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

const require = createRequire(import.meta.url);

/** GraphiQL and the React it runs on, served from node_modules: the explorer needs no CDN. */
// The UMD builds are not in the packages' "exports", so they are found from each package's folder.
const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

export const EXPLORER_ASSET_PATH = '/explorer';

const PAGE = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Samverka – GraphQL</title>
  <link rel="stylesheet" href="${EXPLORER_ASSET_PATH}/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Laddar GraphiQL…</div>
  <script src="${EXPLORER_ASSET_PATH}/react.js"></script>
  <script src="${EXPLORER_ASSET_PATH}/react-dom.js"></script>
  <script src="${EXPLORER_ASSET_PATH}/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: location.pathname });
    const defaultQuery = '# Samverka: vem gör vad?\\n{\\n  networks { slug name agencies { slug name } }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;

/** Shows GraphiQL when a browser opens the GraphQL endpoint (instead of Apollo's CDN-hosted Sandbox). */
export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PAGE };
        },
      };
    },
  };
}

@Controller(EXPLORER_ASSET_PATH.slice(1))
export class ExplorerAssetsController {
  @Get(':name')
  asset(@Param('name') name: string, @Res() response: Response): void {
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new NotFoundException();
    response.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.file);
  }
}
