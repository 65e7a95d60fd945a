import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedDatabase } from '#prisma';

import { adminQuery, freePort } from '../libs/testing/src/test-server.js';

export interface BenchDatabase {
  url: string;
  /** For the report: which server the figures were measured against. */
  server: 'embedded' | 'TEST_DATABASE_URL';
  /** Drops the database, or stops the embedded server and removes its files. */
  drop(): Promise<void>;
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
    await adminQuery(`CREATE DATABASE ${name}`, adminUrl);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      server: 'TEST_DATABASE_URL',
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, adminUrl),
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
