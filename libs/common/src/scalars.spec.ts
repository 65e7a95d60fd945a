import { Kind } from 'graphql';

import { DateScalar, DateTimeScalar } from './scalars.js';

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

describe('the DateTime scalar', () => {
  it('reads instants with an offset and writes them in UTC', () => {
    expect(DateTimeScalar.parseValue('2026-06-02T10:00:00+02:00').toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(DateTimeScalar.parseValue('2026-06-02T08:00:00.123Z').toISOString()).toBe('2026-06-02T08:00:00.123Z');
    expect(DateTimeScalar.serialize(new Date('2026-06-02T08:00:00Z'))).toBe('2026-06-02T08:00:00.000Z');
  });

  it.each(['2026-12-20T10:00:00', 'banana', '2026-02-30T10:00:00Z', 1797854400000, '2026-06-02'])('refuses %s', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(TypeError);
  });
});
