import type pg from 'pg';

/**
 * Counts statements on every pooled connection. Cheap enough to stay on in
 * production (one increment per query); tests read it to prove that a
 * request costs a constant number of statements.
 */
export class StatementCounter {
  private count = 0;
  private readonly watched = new WeakSet<pg.PoolClient>();

  watch(client: pg.PoolClient): void {
    if (this.watched.has(client)) return;
    this.watched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      this.count += 1;
      return query(...args);
    };
  }

  get total(): number {
    return this.count;
  }

  /** Runs `work` and returns how many statements it sent (with nothing else running). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }
}
