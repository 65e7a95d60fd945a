import { TIME_ZONE } from '../../i18n/format';
import { type Language, LOCALES } from '../../i18n/language';

const monthFormatters = new Map<Language, Intl.DateTimeFormat>();

/** "Juni 2027" / "June 2027": the month an instant falls in on Swedish time (the calendar's group headings). */
export function formatMonth(value: string, language: Language): string {
  let formatter = monthFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });
    monthFormatters.set(language, formatter);
  }
  const month = formatter.format(new Date(value));
  // Swedish writes month names in lower case; as a heading the first letter is capitalised.
  return month.charAt(0).toLocaleUpperCase(LOCALES[language]) + month.slice(1);
}

/** Consecutive items grouped by the month `startsAt` falls in: the list comes sorted by time, so groups never repeat. */
export function groupByMonth<T extends { startsAt: string }>(items: readonly T[], language: Language): { month: string; items: T[] }[] {
  const groups: { month: string; items: T[] }[] = [];
  for (const item of items) {
    const month = formatMonth(item.startsAt, language);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}
