import { once } from 'node:events';

import ICAL from 'ical.js';
import { SMTPServer } from 'smtp-server';

import { OutboxService } from '#mail';
import { createMeeting, daysAhead, DEMO, freePort, type GraphQLClient, REGISTER, registrationInput, startTestApp, type TestApp } from '#testing';

const HOUR = 3_600_000;

const CANCEL_MEETING = `mutation CancelMeeting($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { id status } }`;
const CANCEL_REGISTRATION = `mutation CancelRegistration($id: ID!, $token: String) { cancelRegistration(id: $id, cancelToken: $token) { id status } }`;
const RECORD_MINUTES = `mutation Minutes($meetingId: ID!, $input: MinutesInput!) { recordMinutes(meetingId: $meetingId, input: $input) { id } }`;
const REGISTRATIONS = `query Registrations($id: ID!) { meeting(id: $id) { seatsTaken registrations { id email status } } }`;
const OUTBOX = `query Outbox($status: OutboxStatus, $recipient: String) {
  outbox(status: $status, recipient: $recipient) { nodes { kind recipient subject text status attempts lastError hasCalendar } } }`;

interface Mail {
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
  hasCalendar: boolean;
}

async function register(client: GraphQLClient, meetingId: string, input: Record<string, unknown>): Promise<{ id: string; status: string; email: string }> {
  const { registerForMeeting } = await client.data<{ registerForMeeting: { id: string; status: string; email: string } }>(REGISTER, { meetingId, input });
  return registerForMeeting;
}

async function mailsTo(coordinator: GraphQLClient, recipient: string, status?: Mail['status']): Promise<Mail[]> {
  const { outbox } = await coordinator.data<{ outbox: { nodes: Mail[] } }>(OUTBOX, { recipient, status });
  return outbox.nodes;
}

async function get(api: TestApp, path: string, token?: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

// --- Reading back what was sent: MIME (RFC 2045/2046/2047) and iCalendar, as a mail or calendar client would. ---

interface MimePart {
  headers: Map<string, string>;
  /** Decoded from its transfer encoding, read as UTF-8. */
  body: string;
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 4) };
}

function decodeTransfer(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => `%${hex}`);
      // Percent-encoding each literal byte too lets one decoder turn the bytes into UTF-8.
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    }
    default:
      return body;
  }
}

/** The leaf parts of a message, depth first. */
function mimeLeaves(raw: string): MimePart[] {
  const { headers, body } = splitHeaders(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [{ headers, body: decodeTransfer(body, headers.get('content-transfer-encoding')) }];
  const [, ...sections] = body.split(`--${boundary}`);
  return sections.filter((section) => !section.startsWith('--')).flatMap((section) => mimeLeaves(section.replace(/^\r\n/, '').replace(/\r\n$/, '')));
}

/** An RFC 2047 header value (e.g. `=?UTF-8?Q?Anm=C3=A4lan?=`) as text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_match, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeTransfer(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}

/**
 * Parses a calendar as a client would and registers its VTIMEZONEs: the feed
 * names Europe/Stockholm, which ical.js does not know by itself, and an
 * unregistered zone would leave the time floating (hours off in this UTC process).
 */
function parseCalendar(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function eventWithUid(events: ICAL.Event[], meetingId: string): ICAL.Event | undefined {
  return events.find((event) => event.uid === `${meetingId}@samverka`);
}

/** Semicolon-separated rows with RFC 4180 quoting, as Excel reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        cell += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ';') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += character;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

afterEach(() => {
  // Zones registered by one test must not make another one's times right by accident.
  ICAL.TimezoneService.reset();
});

describe('e-mail when the mail server is down', () => {
  let api: TestApp;
  let port: number;
  let smtp: SMTPServer | undefined;
  const received: { from: string; to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    port = await freePort();
    api = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, OUTBOX_RETRY_SECONDS: '0', MAIL_FROM: 'Samverka <noreply@samverka.example>' } });
  });

  afterAll(async () => {
    if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
    await api.close();
  });

  it('keeps the registration and the mail, retries from the outbox and sends once the server answers', async () => {
    const coordinator = (await api.login(DEMO.coordinator)).client;
    const outbox = api.app.get(OutboxService);
    const title = 'Samråd om bidrag till föreningar';
    const startsAt = daysAhead(10, 9);
    const meetingId = await createMeeting(coordinator, {
      title,
      capacity: 5,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    });
    const input = registrationInput({ participantName: 'Kim Andersson' });

    const registration = await register(api.gql, meetingId, input);
    expect(registration).toMatchObject({ status: 'REGISTERED', email: input.email });
    // Joins the delivery round that the commit started, or runs one: either way every try so far has ended.
    await outbox.deliverDue();

    const { meeting } = await coordinator.data<{ meeting: { seatsTaken: number; registrations: { id: string; email: string; status: string }[] } }>(
      REGISTRATIONS,
      { id: meetingId },
    );
    expect(meeting).toEqual({ seatsTaken: 1, registrations: [{ id: registration.id, email: input.email, status: 'REGISTERED' }] });
    const pending = (await mailsTo(coordinator, input.email, 'PENDING')).filter((mail) => mail.kind === 'registration.confirmed');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      recipient: input.email,
      subject: expect.stringContaining(title),
      status: 'PENDING',
      lastError: expect.any(String),
      hasCalendar: true,
    });
    expect(pending[0]!.attempts).toBeGreaterThanOrEqual(1);
    expect(pending[0]!.lastError!.length).toBeGreaterThan(0);

    // The mail server comes up on the address the app was given.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          received.push({ from, to: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    smtp.listen(port, '127.0.0.1');
    await once(smtp.server, 'listening');

    // The failed try set the next one minutes ahead; make it due now rather than wait.
    const stored = await api.prisma.client.outboxMessage.findFirstOrThrow({ where: { recipient: input.email, kind: 'registration.confirmed' } });
    await api.prisma.client.outboxMessage.update({ where: { id: stored.id }, data: { nextAttempt: new Date() } });
    expect(await outbox.deliverDue()).toBe(1);

    const sent = await api.prisma.client.outboxMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(sent).toMatchObject({ status: 'SENT', attempts: stored.attempts + 1, lastError: null, sentAt: expect.any(Date) });
    expect(await mailsTo(coordinator, input.email, 'PENDING')).toEqual([]);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe('noreply@samverka.example');
    expect(mail!.to).toEqual([input.email]);

    const { headers } = splitHeaders(mail!.raw);
    expect(headers.get('to')).toContain(input.email);
    expect(decodeHeader(headers.get('subject')!)).toBe(`Anmälan mottagen: ${title}`);
    const parts = mimeLeaves(mail!.raw);
    const text = parts.find((part) => part.headers.get('content-type')?.startsWith('text/plain'));
    // The greeting does not repeat the typed-in name; a seat holder gets the online link.
    expect(text?.body).toContain('Hej!');
    expect(text?.body).not.toContain('Kim Andersson');
    expect(text?.body).toContain('Länk till mötet: https://mote.natverket.example/samrad');
    expect(text?.body).toContain(`/avboka?registrering=${registration.id}&token=`);
    const calendars = parts.filter((part) => part.headers.get('content-type')?.startsWith('text/calendar'));
    expect(calendars.length).toBeGreaterThanOrEqual(1);
    for (const part of calendars) {
      const { events } = parseCalendar(part.body);
      expect(events).toHaveLength(1);
      expect(events[0]!.uid).toBe(`${meetingId}@samverka`);
      expect(events[0]!.summary).toBe(title);
      expect(events[0]!.startDate.toJSDate()).toEqual(startsAt);
    }
  });

  it('sends everything that is due in one run, not one batch', async () => {
    // The server from the test above is up by now. The mail is queued straight into the
    // outbox, as after a run of mutations whose own deliveries did not get through.
    const recipients = Array.from({ length: 45 }, (_, index) => `mottagare.${index}.${Date.now().toString(36)}@forening.example`);
    await api.prisma.client.outboxMessage.createMany({
      data: recipients.map((recipient) => ({ kind: 'test.batch', recipient, subject: 'Test', text: 'Hej!' })),
    });
    await api.app.get(OutboxService).deliverDue();
    expect(await api.prisma.client.outboxMessage.count({ where: { recipient: { in: recipients }, status: 'SENT' } })).toBe(45);
  });

  it('shows the outbox to coordinators only', async () => {
    const coordinator = (await api.login(DEMO.coordinator)).client;
    const member = (await api.login(DEMO.member)).client;
    const query = '{ outbox(status: PENDING) { nodes { recipient subject status attempts lastError hasCalendar } } }';
    expect(await coordinator.code(query)).toBe('OK');
    expect(await member.code(query)).toBe('FORBIDDEN');
    expect(await api.gql.code(query)).toBe('UNAUTHENTICATED');
  });
});

describe('without a mail server', () => {
  let api: TestApp;
  let coordinator: GraphQLClient;
  let coordinatorToken: string;

  beforeAll(async () => {
    api = await startTestApp();
    const session = await api.login(DEMO.coordinator);
    coordinator = session.client;
    coordinatorToken = session.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  describe('the outbox', () => {
    it('takes the registration and keeps its mail PENDING, untried', async () => {
      const meetingId = await createMeeting(coordinator);
      const input = registrationInput();
      const registration = await register(api.gql, meetingId, input);
      expect(registration.status).toBe('REGISTERED');
      expect(await api.app.get(OutboxService).deliverDue()).toBe(0);

      const mails = await mailsTo(coordinator, input.email);
      expect(mails).toEqual([expect.objectContaining({ kind: 'registration.confirmed', status: 'PENDING', attempts: 0, lastError: null, hasCalendar: true })]);
      const { meeting } = await coordinator.data<{ meeting: { registrations: { id: string }[] } }>(REGISTRATIONS, { id: meetingId });
      expect(meeting.registrations.map((row) => row.id)).toEqual([registration.id]);
    });
  });

  describe('mails for each event', () => {
    it('confirms a registration with a cancel link whose token cancels it anonymously, and no other token does', async () => {
      const meetingId = await createMeeting(coordinator);
      const input = registrationInput();
      const registration = await register(api.gql, meetingId, input);
      const [confirmation] = await mailsTo(coordinator, input.email);
      expect(confirmation).toMatchObject({
        kind: 'registration.confirmed',
        subject: expect.stringContaining('Samråd om samverkan mellan det civila samhället och det offentliga'),
      });
      expect(confirmation!.text).toContain(`/moten/${meetingId}/avboka?registrering=${registration.id}&token=`);
      const token = /[?&]token=([^\s&]+)/.exec(confirmation!.text)![1]!;

      expect(await api.gql.code(CANCEL_REGISTRATION, { id: registration.id, token: `${token.slice(0, -2)}xx` })).toBe('FORBIDDEN');
      expect(await api.gql.code(CANCEL_REGISTRATION, { id: registration.id })).toBe('UNAUTHENTICATED');
      const stillLive = await coordinator.data<{ meeting: { registrations: { status: string }[] } }>(REGISTRATIONS, { id: meetingId });
      expect(stillLive.meeting.registrations).toEqual([expect.objectContaining({ status: 'REGISTERED' })]);

      const { cancelRegistration } = await api.gql.data<{ cancelRegistration: { id: string; status: string } }>(CANCEL_REGISTRATION, {
        id: registration.id,
        token,
      });
      expect(cancelRegistration).toEqual({ id: registration.id, status: 'CANCELLED' });
    });

    it('tells the first on the waitlist when a seat frees on a first-come meeting, and nobody else', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 1 });
      const [seated, first, second] = [registrationInput(), registrationInput(), registrationInput()];
      const seat = await register(api.gql, meetingId, seated);
      expect((await register(api.gql, meetingId, first)).status).toBe('WAITLISTED');
      expect((await register(api.gql, meetingId, second)).status).toBe('WAITLISTED');
      const waitlisted = await mailsTo(coordinator, first.email);
      expect(waitlisted).toHaveLength(1);
      expect(waitlisted[0]!.text).toContain('reservlistan');
      // No seat, no link.
      expect(waitlisted[0]!.text).not.toContain('https://mote.natverket.example/samrad');

      await coordinator.data(CANCEL_REGISTRATION, { id: seat.id });

      const promoted = await mailsTo(coordinator, first.email);
      expect(promoted.map((mail) => mail.kind).sort()).toEqual(['registration.confirmed', 'registration.promoted']);
      expect(promoted.find((mail) => mail.kind === 'registration.promoted')).toMatchObject({
        subject: 'Du har fått en plats: Samråd om samverkan mellan det civila samhället och det offentliga',
        status: 'PENDING',
        hasCalendar: true,
        text: expect.stringContaining('Länk till mötet: https://mote.natverket.example/samrad'),
      });
      expect((await mailsTo(coordinator, second.email)).map((mail) => mail.kind)).toEqual(['registration.confirmed']);
      expect((await mailsTo(coordinator, seated.email)).map((mail) => mail.kind)).toEqual(['registration.confirmed']);
      const { meeting } = await coordinator.data<{ meeting: { registrations: { email: string; status: string }[] } }>(REGISTRATIONS, { id: meetingId });
      expect(meeting.registrations.map((row) => row.status)).toEqual(['CANCELLED', 'REGISTERED', 'WAITLISTED']);
    });

    it('tells each live registrant, seated or waitlisted, that a meeting is cancelled, with a cancelled calendar entry', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 1 });
      const [seated, waiting, gone] = [registrationInput(), registrationInput(), registrationInput()];
      await register(api.gql, meetingId, seated);
      await register(api.gql, meetingId, waiting);
      const left = await register(api.gql, meetingId, gone);
      await coordinator.data(CANCEL_REGISTRATION, { id: left.id });

      await coordinator.data(CANCEL_MEETING, { id: meetingId, reason: 'För få anmälda' });

      for (const person of [seated, waiting]) {
        const cancelled = (await mailsTo(coordinator, person.email)).filter((mail) => mail.kind === 'meeting.cancelled');
        expect(cancelled).toEqual([
          expect.objectContaining({
            subject: 'Inställt: Samråd om samverkan mellan det civila samhället och det offentliga',
            status: 'PENDING',
            hasCalendar: true,
          }),
        ]);
        expect(cancelled[0]!.text).toContain('Skäl: För få anmälda');
      }
      expect((await mailsTo(coordinator, gone.email)).map((mail) => mail.kind)).toEqual(['registration.confirmed']);
      const stored = await api.prisma.client.outboxMessage.findFirstOrThrow({ where: { recipient: seated.email, kind: 'meeting.cancelled' } });
      const { events } = parseCalendar(stored.calendar!);
      expect(events).toHaveLength(1);
      expect(events[0]!.uid).toBe(`${meetingId}@samverka`);
      expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');

      // Cancelling again is a no-op and tells nobody twice.
      await coordinator.data(CANCEL_MEETING, { id: meetingId });
      expect((await mailsTo(coordinator, seated.email)).filter((mail) => mail.kind === 'meeting.cancelled')).toHaveLength(1);
    });

    it('tells participants with a seat, once, when minutes are published', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 1 });
      const [seated, waiting] = [registrationInput(), registrationInput()];
      await register(api.gql, meetingId, seated);
      await register(api.gql, meetingId, waiting);

      // A draft tells nobody.
      await coordinator.data(RECORD_MINUTES, { meetingId, input: { body: 'Utkast.', published: false } });
      expect((await mailsTo(coordinator, seated.email)).map((mail) => mail.kind)).toEqual(['registration.confirmed']);

      await coordinator.data(RECORD_MINUTES, { meetingId, input: { body: '## Anteckningar\n\nVi talade om bidrag.', published: true } });
      const minutes = (await mailsTo(coordinator, seated.email)).filter((mail) => mail.kind === 'minutes.published');
      expect(minutes).toEqual([
        expect.objectContaining({
          subject: 'Minnesanteckningar: Samråd om samverkan mellan det civila samhället och det offentliga',
          status: 'PENDING',
          hasCalendar: false,
        }),
      ]);
      expect(minutes[0]!.text).toContain(`/moten/${meetingId}`);
      expect((await mailsTo(coordinator, waiting.email)).map((mail) => mail.kind)).toEqual(['registration.confirmed']);

      // A revision of published minutes is not news.
      await coordinator.data(RECORD_MINUTES, { meetingId, input: { body: '## Anteckningar\n\nRättad.', published: true } });
      expect((await mailsTo(coordinator, seated.email)).filter((mail) => mail.kind === 'minutes.published')).toHaveLength(1);
    });
  });

  describe('calendar feeds', () => {
    const TITLE = 'Bidrag, lokaler; och stöd';
    const DESCRIPTION = 'Rad ett, med komma;\nrad två med \\ bakstreck\r\nrad tre';

    let published: { id: string; startsAt: string };
    let otherNetwork: { id: string; startsAt: string };
    let cancelledId: string;
    let draftId: string;

    beforeAll(async () => {
      const startsAt = daysAhead(20).toISOString();
      published = {
        id: await createMeeting(coordinator, {
          title: TITLE,
          description: DESCRIPTION,
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
        }),
        startsAt,
      };
      const otherStartsAt = daysAhead(21, 13).toISOString();
      otherNetwork = {
        id: await createMeeting(coordinator, {
          networkSlug: 'kommunnatverket',
          title: 'Kommunträff',
          startsAt: otherStartsAt,
          endsAt: new Date(Date.parse(otherStartsAt) + HOUR).toISOString(),
        }),
        startsAt: otherStartsAt,
      };
      cancelledId = await createMeeting(coordinator, { title: 'Inställt samråd' });
      await coordinator.data(CANCEL_MEETING, { id: cancelledId, reason: 'Sjukdom' });
      draftId = await createMeeting(coordinator, { title: 'Hemligt utkast' }, { publish: false });
    });

    async function calendarAt(path: string): Promise<{ ics: string; events: ICAL.Event[]; calendar: ICAL.Component }> {
      const response = await get(api, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8$/i);
      const ics = await response.text();
      return { ics, ...parseCalendar(ics) };
    }

    it('lists published and cancelled meetings of every network, not drafts, at their real instants', async () => {
      const { events, calendar } = await calendarAt('/calendar.ics');
      expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
      expect(ICAL.TimezoneService.has('Europe/Stockholm')).toBe(true);

      const event = eventWithUid(events, published.id);
      expect(event).toBeDefined();
      expect(event!.summary).toBe(TITLE);
      expect(event!.startDate.zone.tzid).toBe('Europe/Stockholm');
      expect(event!.startDate.toJSDate().toISOString()).toBe(published.startsAt);
      expect(event!.endDate.toJSDate().getTime()).toBe(Date.parse(published.startsAt) + 90 * 60_000);
      expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

      expect(eventWithUid(events, otherNetwork.id)?.startDate.toJSDate().toISOString()).toBe(otherNetwork.startsAt);
      expect(eventWithUid(events, cancelledId)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(eventWithUid(events, draftId)).toBeUndefined();
      expect(events.some((candidate) => candidate.summary === 'Hemligt utkast')).toBe(false);
    });

    it('escapes commas, semicolons, backslashes and line breaks so clients read the text back unchanged', async () => {
      const { ics, events } = await calendarAt(`/meetings/${published.id}.ics`);
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).toContain('\r\nSUMMARY:Bidrag\\, lokaler\\; och stöd\r\n');
      expect(unfolded).toContain('\r\nDESCRIPTION:Rad ett\\, med komma\\;\\nrad två med \\\\ bakstreck\\nrad tre\r\n');
      // Every physical line is a content line: no raw line break leaked out of a value.
      for (const line of ics.split('\r\n')) expect(line).not.toMatch(/[\r\n]/);
      expect(events).toHaveLength(1);
      expect(events[0]!.summary).toBe(TITLE);
      expect(events[0]!.description).toBe('Rad ett, med komma;\nrad två med \\ bakstreck\nrad tre');
    });

    it('narrows the feed to one network and answers 404 for an unknown one', async () => {
      const { events } = await calendarAt('/calendar.ics?network=myndighetsnatverket');
      expect(eventWithUid(events, published.id)).toBeDefined();
      expect(eventWithUid(events, cancelledId)).toBeDefined();
      expect(eventWithUid(events, otherNetwork.id)).toBeUndefined();
      expect(eventWithUid(events, draftId)).toBeUndefined();

      const other = await calendarAt('/calendar.ics?network=kommunnatverket');
      expect(other.events.map((event) => event.uid)).toContain(`${otherNetwork.id}@samverka`);
      expect(eventWithUid(other.events, published.id)).toBeUndefined();

      const unknown = await get(api, '/calendar.ics?network=finns-inte');
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
    });

    it('serves one meeting as its own calendar; a draft only to coordinators', async () => {
      const { events } = await calendarAt(`/meetings/${cancelledId}.ics`);
      expect(events.map((event) => event.uid)).toEqual([`${cancelledId}@samverka`]);
      expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');

      const draft = await get(api, `/meetings/${draftId}.ics`);
      expect(draft.status).toBe(404);
      expect(await draft.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      const asCoordinator = await get(api, `/meetings/${draftId}.ics`, coordinatorToken);
      expect(asCoordinator.status).toBe(200);
      expect(parseCalendar(await asCoordinator.text()).events.map((event) => event.uid)).toEqual([`${draftId}@samverka`]);

      expect((await get(api, '/meetings/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
      expect((await get(api, '/meetings/inte-ett-id.ics')).status).toBe(404);
    });
  });

  describe('the registrations export', () => {
    const HEADER = ['Anmäld', 'Namn', 'E-post', 'Organisation', 'Aktörstyp', 'Nivå', 'Område', 'Intresse för referensgrupp', 'Status', 'Motivering'];

    it('gives coordinators a semicolon-separated UTF-8 file with a BOM, one row per registration, formulas defused', async () => {
      const meetingId = await createMeeting(coordinator, { title: 'Samråd för export' });
      const asa = registrationInput({
        participantName: 'Åsa Öberg',
        organisation: 'Länsstyrelsen i Västra Götaland',
        actorType: 'GOVERNMENT_AGENCY',
        level: 'REGIONAL',
        area: 'Göteborg',
        referenceGroupInterest: true,
      });
      const formula = registrationInput({ participantName: '=HYPERLINK("https://ond.example")', organisation: 'Föreningen "Vi; tillsammans"', area: null });
      const leaving = registrationInput({ participantName: '+46 Ringer', organisation: '@Förbundet' });
      await register(api.gql, meetingId, asa);
      await register(api.gql, meetingId, formula);
      const left = await register(api.gql, meetingId, leaving);
      await coordinator.data(CANCEL_REGISTRATION, { id: left.id });

      const response = await get(api, `/meetings/${meetingId}/registrations.csv`, coordinatorToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8$/i);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="anmalningar-samrad-for-export.csv"');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);

      const lines = text.slice(1).split('\r\n').slice(0, -1);
      expect(lines[0]).toBe(HEADER.join(';'));
      expect(lines).toHaveLength(4);
      // Quoted because of `"` and `;`, and the formula neutralised with a leading apostrophe.
      expect(lines[2]).toContain(';"\'=HYPERLINK(""https://ond.example"")";');
      expect(lines[2]).toContain(';"Föreningen ""Vi; tillsammans""";');

      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header).toEqual(HEADER);
      expect(rows.map((row) => row.length)).toEqual([HEADER.length, HEADER.length, HEADER.length]);
      expect(rows[0]!.slice(1)).toEqual(['Åsa Öberg', asa.email, 'Länsstyrelsen i Västra Götaland', 'Myndighet', 'Regional', 'Göteborg', 'Ja', 'Anmäld', '']);
      expect(rows[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(rows[1]!.slice(1)).toEqual([
        '\'=HYPERLINK("https://ond.example")',
        formula.email,
        'Föreningen "Vi; tillsammans"',
        'Civilsamhällesorganisation',
        'Lokal',
        '',
        'Nej',
        'Anmäld',
        '',
      ]);
      expect(rows[2]!.slice(1, 4)).toEqual(["'+46 Ringer", leaving.email, "'@Förbundet"]);
      expect(rows[2]![8]).toBe('Avbokad');
    });

    it('answers 401 to the anonymous and 403 to members, in the contract’s error shape', async () => {
      const meetingId = await createMeeting(coordinator);
      await register(api.gql, meetingId, registrationInput());

      const anonymous = await get(api, `/meetings/${meetingId}/registrations.csv`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });

      const { accessToken } = await api.login(DEMO.member);
      const member = await get(api, `/meetings/${meetingId}/registrations.csv`, accessToken);
      expect(member.status).toBe(403);
      expect(await member.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] });

      const badToken = await get(api, `/meetings/${meetingId}/registrations.csv`, 'inte-en-token');
      expect(badToken.status).toBe(401);
    });
  });
});
