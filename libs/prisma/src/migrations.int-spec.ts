import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { actualShape, createTestDatabase, expectedShape, type TestDatabase } from '#testing';

import { applyMigrations, MigrationError, readMigrations } from './migrations.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('applyMigrations', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase('empty');
  });

  afterEach(async () => {
    await database.drop();
  });

  it('applies every migration once and records it as Prisma Migrate does', async () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const first = await applyMigrations(database.url);
    expect(first.applied).toEqual(migrations.map((migration) => migration.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      id: string;
    }>(database.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      const sql = migrations[index]!.sql;
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }

    const second = await applyMigrations(database.url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
  });

  it('lets only one of several processes starting at once apply a migration', async () => {
    const reports = await Promise.all([applyMigrations(database.url), applyMigrations(database.url), applyMigrations(database.url)]);
    const applied = reports.flatMap((report) => report.applied);
    expect(applied).toEqual(readMigrations().map((migration) => migration.name));
    const [{ count }] = await query<{ count: string }>(database.url, 'SELECT count(*) FROM "_prisma_migrations"');
    expect(Number(count)).toBe(readMigrations().length);
  });

  it('leaves nothing half-written when a migration fails', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-'));
    mkdirSync(path.join(directory, '20260101000000_good'));
    writeFileSync(path.join(directory, '20260101000000_good', 'migration.sql'), 'CREATE TABLE "good" ("id" INTEGER NOT NULL);');
    mkdirSync(path.join(directory, '20260102000000_bad'));
    writeFileSync(path.join(directory, '20260102000000_bad', 'migration.sql'), 'CREATE TABLE "half" ("id" INTEGER);\nSELECT no_such_function();');

    await expect(applyMigrations(database.url, { directory })).rejects.toThrow(MigrationError);
    const tables = await query<{ tablename: string }>(database.url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    expect(tables.map((row) => row.tablename)).toEqual(['_prisma_migrations', 'good']);
    const recorded = await query<{ migration_name: string }>(database.url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(recorded.map((row) => row.migration_name)).toEqual(['20260101000000_good']);
  });

  it('produces exactly the database that schema.prisma describes', async () => {
    await applyMigrations(database.url);
    const expected = expectedShape();
    // A sanity check that the comparison sees what matters, so that an empty diff means something.
    expect(expected).toEqual(
      expect.arrayContaining(['table agencies', 'column agencies.version integer not null default', 'unique agencies_slug_key on agencies(slug)']),
    );
    expect(await actualShape(database.url)).toEqual(expected);
  });

  it('notices drift: a column the schema does not know', async () => {
    await applyMigrations(database.url);
    await query(database.url, 'ALTER TABLE agencies ADD COLUMN stray TEXT; ALTER TABLE users ALTER COLUMN name DROP NOT NULL');
    const actual = await actualShape(database.url);
    const expected = expectedShape();
    expect(actual.filter((line) => !expected.includes(line))).toEqual(['column agencies.stray text null', 'column users.name text null']);
  });
});
