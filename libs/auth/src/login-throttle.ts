import { Injectable } from '@nestjs/common';

import { RateLimitedError } from '#common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

/**
 * Slows password guessing: after 10 failed sign-ins for one address within
 * 15 minutes, further attempts are refused until the oldest failure ages out.
 * Kept in memory: one process is what runs today; several would share Redis.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  assertAllowed(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    if (recent.length >= MAX_FAILURES) throw new RateLimitedError(Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
