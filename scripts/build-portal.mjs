// Builds the portal into dist/portal with Vite and prints the gzipped size of
// the JavaScript a first visit to a public page loads: the entry script and
// the modules it preloads, that is everything index.html asks for. Fails when
// that passes the budget (issue #6: under 200 KB gzipped). Signed-in areas are
// lazy chunks and listed apart.
//
//   node scripts/build-portal.mjs              build
//   node scripts/build-portal.mjs --if-stale   build only when dist/portal is missing or older than its sources (npm start, tests)
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portal = path.join(root, 'apps', 'portal');
const output = path.join(root, 'dist', 'portal');
const index = path.join(output, 'index.html');

/** 200 kB, counted in thousands: passing it passes the budget in either sense of "KB". */
const BUDGET_BYTES = 200_000;

/** The newest modification time under `target` (a file or a folder). */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

/** True when dist/portal has no index.html or anything it is built from changed since. */
export function portalIsStale() {
  if (!existsSync(index)) return true;
  const sources = ['index.html', 'vite.config.ts', 'src', 'public'].map((name) => newest(path.join(portal, name)));
  return Math.max(...sources, newest(path.join(root, 'package-lock.json'))) > statSync(index).mtimeMs;
}

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function gzipped(file) {
  return gzipSync(readFileSync(path.join(output, file)), { level: 9 }).length;
}

/** The scripts index.html loads at once: its module entry and the chunks it preloads. */
function initialScripts() {
  const html = readFileSync(index, 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((match) => match[1]);
  return [...new Set([...entries, ...preloads])];
}

function report() {
  const initial = initialScripts();
  const lazy = readdirSync(path.join(output, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.includes(file));
  const sizes = initial.map((file) => ({ file, bytes: gzipped(file) }));
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  const lines = ['', 'Initial JavaScript of the public pages (gzipped):'];
  for (const { file, bytes } of sizes) lines.push(`  ${kilobytes(bytes).padStart(9)}  ${file}`);
  lines.push(`  ${kilobytes(total).padStart(9)}  in all (budget ${kilobytes(BUDGET_BYTES)})`);
  if (lazy.length > 0) {
    lines.push('Loaded on demand (signed-in areas):');
    for (const file of lazy) lines.push(`  ${kilobytes(gzipped(file)).padStart(9)}  ${file}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (total > BUDGET_BYTES) {
    process.stderr.write(`\nThe public pages' initial JavaScript is ${kilobytes(total)} gzipped, over the budget of ${kilobytes(BUDGET_BYTES)}.\n`);
    process.exitCode = 1;
  }
}

async function main() {
  if (process.argv.includes('--if-stale') && !portalIsStale()) return;
  // A production build whoever asks: under Jest, NODE_ENV is "test", and Vite would keep React's development code.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  process.stdout.write('Building the portal (apps/portal → dist/portal)…\n');
  // Built beside dist/portal and then put in its place, so that a server (or a test run) using the
  // old build never sees a half-written one: several runs may share this checkout.
  const fresh = `${output}.${process.pid}.new`;
  const old = `${output}.${process.pid}.old`;
  try {
    await build({ configFile: path.join(portal, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
    if (existsSync(output)) renameSync(output, old);
    renameSync(fresh, output);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  report();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
