import { fromIso, toStockholmIso } from './stockholm-time';

describe('Swedish time in the meeting form', () => {
  it('adds the summer or winter offset of the day itself', () => {
    expect(toStockholmIso({ date: '2026-06-02', time: '10:00' })).toBe('2026-06-02T10:00:00+02:00');
    expect(toStockholmIso({ date: '2026-01-15', time: '10:00' })).toBe('2026-01-15T10:00:00+01:00');
  });

  it('gets the days the clocks change right', () => {
    // Summer time begins 29 March 2026 at 02:00 (to 03:00) and ends 25 October 2026 at 03:00 (to 02:00).
    expect(toStockholmIso({ date: '2026-03-29', time: '01:30' })).toBe('2026-03-29T01:30:00+01:00');
    expect(toStockholmIso({ date: '2026-03-29', time: '03:30' })).toBe('2026-03-29T03:30:00+02:00');
    expect(toStockholmIso({ date: '2026-03-29', time: '02:30' })).toBeNull();
    expect(toStockholmIso({ date: '2026-10-25', time: '04:00' })).toBe('2026-10-25T04:00:00+01:00');
    expect(toStockholmIso({ date: '2026-10-24', time: '23:30' })).toBe('2026-10-24T23:30:00+02:00');
  });

  it('refuses incomplete input', () => {
    expect(toStockholmIso({ date: '2026-06-02', time: '' })).toBeNull();
    expect(toStockholmIso({ date: '', time: '10:00' })).toBeNull();
  });

  it('shows an instant from the API on Swedish time', () => {
    expect(fromIso('2026-06-02T08:00:00Z')).toEqual({ date: '2026-06-02', time: '10:00' });
    expect(fromIso('2026-01-15T23:30:00Z')).toEqual({ date: '2026-01-16', time: '00:30' });
    expect(fromIso(null)).toEqual({ date: '', time: '' });
  });
});
