// Typed operations for the portal: `npm run portal:codegen` reads the API's
// committed schema and every graphql(`…`) call in the portal's sources, and
// writes src/gql/ (committed, so that a fresh checkout builds without it).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      // Pages read the fields their own operation asked for; no fragment masking to unwrap.
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions instead of TypeScript enums: no runtime code in the bundle.
        enumsAsTypes: true,
        // Only the types that operations use, not the whole schema.
        onlyOperationTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
