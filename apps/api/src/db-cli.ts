import { progressBar } from '#common';
import { loadConfig } from '#config';
import { applyMigrations, readMigrations } from '#prisma';
import { reindexSearch } from '#search';

import { seedDatabase } from '../../../prisma/seed/seed.js';

import 'reflect-metadata';

const USAGE = 'usage: npm run db:migrate | npm run db:seed | npm run search:reindex   (against DATABASE_URL)';

/** `npm run db:*`: the start-up steps on their own, against DATABASE_URL (e.g. in a deploy job). */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error(`DATABASE_URL is not set. ${USAGE}`);
  if (command === 'migrate') {
    const report = await applyMigrations(config.databaseUrl, { log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(`${report.applied.length} applied, ${report.alreadyApplied} already applied (of ${readMigrations().length}).\n`);
  } else if (command === 'seed') {
    const report = await seedDatabase(config.databaseUrl, { demoPassword: config.demoPassword });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (command === 'reindex') {
    const draw = progressBar();
    const report = await reindexSearch(config.databaseUrl, ({ kind, done, total }) => draw(kind, done, total));
    process.stdout.write(`${report.documents} documents indexed, ${report.removed} stale removed, in ${report.seconds.toFixed(1)} s.\n`);
  } else {
    throw new Error(USAGE);
  }
}

main(process.argv[2]).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
