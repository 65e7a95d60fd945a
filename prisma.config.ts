import { defineConfig } from 'prisma/config';

// The Prisma CLI reads the database from here; the app itself never does.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
