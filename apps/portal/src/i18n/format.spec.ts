import { formatDate, formatDateTime, formatDay, formatMonth, formatTime, formatTimeRange } from './format';

describe('date and time formatting', () => {
  // 2 June 2026 is summer time in Sweden (UTC+2); 15 January is winter time (UTC+1).
  const summerStart = '2026-06-02T08:00:00Z';
  const summerEnd = '2026-06-02T10:00:00Z';

  it('shows instants on Swedish time, in Swedish', () => {
    expect(formatDate(summerStart, 'sv')).toBe('2 juni 2026');
    expect(formatDateTime(summerStart, 'sv')).toBe('2 juni 2026 kl. 10:00');
    expect(formatTime('2026-01-15T08:00:00Z', 'sv')).toBe('09:00');
    expect(formatTimeRange(summerStart, summerEnd, 'sv')).toBe('tisdag 2 juni 2026 10:00–12:00');
  });

  it('shows instants on Swedish time, in English', () => {
    expect(formatDate(summerStart, 'en')).toBe('2 June 2026');
    expect(formatDateTime(summerStart, 'en')).toBe('2 June 2026 at 10:00');
    expect(formatTimeRange(summerStart, summerEnd, 'en')).toBe('Tuesday, 2 June 2026, 10:00–12:00');
  });

  it('keeps a calendar day the same day, whatever the time zone', () => {
    expect(formatDay('2026-06-02', 'sv')).toBe('tisdag 2 juni 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('Thursday, 31 December 2026');
    expect(formatDate('2026-11-22', 'sv')).toBe('22 november 2026');
  });

  it('moves an instant just before midnight UTC to the next day in Stockholm', () => {
    expect(formatDate('2026-06-01T23:30:00Z', 'sv')).toBe('2 juni 2026');
  });

  it('names the month on Swedish time, capitalised as a heading', () => {
    expect(formatMonth('2026-05-31T22:30:00Z', 'sv')).toBe('Juni 2026');
    expect(formatMonth('2026-06-02T08:00:00Z', 'en')).toBe('June 2026');
  });
});
