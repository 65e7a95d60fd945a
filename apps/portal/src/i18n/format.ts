import { type Language, LOCALES } from './language';

/** Meetings happen in Sweden: times are shown on Swedish time wherever the visitor is. */
export const TIME_ZONE = 'Europe/Stockholm';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A Date from the API (YYYY-MM-DD, a calendar day with no time zone), as noon
 * UTC: the same day in Stockholm whatever the season.
 */
function calendarDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, 12));
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A DateTime from the API (ISO 8601 with offset), or a Date (a calendar day). */
function instant(value: string | Date): Date {
  if (typeof value !== 'string') return value;
  return CALENDAR_DAY.test(value) ? calendarDay(value) : new Date(value);
}

/** "2 juni 2026" / "2 June 2026", of an instant or a calendar day (YYYY-MM-DD). */
export function formatDate(value: string | Date, language: Language): string {
  return formatter(language, { dateStyle: 'long' }).format(instant(value));
}

/** "tisdag 2 juni 2026" / "Tuesday, 2 June 2026": a calendar day (the API's Date) with its weekday. */
export function formatDay(value: string, language: Language): string {
  return formatter(language, { dateStyle: 'full' }).format(calendarDay(value));
}

/** "2 juni 2026 kl. 10:00" / "2 June 2026 at 10:00". */
export function formatDateTime(value: string | Date, language: Language): string {
  return formatter(language, { dateStyle: 'long', timeStyle: 'short' }).format(instant(value));
}

/** "10:00". */
export function formatTime(value: string | Date, language: Language): string {
  return formatter(language, { timeStyle: 'short' }).format(instant(value));
}

/** "Juni 2026" / "June 2026": the month an instant falls in on Swedish time, as a heading (the calendar groups meetings by it). */
export function formatMonth(value: string | Date, language: Language): string {
  const month = formatter(language, { month: 'long', year: 'numeric' }).format(instant(value));
  // Swedish writes month names in lower case; as a heading the first letter is capitalised.
  return month.charAt(0).toLocaleUpperCase(LOCALES[language]) + month.slice(1);
}

/** "tisdag 2 juni 2026 10:00–12:00", or both dates in full when the span crosses midnight. */
export function formatTimeRange(start: string | Date, end: string | Date, language: Language): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).formatRange(
    instant(start),
    instant(end),
  );
}
