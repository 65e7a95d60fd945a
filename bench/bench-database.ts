import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { startEmbeddedDatabase } from '#prisma';

export interface BenchDatabase {
  url: string;
  /** For the report: which server the figures were measured against. */
  server: 'embedded' | 'TEST_DATABASE_URL';
  /** Drops the database, or stops the embedded server and removes its files. */
  drop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * An empty database of its own, as the tests get one: on TEST_DATABASE_URL's
 * server when set, else on an embedded PostgreSQL in a temporary folder.
 * DATABASE_URL is never touched, so a benchmark cannot harm real data.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `samverka_bench_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      server: 'TEST_DATABASE_URL',
      drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'samverka-bench-'));
  try {
    const embedded = await startEmbeddedDatabase({ directory, port: await freePort(), database: 'samverka_bench', persistent: false });
    return {
      url: embedded.url,
      server: 'embedded',
      async drop() {
        await embedded.stop();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}
