import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { AppConfig } from '#config';

import { PrismaClient } from './generated/client.js';
import { StatementCounter } from './statement-counter.js';

/**
 * Every connection's planner settings. A random read is priced near a
 * sequential one (1.1, as PostgreSQL's manual suggests for data in memory or
 * on SSD): at the default 4, the planner read a whole agency's documents
 * into a bitmap (14 000 at 10⁶ documents, 7 ms) rather than walk its index
 * until a search had enough of them (1 ms).
 */
const CONNECTION_SETTINGS = '-c random_page_cost=1.1';

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
  private readonly current = new AsyncLocalStorage<{ client: DatabaseClient; afterCommit: (() => void)[] }>();
  readonly pool: pg.Pool;
  /**
   * Connections whose prepared statements are planned once, for any values
   * (plan_cache_mode = force_generic_plan): for a long statement sent often
   * whose best plan does not hang on its values. PostgreSQL would otherwise
   * plan search's statement anew for every search, which costs about as much
   * as running it for common words.
   */
  readonly genericPlans: pg.Pool;
  /** Counts the SQL statements sent, so tests can hold the query budget. */
  readonly statements = new StatementCounter();

  constructor(config: AppConfig) {
    this.pool = this.connections(config, CONNECTION_SETTINGS);
    this.genericPlans = this.connections(config, `${CONNECTION_SETTINGS} -c plan_cache_mode=force_generic_plan`);
    this.base = new PrismaClient({ adapter: new PrismaPg(this.pool) });
  }

  get client(): DatabaseClient {
    return this.current.getStore()?.client ?? this.base;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  async transaction<T>(work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.inTransaction) return work();
    const afterCommit: (() => void)[] = [];
    const result = await this.base.$transaction((client) => this.current.run({ client, afterCommit }, work), { maxWait: 10_000, timeout: 30_000, ...options });
    for (const callback of afterCommit) callback();
    return result;
  }

  /**
   * Runs `callback` once the current transaction has committed (at once when
   * there is none), and never if it rolls back: for side effects such as
   * sending e-mail that must not happen for a change that did not.
   */
  afterCommit(callback: () => void): void {
    const store = this.current.getStore();
    if (store) store.afterCommit.push(callback);
    else callback();
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
    await Promise.all([this.pool.end(), this.genericPlans.end()]);
  }

  /** A pool of the configured size whose connections start with `settings`, their statements counted. */
  private connections(config: AppConfig, settings: string): pg.Pool {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize, options: settings });
    pool.on('error', (error) => this.logger.warn(`Idle database connection failed: ${error.message}`));
    pool.on('connect', (client) => this.statements.watch(client));
    return pool;
  }
}
