import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { applyMigrations, startEmbeddedDatabase } from '#prisma';

import { seedDatabase } from '../../../prisma/seed/seed.js';

/** The demo accounts' password in every test database. */
export const TEST_PASSWORD = 'testlösenord-för-demo';

/** What global setup hands the test files, through the environment. */
const ENV_ADMIN_URL = 'SAMVERKA_TEST_ADMIN_URL';
const ENV_TEMPLATE = 'SAMVERKA_TEST_TEMPLATE';
const ENV_EMPTY_TEMPLATE = 'SAMVERKA_TEST_EMPTY_TEMPLATE';
const ENV_RUN = 'SAMVERKA_TEST_RUN';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A port nothing listens on: bound once by the OS, then let go. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function adminQuery(sql: string, adminUrl = process.env[ENV_ADMIN_URL]!): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let stopServer: (() => Promise<void>) | undefined;

/** What the test files need to know of the server, passed to them through the environment. */
export function testServerEnvironment(): Record<string, string> {
  return Object.fromEntries([ENV_ADMIN_URL, ENV_TEMPLATE, ENV_EMPTY_TEMPLATE, ENV_RUN].map((name) => [name, process.env[name] ?? '']));
}

/**
 * The test server: a PostgreSQL server (TEST_DATABASE_URL's, or an
 * embedded one in a temporary folder) and two template databases, one only
 * migrated and one also seeded, that every test clones in a few milliseconds.
 * DATABASE_URL is never touched.
 */
export async function startTestServer(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const directory = mkdtempSync(path.join(tmpdir(), 'samverka-test-'));
    const embedded = await startEmbeddedDatabase({
      directory,
      port: await freePort(),
      database: 'postgres',
      persistent: false,
    });
    adminUrl = embedded.adminUrl;
    stopServer = async () => {
      await embedded.stop();
      rmSync(directory, { recursive: true, force: true });
    };
  }
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const empty = `samverka_tpl_migrated_${suffix}`;
  const seeded = `samverka_tpl_seeded_${suffix}`;
  await adminQuery(`CREATE DATABASE ${empty}`, adminUrl);
  await applyMigrations(withDatabase(adminUrl, empty));
  await adminQuery(`CREATE DATABASE ${seeded} TEMPLATE ${empty}`, adminUrl);
  await seedDatabase(withDatabase(adminUrl, seeded), { demoPassword: TEST_PASSWORD });
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = seeded;
  process.env[ENV_EMPTY_TEMPLATE] = empty;
  process.env[ENV_RUN] = String(process.pid);
}

/** Drops what startTestServer made on a shared server, or stops the embedded one (its files go with it). */
export async function stopTestServer(): Promise<void> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  if (stopServer) {
    await stopServer();
  } else if (adminUrl) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'samverka\\_%\\_${process.pid}\\_%' OR datname LIKE 'samverka\\_test\\_${process.pid}\\_%'`,
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let counter = 0;

/** A fresh database for one test file: seeded (the default) or only migrated, or empty for migration tests. */
export async function createTestDatabase(kind: 'seeded' | 'migrated' | 'empty' = 'seeded'): Promise<TestDatabase> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  if (!adminUrl) throw new Error('No test server: run the tests through `npm test` (jest global setup).');
  // The run's id (the Jest process) keeps names unique across parallel runs; teardown finds its own by it.
  const name = `samverka_test_${process.env[ENV_RUN]}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const template = kind === 'seeded' ? process.env[ENV_TEMPLATE] : kind === 'migrated' ? process.env[ENV_EMPTY_TEMPLATE] : undefined;
  await adminQuery(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`, adminUrl);
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, adminUrl),
  };
}
