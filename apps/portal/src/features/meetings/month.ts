import { formatMonth } from '../../i18n/format';
import type { Language } from '../../i18n/language';

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
