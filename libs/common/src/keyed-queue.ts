/**
 * Runs work for the same key one after another, in arrival order, within
 * this process. Used where the database serialises anyway (a row lock): the
 * queue makes requests wait in memory rather than each holding a pooled
 * connection while it waits for the lock, so a burst on one key cannot
 * starve the rest of the API of connections. Correctness still rests on the
 * database lock, which also holds across processes.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
