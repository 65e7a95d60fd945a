import type { INestApplication } from '@nestjs/common';

import { AppConfig, loadConfig } from '#config';
import { PrismaService } from '#prisma';

import { createApp } from '../../../apps/api/src/bootstrap.js';
import { GraphQLClient } from './graphql-client.js';
import { createTestDatabase, TEST_PASSWORD, type TestDatabase } from './test-server.js';

export const DEMO = {
  admin: 'admin@natverket.example',
  coordinator: 'samordnare@natverket.example',
  liaisonMigrationsverket: 'liaison.migrationsverket@natverket.example',
  liaisonBrottsoffermyndigheten: 'liaison.brottsoffermyndigheten@natverket.example',
  member: 'medlem@natverket.example',
} as const;

export interface TestApp {
  app: INestApplication;
  url: string;
  database: TestDatabase;
  prisma: PrismaService;
  /** An anonymous client. */
  gql: GraphQLClient;
  /** Signs in and returns the session. */
  login(email: string, password?: string): Promise<{ accessToken: string; refreshToken: string; client: GraphQLClient }>;
  close(): Promise<void>;
}

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`;

/**
 * The whole API on its own database, listening on a free port: tests talk to
 * it over real HTTP. `mode` 'production' shows what clients see in production.
 */
export async function startTestApp({
  mode = 'test',
  database: kind = 'seeded',
  env = {},
}: { mode?: 'test' | 'production' | 'development'; database?: 'seeded' | 'migrated'; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const values = loadConfig({
    NODE_ENV: mode,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-production-mode',
    LOG_LEVEL: 'error',
    DATABASE_POOL_SIZE: '5',
    ...env,
  });
  const config = new AppConfig({ ...values, databaseUrl: database.url });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const gql = new GraphQLClient(url);
  return {
    app,
    url,
    database,
    prisma: app.get(PrismaService),
    gql,
    async login(email, password = TEST_PASSWORD) {
      const { login } = await gql.data<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { email, password });
      return { ...login, client: gql.as(login.accessToken) };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
