// Stops the test database server that global setup started, by closing its stdin.
export default async function teardown() {
  const child = globalThis.__samverkaTestServer;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.stdin.end();
  });
}
