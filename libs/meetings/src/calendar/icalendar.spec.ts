import fc from 'fast-check';
import ICAL from 'ical.js';

import { type CalendarEvent, type CalendarOptions, renderCalendar } from './icalendar.js';

const options: CalendarOptions = { name: 'Samverka – möten', now: new Date('2026-05-01T12:00:00Z') };

function meeting(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'mtg_1',
    title: 'Samråd om föreningsbidrag',
    description: 'Agenda följer.',
    startsAt: new Date('2026-06-02T08:00:00Z'),
    endsAt: new Date('2026-06-02T09:30:00Z'),
    timeZone: 'Europe/Stockholm',
    location: 'Myndigheten för ungdoms- och civilsamhällesfrågor, Växjö',
    url: 'https://samverka.example/moten/mtg_1',
    cancelled: false,
    sequence: 0,
    updatedAt: new Date('2026-04-20T07:15:00Z'),
    ...overrides,
  };
}

/**
 * Parses the feed as a client would: ical.js reads it, and the feed's own
 * VTIMEZONEs are registered, so local times resolve against exactly the zone
 * definitions we wrote (none are built in; a missing one leaves the time
 * floating, which in this UTC test process is an hour or two off).
 */
function parse(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  return calendar;
}

function parseEvents(ics: string): ICAL.Event[] {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

function parseOnlyEvent(ics: string): ICAL.Event {
  const events = parseEvents(ics);
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** Content lines with folding undone (RFC 5545 §3.1), for asserting on the raw text. */
function unfoldedLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A character cut in two would leave a lone surrogate, which UTF-8 cannot carry.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  }
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe(renderCalendar.name, () => {
  it.each([
    ['summer (CEST)', '2026-06-02T08:00:00Z', '2026-06-02T09:30:00Z', '20260602T100000', '20260602T113000'],
    ['winter (CET)', '2026-11-24T09:00:00Z', '2026-11-24T10:30:00Z', '20261124T100000', '20261124T113000'],
  ])('writes a %s meeting in Stockholm wall time that converts back to the same instant', (_, startsAt, endsAt, localStart, localEnd) => {
    const input = meeting({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
    const ics = renderCalendar([input], options);

    const lines = unfoldedLines(ics);
    expect(lines).toContain(`DTSTART;TZID=Europe/Stockholm:${localStart}`);
    expect(lines).toContain(`DTEND;TZID=Europe/Stockholm:${localEnd}`);
    const event = parseOnlyEvent(ics);
    expect(event.startDate.zone.tzid).toBe('Europe/Stockholm');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);
    expect(event.startDate.toJSDate()).toEqual(input.startsAt);
    expect(event.startDate.toUnixTime()).toBe(input.startsAt.getTime() / 1000);
    expect(event.endDate.toJSDate()).toEqual(input.endsAt);
  });

  it('describes Europe/Stockholm as CET +0100 / CEST +0200, switching on the last Sundays of March and October', () => {
    const ics = renderCalendar([meeting()], options);

    const vtimezones = parse(ics).getAllSubcomponents('vtimezone');
    expect(vtimezones).toHaveLength(1);
    const [vtimezone] = vtimezones;
    expect(vtimezone!.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    const rule = (name: string) => {
      const observance = vtimezone!.getFirstSubcomponent(name)!;
      return ['tzname', 'tzoffsetfrom', 'tzoffsetto', 'dtstart', 'rrule'].map((property) => observance.getFirstProperty(property)!.toICALString());
    };
    expect(rule('standard')).toEqual([
      'TZNAME:CET',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
    expect(rule('daylight')).toEqual([
      'TZNAME:CEST',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    ]);
  });

  it('round-trips every quarter hour around both clock changes', () => {
    const nights = ['2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z', '2027-03-28T00:00:00Z', '2027-10-31T00:00:00Z'];
    const events = nights.flatMap((night) =>
      Array.from({ length: 16 }, (_, quarter) => {
        const startsAt = new Date(new Date(night).getTime() - 60 * 60 * 1000 + quarter * 15 * 60 * 1000);
        return meeting({ id: `${night}+${quarter}`, startsAt, endsAt: new Date(startsAt.getTime() + 15 * 60 * 1000) });
      }),
    );

    const parsed = parseEvents(renderCalendar(events, options));

    expect(parsed.map((event) => event.startDate.toJSDate())).toEqual(events.map((event) => event.startsAt));
    expect(parsed.map((event) => event.endDate.toJSDate())).toEqual(events.map((event) => event.endsAt));
  });

  it('round-trips any instant in Stockholm time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }), (seconds) => {
        const startsAt = new Date(seconds * 1000);
        const endsAt = new Date(startsAt.getTime() + 60 * 60 * 1000);
        const event = parseOnlyEvent(renderCalendar([meeting({ startsAt, endsAt })], options));
        expect(event.startDate.toJSDate()).toEqual(startsAt);
        expect(event.endDate.toJSDate()).toEqual(endsAt);
      }),
    );
  });

  it('writes both passes through the repeated October hour in UTC, as clients disagree on which a wall time means', () => {
    const first = new Date('2026-10-25T00:30:00Z'); // 02:30 CEST
    const second = new Date('2026-10-25T01:30:00Z'); // 02:30 CET
    const afterwards = new Date('2026-10-25T02:30:00Z'); // 03:30 CET, unambiguous
    const ics = renderCalendar(
      [meeting({ id: 'first', startsAt: first, endsAt: second }), meeting({ id: 'second', startsAt: second, endsAt: afterwards })],
      options,
    );

    const lines = unfoldedLines(ics);
    expect(lines).toContain('DTSTART:20261025T003000Z');
    expect(lines).toContain('DTSTART:20261025T013000Z');
    expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20261025T033000');
    expect(parseEvents(ics).map((event) => event.startDate.toJSDate())).toEqual([first, second]);
  });

  it('writes times in UTC, without a VTIMEZONE, for zones it has no definition for', () => {
    const input = meeting({ timeZone: 'America/New_York' });
    const ics = renderCalendar([input], options);

    expect(unfoldedLines(ics)).toContain('DTSTART:20260602T080000Z');
    const calendar = parse(ics);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.startDate.toJSDate()).toEqual(input.startsAt);
  });

  it('writes one VTIMEZONE however many events use the zone', () => {
    const ics = renderCalendar([meeting({ id: 'a' }), meeting({ id: 'b' })], options);

    expect(parse(ics).getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC', () => {
    const ics = renderCalendar([meeting()], options);

    const lines = unfoldedLines(ics);
    expect(lines).toContain('DTSTAMP:20260501T120000Z');
    expect(lines).toContain('LAST-MODIFIED:20260420T071500Z');
    const vevent = parse(ics).getFirstSubcomponent('vevent')!;
    expect((vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate()).toEqual(new Date('2026-04-20T07:15:00Z'));
  });

  it('escapes text so that newlines, commas, semicolons, backslashes, å ä ö and emoji come back identical', () => {
    const description = 'Rad 1\nRad 2, med komma; semikolon och \\ bakstreck\\n (inte radbrytning)\n\nÅsa, Äng & Örjan 🎉👩‍👩‍👧';
    const ics = renderCalendar([meeting({ title: 'Möte; del 1, Växjö', description, location: 'Sal 3, plan 2; ingång C\\D' })], {
      ...options,
      name: 'Möten, Samverka; MUCF',
    });

    expect(unfoldedLines(ics)).toContain('SUMMARY:Möte\\; del 1\\, Växjö');
    // ical.js does not know X-WR-CALNAME is TEXT (clients do), so check its escaping in the raw text.
    expect(unfoldedLines(ics)).toContain('X-WR-CALNAME:Möten\\, Samverka\\; MUCF');
    const event = parseOnlyEvent(ics);
    expect(event.description).toBe(description);
    expect(event.summary).toBe('Möte; del 1, Växjö');
    expect(event.location).toBe('Sal 3, plan 2; ingång C\\D');
  });

  it('round-trips any text made of the characters that need escaping or several octets', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('a', ' ', 'å', 'Ä', 'ö', '€', '🎉', '\n', ',', ';', ':', '\\', '"', 'n'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(tricky, tricky, (title, description) => {
        const ics = renderCalendar([meeting({ title, description })], options);
        expectWellFormedLines(ics);
        const event = parseOnlyEvent(ics);
        expect(event.summary).toBe(title);
        expect(event.description).toBe(description);
      }),
    );
  });

  it('turns CRLF and lone CR line breaks into newlines and drops other control characters, keeping tabs', () => {
    const ics = renderCalendar([meeting({ description: 'a\r\nb\rc\u0000d\u0007e\tf\u007f' })], options);

    expect(parseOnlyEvent(ics).description).toBe('a\nb\ncde\tf');
  });

  it('folds lines at 75 octets with CRLF and a space, never inside a character', () => {
    const title =
      'Överläggning om ärendehandläggning, återrapportering och måluppfyllelse för ideella föreningar i Östergötland, Västerbotten och Jämtland 🇸🇪 – även här: åäö ÅÄÖ 🎉🎉🎉';
    // Shifting the title by 0–3 octets puts each kind of multi-byte character on the fold.
    const events = [0, 1, 2, 3].map((shift) => meeting({ id: `fold-${shift}`, title: `${'x'.repeat(shift)}${title}` }));
    const ics = renderCalendar(events, options);

    expectWellFormedLines(ics);
    expect(ics.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    expect(parseEvents(ics).map((event) => event.summary)).toEqual(events.map((event) => event.title));
  });

  it('leaves a line of exactly 75 octets whole and folds one of 76', () => {
    const exact = `SUMMARY:${'a'.repeat(65)}ö`; // 8 + 65 + 2 = 75 octets
    const over = `SUMMARY:${'a'.repeat(66)}ö`;
    const ics = renderCalendar([meeting({ id: 'exact', title: exact.slice(8) }), meeting({ id: 'over', title: over.slice(8) })], options);

    const physical = ics.split('\r\n');
    expect(physical).toContain(exact);
    expect(physical).toContain(`SUMMARY:${'a'.repeat(66)}`);
    expect(physical).toContain(' ö');
  });

  it('writes UID, SEQUENCE and STATUS as given', () => {
    const ics = renderCalendar([meeting({ id: 'mtg_7', sequence: 4, cancelled: true }), meeting({ id: 'mtg_8', sequence: 0, cancelled: false })], options);

    const events = parseEvents(ics);
    expect(events.map((event) => [event.uid, event.sequence, event.component.getFirstPropertyValue('status')])).toEqual([
      ['mtg_7@samverka', 4, 'CANCELLED'],
      ['mtg_8@samverka', 0, 'CONFIRMED'],
    ]);
  });

  it('writes LOCATION and URL when present and leaves them out when null', () => {
    const ics = renderCalendar([meeting({ id: 'with' }), meeting({ id: 'without', location: null, url: null })], options);

    const [withBoth, withNeither] = parse(ics).getAllSubcomponents('vevent');
    expect(withBoth!.getFirstPropertyValue('location')).toBe('Myndigheten för ungdoms- och civilsamhällesfrågor, Växjö');
    expect(withBoth!.getFirstPropertyValue('url')).toBe('https://samverka.example/moten/mtg_1');
    expect(withNeither!.hasProperty('location')).toBe(false);
    expect(withNeither!.hasProperty('url')).toBe(false);
  });

  it('percent-encodes the URL, so a stray line break cannot add a property', () => {
    const ics = renderCalendar([meeting({ url: 'https://samverka.example/möten/1?rum=sal 3\r\nSTATUS:CANCELLED' })], options);

    const vevent = parse(ics).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).toBe('https://samverka.example/m%C3%B6ten/1?rum=sal%203STATUS:CANCELLED');
    expect(vevent.getAllProperties('status').map((status) => status.getFirstValue())).toEqual(['CONFIRMED']);
  });

  it('renders a valid, empty calendar when there are no events', () => {
    const ics = renderCalendar([], options);

    expectWellFormedLines(ics);
    expect(unfoldedLines(ics).slice(0, -1)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//MUCF//Samverka//SV',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Samverka – möten',
      'END:VCALENDAR',
    ]);
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents()).toHaveLength(0);
  });
});
