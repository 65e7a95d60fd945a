/**
 * Renders meetings as an iCalendar (RFC 5545) feed that calendar clients can
 * subscribe to. Pure: the clock and everything else come in as arguments.
 */

export interface CalendarEvent {
  /** Stable across renders, so clients update the event instead of adding a copy: UID is `${id}@samverka`. */
  id: string;
  title: string;
  /** Plain text. */
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone whose local times the event is shown in; in practice 'Europe/Stockholm'. */
  timeZone: string;
  location: string | null;
  /** The meeting's page in the portal. */
  url: string | null;
  cancelled: boolean;
  /** Raised on every change, so clients know which copy is newer. */
  sequence: number;
  updatedAt: Date;
}

export interface CalendarOptions {
  /** Shown by clients as the subscribed calendar's name (X-WR-CALNAME). */
  name: string;
  /** When the feed is rendered (DTSTAMP). */
  now: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Zones we can describe with a VTIMEZONE. The rules are the EU ones in force
 * since 1996 (last Sunday of March and October, at 01:00 UTC); meetings lie
 * in the present and future, so earlier Swedish history does not matter.
 * Other zones are written in UTC, which every client shows correctly, just
 * without naming the zone.
 */
const VTIMEZONES: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'Europe/Stockholm',
    [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Stockholm',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ],
  ],
]);

/** A VCALENDAR with one VEVENT per event (zero allowed), CRLF line endings, lines folded at 75 octets. */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const usedZones = new Set<string>();
  const eventLines = events.flatMap((event) => renderEvent(event, options.now, usedZones));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MUCF//Samverka//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    // RFC 5545 requires a VTIMEZONE for each TZID referenced, and only those are needed.
    ...[...usedZones].flatMap((zone) => VTIMEZONES.get(zone)!),
    ...eventLines,
    'END:VCALENDAR',
  ];
  return lines.map((line) => fold(line) + CRLF).join('');
}

function renderEvent(event: CalendarEvent, now: Date, usedZones: Set<string>): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@samverka`)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    dateTimeProperty('DTSTART', event.startsAt, event.timeZone, usedZones),
    dateTimeProperty('DTEND', event.endsAt, event.timeZone, usedZones),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location === null ? [] : [`LOCATION:${escapeText(event.location)}`]),
    // URL is a URI, not TEXT: the URL parser percent-encodes spaces, control
    // characters and non-ASCII, so the value can neither break the line nor
    // smuggle in another property.
    ...(event.url === null ? [] : [`URL:${new URL(event.url).href}`]),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${event.sequence}`,
    `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
    'END:VEVENT',
  ];
}

/**
 * Local wall time with TZID when the zone has a VTIMEZONE, so clients show
 * "10:00 Stockholm" and follow the zone's rules; otherwise UTC.
 */
function dateTimeProperty(name: string, instant: Date, timeZone: string, usedZones: Set<string>): string {
  if (!VTIMEZONES.has(timeZone) || isAmbiguousWallTime(instant, timeZone)) return `${name}:${utcDateTime(instant)}`;
  usedZones.add(timeZone);
  return `${name};TZID=${timeZone}:${localDateTime(instant, timeZone)}`;
}

/**
 * True for instants in the hour that clocks pass through twice when they go
 * back (02:00–03:00 on the last Sunday of October in Stockholm). RFC 5545
 * §3.3.5 reads such a wall time as its first occurrence, but clients differ
 * (ical.js takes the second), so these instants are written in UTC instead.
 */
function isAmbiguousWallTime(instant: Date, timeZone: string): boolean {
  const wallTime = localDateTime(instant, timeZone);
  return [-HOUR_MS, HOUR_MS].some((shift) => localDateTime(new Date(instant.getTime() + shift), timeZone) === wallTime);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYYMMDDTHHMMSS` as a clock in `timeZone` shows the instant (the zone's offset rules come from Intl). */
function localDateTime(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some engines render as "24" at midnight.
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = new Map(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const field = (type: Intl.DateTimeFormatPartTypes): string => parts.get(type)!;
  return `${field('year').padStart(4, '0')}${field('month')}${field('day')}T${field('hour')}${field('minute')}${field('second')}`;
}

/** `YYYYMMDDTHHMMSSZ`. */
function utcDateTime(instant: Date): string {
  // toISOString is "2026-06-02T08:00:00.000Z"; drop separators and milliseconds.
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). Line breaks of any style become
 * `\n`; other control characters are not allowed in TEXT and are dropped.
 */
function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT may not hold control characters (RFC 5545 §3.3.11), so matching them is the point.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line (RFC 5545 §3.1) so that no physical line exceeds 75
 * octets of UTF-8; continuation lines start with one space, which counts.
 * Splits only between code points, so no multi-byte character is cut.
 */
function fold(line: string): string {
  const physicalLines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > MAX_LINE_OCTETS) {
      physicalLines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  physicalLines.push(current);
  return physicalLines.join(CRLF);
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0)!;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate is written as U+FFFD, which takes three octets too.
  if (codePoint < 0x10000) return 3;
  return 4;
}
