// The portal's build (`npm run portal:build`, into dist/portal, which the API
// serves at /) and dev server (`npm run portal:dev`, with hot reload, passing
// the API's own paths to the API).
import { fileURLToPath } from 'node:url';

import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Where `npm start` listens: HOST and PORT as the API reads them. */
const api = `http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1'}:${process.env.PORT || 3000}`;

/**
 * The API's own paths; everything else is the portal's. Keep in step with the
 * API's controllers (the API finds them itself when it serves the built portal).
 */
const API_PATHS = ['/graphql', '/health', '/explorer', '/calendar.ics', '/meetings'];

export default defineConfig({
  root,
  plugins: [
    react({
      babel: {
        // Turns each graphql(`…`) call into an import of its generated document, so that the
        // bundle does not carry a map of every operation's text (see client-preset's docs).
        plugins: [[babelOptimizerPlugin, { artifactDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)), gqlTagName: 'graphql' }]],
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: api }])),
  },
});
