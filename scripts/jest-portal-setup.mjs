// Before the browser tests: builds the portal when dist/portal is missing or
// older than its sources, so that the tests see what the code says now.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default async function setup() {
  execFileSync(process.execPath, [fileURLToPath(new URL('build-portal.mjs', import.meta.url)), '--if-stale'], { stdio: 'inherit' });
}
