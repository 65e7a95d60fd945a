// Starts the test database server (the compiled libs/testing test-server
// process; `npm test` builds first) and hands its connection details to the
// test files through the environment.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export default async function setup() {
  const entry = fileURLToPath(new URL('../dist/libs/testing/src/test-server.process.js', import.meta.url));
  const child = spawn(process.execPath, [entry], { stdio: ['pipe', 'pipe', 'inherit'] });
  globalThis.__samverkaTestServer = child;
  const line = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`The test database server exited (${code}) before it was ready.`)));
  });
  const environment = JSON.parse(line);
  Object.assign(process.env, environment);
  const where = process.env.TEST_DATABASE_URL ? `TEST_DATABASE_URL's server (${new URL(process.env.TEST_DATABASE_URL).host})` : 'an embedded PostgreSQL';
  process.stdout.write(`\nTests run on ${where}; DATABASE_URL is never used.\n`);
}
