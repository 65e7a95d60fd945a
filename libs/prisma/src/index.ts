export { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded-database.js';
export { Prisma, PrismaClient } from './generated/client.js';
export * from './generated/enums.js';
export type * from './generated/models.js';
export { applyMigrations, type Migration, MIGRATION_LOCK_KEY, MigrationError, migrationsDirectory, readMigrations } from './migrations.js';
export { PrismaModule } from './prisma.module.js';
export { type DatabaseClient, PrismaService } from './prisma.service.js';
export { StatementCounter } from './statement-counter.js';
