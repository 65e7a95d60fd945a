import { writeFileSync } from 'node:fs';

import { AppConfig, loadConfig } from '#config';

import { createApp } from './bootstrap.js';
import { printServedSchema, SCHEMA_FILE } from './graphql/schema-file.js';

import 'reflect-metadata';

/** `npm run gql:schema`: writes apps/api/schema.graphql. Builds the app without touching a database. */
async function main(): Promise<void> {
  const values = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' });
  const app = await createApp(new AppConfig({ ...values, databaseUrl: 'postgresql://unused@127.0.0.1:1/unused' }));
  writeFileSync(SCHEMA_FILE, printServedSchema(app));
  await app.close();
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
