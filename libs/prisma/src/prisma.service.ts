import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { AppConfig } from '#config';

import { PrismaClient } from './generated/client.js';
import { StatementCounter } from './statement-counter.js';

/** What repositories query through: the base client or the caller's transaction. */
export type DatabaseClient = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface TransactionOptions {
  isolationLevel?: 'ReadCommitted' | 'RepeatableRead' | 'Serializable';
}

/**
 * The one owner of the connection pool. Repositories ask it for `client`;
 * services wrap a mutation in `transaction()`, and every repository call made
 * inside joins that transaction without passing it along by hand.
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  private readonly logger = new Logger(PrismaService.name);
  private readonly base: PrismaClient;
  private readonly current = new AsyncLocalStorage<DatabaseClient>();
  readonly pool: pg.Pool;
  /** Counts the SQL statements sent, so tests can hold the query budget. */
  readonly statements = new StatementCounter();

  constructor(config: AppConfig) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize });
    this.pool.on('error', (error) => this.logger.warn(`Idle database connection failed: ${error.message}`));
    this.pool.on('connect', (client) => this.statements.watch(client));
    this.base = new PrismaClient({ adapter: new PrismaPg(this.pool) });
  }

  get client(): DatabaseClient {
    return this.current.getStore() ?? this.base;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  transaction<T>(work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.inTransaction) return work();
    return this.base.$transaction((tx) => this.current.run(tx, work), { maxWait: 10_000, timeout: 30_000, ...options });
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.base.$disconnect();
    await this.pool.end();
  }
}
