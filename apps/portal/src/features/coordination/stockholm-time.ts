import { TIME_ZONE } from '../../i18n/format';

/** What a date and a time input hold: "2026-06-02" and "10:00" on Swedish time; empty strings when not filled in. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export const EMPTY_DATE_TIME: LocalDateTime = { date: '', time: '' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Stockholm wall clock at an instant, as minutes since the epoch as if it were UTC. */
function wallClockMinutes(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) / 60_000;
}

/** Stockholm's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
function offsetMinutes(instant: number): number {
  return wallClockMinutes(instant) - Math.floor(instant / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * A date and time on Swedish time as ISO 8601 with the offset that applies
 * on that day (`2026-06-02T10:00:00+02:00`, `2026-01-15T10:00:00+01:00`), or
 * null when the input is incomplete or names a time that does not exist in
 * Stockholm (the hour skipped when summer time begins). The browser's own
 * time zone plays no part: a coordinator abroad still plans on Swedish time.
 */
export function toStockholmIso({ date, time }: LocalDateTime): string | null {
  const day = DATE.exec(date);
  const clock = TIME.exec(time);
  if (!day || !clock) return null;
  const wall = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  // The offset at the instant that would be right if the offset were the one at `wall` read as UTC; a second pass settles the days clocks change.
  let offset = offsetMinutes(wall - offsetMinutes(wall) * 60_000);
  const instant = wall - offset * 60_000;
  offset = offsetMinutes(instant);
  if (wallClockMinutes(wall - offset * 60_000) !== wall / 60_000) return null;
  return `${date}T${time}:00${formatOffset(offset)}`;
}

/** An instant from the API as the date and time inputs show it on Swedish time. */
export function fromIso(value: string | null | undefined): LocalDateTime {
  if (!value) return EMPTY_DATE_TIME;
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
