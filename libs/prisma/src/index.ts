export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
export { applyMigrations, MIGRATION_LOCK_KEY, migrationsDirectory, readMigrations, MigrationError, type Migration } from './migrations.js';
export { PrismaModule } from './prisma.module.js';
export { PrismaService, type DatabaseClient } from './prisma.service.js';
export { StatementCounter } from './statement-counter.js';
export * from './generated/enums.js';
export { Prisma, PrismaClient } from './generated/client.js';
export type * from './generated/models.js';
