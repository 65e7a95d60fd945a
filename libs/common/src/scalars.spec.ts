import { Kind } from 'graphql';

import { DateScalar } from './scalars.js';

describe('the Date scalar', () => {
  it('reads and writes YYYY-MM-DD', () => {
    const date = DateScalar.parseValue('2026-06-02');
    expect(date.toISOString()).toBe('2026-06-02T00:00:00.000Z');
    expect(DateScalar.serialize(date)).toBe('2026-06-02');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-05-18' })?.toISOString()).toBe('2026-05-18T00:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-6-2', '02/06/2026', '2026-06-02T10:00:00Z', 20260602])('refuses %s', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow(TypeError);
  });
});
