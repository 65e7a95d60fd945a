import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { projectRoot } from '#config';
import { createTestDatabase, freePort, GraphQLClient } from '#testing';

const MAIN = path.join(projectRoot(), 'dist', 'apps', 'api', 'src', 'main.js');
const PASSWORD = 'start-test-lösenord';

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Runs the built app as `npm start` does (embedded PostgreSQL unless `databaseUrl`), and waits for its banner. */
async function start(dataDir: string, port: number, databasePort: number, databaseUrl?: string): Promise<Started> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(databasePort),
    DEMO_PASSWORD: PASSWORD,
    NODE_ENV: 'development',
  };
  delete environment.DATABASE_URL;
  if (databaseUrl) environment.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, [MAIN], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Not ready in 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      if (output.includes('Avsluta med Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`Exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output };
}

async function stop({ child }: Started, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

describe('npm start on the embedded default', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-start-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the seeded network, stops cleanly on SIGTERM and SIGINT, and keeps its data for the next start', async () => {
    const [port, databasePort] = [await freePort(), await freePort()];
    const first = await start(dataDir, port, databasePort);
    // The banner says how long the start took; how long it may take is no test's to judge on a shared machine.
    expect(first.output()).toMatch(/klar på \d+(\.\d)? s/);
    for (const account of ['admin@natverket.example', 'samordnare@natverket.example', 'medlem@natverket.example']) expect(first.output()).toContain(account);

    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const gql = new GraphQLClient(`http://127.0.0.1:${port}`);
    const { agencies } = await gql.data<{ agencies: { totalCount: number } }>('{ agencies { totalCount } }');
    expect(agencies.totalCount).toBe(27);
    const { login } = await gql.data<{ login: { accessToken: string } }>(
      'mutation { login(email: "samordnare@natverket.example", password: "' + PASSWORD + '") { accessToken } }',
    );
    const coordinator = gql.as(login.accessToken);
    await coordinator.data('mutation { updateAgencyProfile(slug: "mucf", expectedVersion: 1, input: { ministry: "Socialdepartementet (test)" }) { version } }');

    expect(await stop(first, 'SIGTERM')).toBe(0);
    expect(first.output()).toContain('SIGTERM: stänger av');
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(databasePort)).toBe(false);

    const second = await start(dataDir, port, databasePort);
    expect(second.output()).toContain('Migrationer: 0 nya');
    expect(second.output()).not.toContain('Nätverkets uppgifter är inlagda');
    const { agency } = await gql.data<{ agency: { version: number; ministry: string } }>('{ agency(slug: "mucf") { version ministry } }');
    expect(agency).toEqual({ version: 2, ministry: 'Socialdepartementet (test)' });
    expect((await gql.data<{ agencies: { totalCount: number } }>('{ agencies { totalCount } }')).agencies.totalCount).toBe(27);

    expect(await stop(second, 'SIGINT')).toBe(0);
    expect(await portOpen(databasePort)).toBe(false);
  });
});

describe('npm start with DATABASE_URL', () => {
  it('migrates, seeds and serves that database, starting no embedded one', async () => {
    const database = await createTestDatabase('empty');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-start-url-'));
    try {
      const [port, databasePort] = [await freePort(), await freePort()];
      const started = await start(dataDir, port, databasePort, database.url);
      expect(started.output()).toContain('Databas:               DATABASE_URL');
      expect(started.output()).not.toContain('inbäddad');
      expect(await portOpen(databasePort)).toBe(false);
      const gql = new GraphQLClient(`http://127.0.0.1:${port}`);
      expect((await gql.data<{ agencies: { totalCount: number } }>('{ agencies { totalCount } }')).agencies.totalCount).toBe(27);
      expect(await stop(started, 'SIGTERM')).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
