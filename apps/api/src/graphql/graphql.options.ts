import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';

import { DateTimeScalar } from '#common';
import type { AppConfig } from '#config';

import { explorerLandingPage } from '../explorer/explorer.js';
import { createErrorFormatter } from './format-error.js';
import { operationLimitsRule } from './operation-limits.rule.js';

/** Where the API answers GraphQL (and shows GraphiQL to a browser). */
export const GRAPHQL_PATH = '/graphql';

/** Apollo Server as Samverka runs it; `schemaFile` is where `gql:schema` writes the committed contract. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: GRAPHQL_PATH,
    // Built in memory at boot; `npm run gql:schema` writes apps/api/schema.graphql and a test keeps it current.
    autoSchemaFile: true,
    sortSchema: true,
    // Every Date field is the contract's strict DateTime (an offset required on input).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.isDevelopment,
    formatError: createErrorFormatter(config.isDevelopment),
    validationRules: [operationLimitsRule({ maxDepth: config.graphqlMaxDepth, maxFields: config.graphqlMaxFields })],
    // No answer carries cache hints (they are per viewer), so the hook Apollo would run on every field is left out.
    plugins: [explorerLandingPage(), ApolloServerPluginCacheControlDisabled()],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
