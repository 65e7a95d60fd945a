import { RateLimitedError } from '#common';

import { LoginThrottle } from './login-throttle.js';

describe(LoginThrottle.name, () => {
  const start = 1_800_000_000_000;

  it('refuses the 11th attempt within 15 minutes and says when to retry', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      throttle.assertAllowed('anna', start + attempt * 1000);
      throttle.recordFailure('anna', start + attempt * 1000);
    }
    try {
      throttle.assertAllowed('anna', start + 10_000);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).extensions.retryAfterSeconds).toBe(15 * 60 - 10);
    }
    expect(() => throttle.assertAllowed('bertil', start + 10_000)).not.toThrow();
  });

  it('lets attempts age out of the window, and a success clears the count', () => {
    const throttle = new LoginThrottle();
    for (let attempt = 0; attempt < 10; attempt += 1) throttle.recordFailure('anna', start);
    expect(() => throttle.assertAllowed('anna', start + 15 * 60 * 1000 + 1)).not.toThrow();
    for (let attempt = 0; attempt < 10; attempt += 1) throttle.recordFailure('cecilia', start);
    throttle.reset('cecilia');
    expect(() => throttle.assertAllowed('cecilia', start)).not.toThrow();
  });
});
