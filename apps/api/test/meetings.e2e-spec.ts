import { createMeeting, DEMO, type GraphQLClient, meetingInput, REGISTER, registrationInput, SCHEDULE_MEETING, startTestApp, type TestApp } from '#testing';

const MEETING = `query Meeting($id: ID!) { meeting(id: $id) { id status seatsTaken onlineUrl capacity selectedAt
  agenda { position title presenter durationMinutes } network { slug }
  myRegistration { id status } minutes { body published decisions actionItems { description done dueOn ownerAgency { slug } } } } }`;
const REGISTRATIONS = `query Registrations($id: ID!) { meeting(id: $id) { registrations { id email status selectionReason actorType level area } } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelRegistration(id: $id) { id status } }`;
const SELECT = `mutation Select($id: ID!) { selectParticipants(meetingId: $id) { id status selectionReason actorType level area } }`;
const RECORD_MINUTES = `mutation Minutes($id: ID!, $input: MinutesInput!) { recordMinutes(meetingId: $id, input: $input) { published decisions actionItems { description ownerAgency { slug } dueOn done } meeting { status } } }`;

interface RegistrationRow {
  id: string;
  email: string;
  status: string;
  selectionReason: string | null;
  actorType: string;
  level: string;
  area: string | null;
}

describe('meetings', () => {
  let api: TestApp;
  let coordinator: GraphQLClient;
  let member: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApp();
    coordinator = (await api.login(DEMO.coordinator)).client;
    member = (await api.login(DEMO.member)).client;
  });

  afterAll(async () => {
    await api.close();
  });

  const statuses = async (meetingId: string) =>
    (await coordinator.data<{ meeting: { registrations: RegistrationRow[] } }>(REGISTRATIONS, { id: meetingId })).meeting.registrations;

  describe('scheduling', () => {
    it('lets only coordinators and admins schedule; drafts are theirs alone until published', async () => {
      expect(await api.gql.code(SCHEDULE_MEETING, { input: meetingInput() })).toBe('UNAUTHENTICATED');
      expect(await member.code(SCHEDULE_MEETING, { input: meetingInput() })).toBe('FORBIDDEN');
      const liaison = (await api.login(DEMO.liaisonMigrationsverket)).client;
      expect(await liaison.code(SCHEDULE_MEETING, { input: meetingInput() })).toBe('FORBIDDEN');
      const id = await createMeeting(coordinator, {}, { publish: false });
      expect((await api.gql.data<{ meeting: unknown }>(MEETING, { id })).meeting).toBeNull();
      expect((await member.data<{ meeting: unknown }>(MEETING, { id })).meeting).toBeNull();
      expect((await coordinator.data<{ meeting: { status: string; agenda: unknown[] } }>(MEETING, { id })).meeting).toMatchObject({
        status: 'DRAFT',
        agenda: [{ position: 1, title: 'Välkommen och MUCF:s uppdrag', presenter: 'MUCF', durationMinutes: 15 }],
      });
      expect(await member.code('mutation P($id: ID!) { publishMeeting(id: $id) { id } }', { id })).toBe('FORBIDDEN');
      await coordinator.data('mutation P($id: ID!) { publishMeeting(id: $id) { id } }', { id });
      expect((await api.gql.data<{ meeting: { status: string } }>(MEETING, { id })).meeting.status).toBe('PUBLISHED');
    });

    it.each([
      [
        'it ends before it starts',
        { endsAt: new Date(Date.now() + 86_400_000).toISOString(), startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString() },
        'input.endsAt',
      ],
      ['capacity is 0', { capacity: 0 }, 'input.capacity'],
      ['capacity is over 10 000', { capacity: 10_001 }, 'input.capacity'],
      ['the deadline is after the start', { registrationDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString() }, 'input.registrationDeadline'],
      ['the agenda has 101 items', { agenda: Array.from({ length: 101 }, (_, index) => ({ title: `Punkt ${index + 1}` })) }, 'input.agenda'],
      ['the network is unknown', { networkSlug: 'finns-inte' }, 'input.networkSlug'],
      ['an in-person meeting has no place', { format: 'IN_PERSON', location: null }, 'input.location'],
      ['the online link is not http(s)', { onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
      ['a kind is unknown', { kind: 'PICNIC' }, 'input.kind'],
      ['the start has no time zone', { startsAt: '2026-12-20T10:00:00' }, 'input.startsAt'],
      ['the end is not a time', { endsAt: 'inte ett datum' }, 'input.endsAt'],
    ])('refuses a meeting where %s, naming the field, and writes nothing', async (_case, overrides, field) => {
      const before = await api.prisma.client.meeting.count();
      const result = await coordinator.request(SCHEDULE_MEETING, { input: meetingInput(overrides) });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {})).toContain(field);
      expect(await api.prisma.client.meeting.count()).toBe(before);
    });

    it('refuses to cancel a draft, which would make it public', async () => {
      const draft = await createMeeting(coordinator, { title: 'Hemligt utkast' }, { publish: false });
      expect(await coordinator.code('mutation C($id: ID!) { cancelMeeting(id: $id, reason: "Intern") { status } }', { id: draft })).toBe('CONFLICT');
      expect((await api.gql.data<{ meeting: unknown }>(MEETING, { id: draft })).meeting).toBeNull();
      expect(await (await fetch(`${api.url}/calendar.ics`)).text()).not.toContain('Hemligt utkast');
    });

    it('answers NOT_FOUND for an unknown meeting and null when reading one', async () => {
      expect(await coordinator.code('mutation { publishMeeting(id: "00000000-0000-4000-8000-000000000000") { id } }')).toBe('NOT_FOUND');
      expect(await api.gql.code(REGISTER, { meetingId: 'nonsense', input: registrationInput() })).toBe('NOT_FOUND');
      expect((await api.gql.data<{ meeting: unknown }>(MEETING, { id: 'nonsense' })).meeting).toBeNull();
    });
  });

  describe('registration rules', () => {
    it('lets anyone register for a published consultation, but only signed-in members for a network meeting', async () => {
      const consultation = await createMeeting(coordinator);
      expect(
        (await api.gql.data<{ registerForMeeting: { status: string } }>(REGISTER, { meetingId: consultation, input: registrationInput() })).registerForMeeting
          .status,
      ).toBe('REGISTERED');
      const networkMeeting = await createMeeting(coordinator, { kind: 'NETWORK_MEETING' });
      expect(await api.gql.code(REGISTER, { meetingId: networkMeeting, input: registrationInput() })).toBe('UNAUTHENTICATED');
      const own = await member.data<{ registerForMeeting: { id: string } }>(REGISTER, {
        meetingId: networkMeeting,
        input: registrationInput({ email: DEMO.member }),
      });
      const { meeting } = await member.data<{ meeting: { myRegistration: { id: string; status: string } } }>(MEETING, { id: networkMeeting });
      expect(meeting.myRegistration).toEqual({ id: own.registerForMeeting.id, status: 'REGISTERED' });
    });

    it('closes registration for drafts, cancelled meetings, after the deadline and after selection', async () => {
      const draft = await createMeeting(coordinator, {}, { publish: false });
      expect(await coordinator.code(REGISTER, { meetingId: draft, input: registrationInput() })).toBe('REGISTRATION_CLOSED');
      expect(await api.gql.code(REGISTER, { meetingId: draft, input: registrationInput() })).toBe('NOT_FOUND');

      const cancelled = await createMeeting(coordinator);
      await coordinator.data('mutation C($id: ID!) { cancelMeeting(id: $id, reason: "Sjukdom") { status cancellationReason } }', { id: cancelled });
      expect(await api.gql.code(REGISTER, { meetingId: cancelled, input: registrationInput() })).toBe('REGISTRATION_CLOSED');

      const late = await createMeeting(coordinator);
      await api.prisma.client.meeting.update({ where: { id: late }, data: { registrationDeadline: new Date(Date.now() - 1000) } });
      expect(await api.gql.code(REGISTER, { meetingId: late, input: registrationInput() })).toBe('REGISTRATION_CLOSED');

      const balanced = await createMeeting(coordinator, { selectionPolicy: 'BALANCED', capacity: 2 });
      await api.gql.data(REGISTER, { meetingId: balanced, input: registrationInput() });
      await coordinator.data(SELECT, { id: balanced });
      expect(await api.gql.code(REGISTER, { meetingId: balanced, input: registrationInput() })).toBe('REGISTRATION_CLOSED');
      expect(await coordinator.code(SELECT, { id: balanced })).toBe('CONFLICT');
    });

    it('holds one live registration per e-mail and meeting, and frees the address on cancellation', async () => {
      const meetingId = await createMeeting(coordinator);
      const input = registrationInput({ email: 'Samma.Adress@Forening.Example' });
      const first = await api.gql.data<{ registerForMeeting: { id: string; email: string } }>(REGISTER, { meetingId, input });
      expect(first.registerForMeeting.email).toBe('samma.adress@forening.example');
      expect(await api.gql.code(REGISTER, { meetingId, input: { ...input, email: 'samma.adress@forening.example' } })).toBe('CONFLICT');
      await coordinator.data(CANCEL, { id: first.registerForMeeting.id });
      expect((await api.gql.data<{ registerForMeeting: { id: string } }>(REGISTER, { meetingId, input })).registerForMeeting.id).not.toBe(
        first.registerForMeeting.id,
      );
    });

    it('refuses malformed registrations with the field named', async () => {
      const meetingId = await createMeeting(coordinator);
      const bad = await api.gql.request(REGISTER, { meetingId, input: registrationInput({ email: 'inte-en-adress' }) });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.email': expect.any(String) } });
      const blank = await api.gql.request(REGISTER, { meetingId, input: registrationInput({ participantName: '  ' }) });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.participantName': expect.any(String) } });
      expect((await statuses(meetingId)).length).toBe(0);
    });

    it('lets a signed-in registrant cancel by id, but not someone else’s registration', async () => {
      const meetingId = await createMeeting(coordinator);
      const own = await member.data<{ registerForMeeting: { id: string } }>(REGISTER, { meetingId, input: registrationInput({ email: DEMO.member }) });
      const other = await api.gql.data<{ registerForMeeting: { id: string } }>(REGISTER, { meetingId, input: registrationInput() });
      expect(await member.code(CANCEL, { id: other.registerForMeeting.id })).toBe('FORBIDDEN');
      expect(await api.gql.code(CANCEL, { id: other.registerForMeeting.id })).toBe('UNAUTHENTICATED');
      expect((await member.data<{ cancelRegistration: { status: string } }>(CANCEL, { id: own.registerForMeeting.id })).cancelRegistration.status).toBe(
        'CANCELLED',
      );
    });
  });

  describe('FIRST_COME', () => {
    it('seats in arrival order up to capacity, then waitlists, and gives a cancelled seat to the earliest waitlisted at once', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 2 });
      const ids: string[] = [];
      for (let index = 0; index < 4; index += 1) {
        ids.push((await api.gql.data<{ registerForMeeting: { id: string } }>(REGISTER, { meetingId, input: registrationInput() })).registerForMeeting.id);
      }
      expect((await statuses(meetingId)).map((row) => row.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED', 'WAITLISTED']);
      await coordinator.data(CANCEL, { id: ids[0] });
      expect((await statuses(meetingId)).map((row) => [row.id, row.status])).toEqual([
        [ids[0], 'CANCELLED'],
        [ids[1], 'REGISTERED'],
        [ids[2], 'REGISTERED'],
        [ids[3], 'WAITLISTED'],
      ]);
      // Cancelling a waitlisted registration frees no seat.
      await coordinator.data(CANCEL, { id: ids[3] });
      expect((await coordinator.data<{ meeting: { seatsTaken: number } }>(MEETING, { id: meetingId })).meeting.seatsTaken).toBe(2);
    });

    it('gives new seats to the waitlist when the capacity is raised, and refuses to lower it below the seats taken', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 1 });
      await api.gql.data(REGISTER, { meetingId, input: registrationInput() });
      await api.gql.data(REGISTER, { meetingId, input: registrationInput() });
      const update = 'mutation U($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { capacity } }';
      await coordinator.data(update, { id: meetingId, input: meetingInput({ capacity: 2 }) });
      expect((await statuses(meetingId)).map((row) => row.status)).toEqual(['REGISTERED', 'REGISTERED']);
      const lower = await coordinator.request(update, { id: meetingId, input: meetingInput({ capacity: 1 }) });
      expect(lower.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.capacity': expect.any(String) } });
    });

    it('refuses an update that names a stale version, with the meeting as it now is', async () => {
      const meetingId = await createMeeting(coordinator);
      const update = 'mutation U($id: ID!, $input: MeetingInput!, $v: Int) { updateMeeting(id: $id, input: $input, expectedVersion: $v) { version title } }';
      const { meeting } = await coordinator.data<{ meeting: { version?: number } }>('query M($id: ID!) { meeting(id: $id) { version } }', { id: meetingId });
      await coordinator.data(update, { id: meetingId, input: meetingInput({ title: 'Första ändringen' }), v: meeting.version });
      const stale = await coordinator.request(update, { id: meetingId, input: meetingInput({ title: 'Andra ändringen' }), v: meeting.version });
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: meeting.version! + 1, current: { title: 'Första ändringen' } });
    });

    it('never seats more than the capacity: 60 simultaneous registrations for 25 seats, 20 times over', async () => {
      for (let round = 0; round < 20; round += 1) {
        const meetingId = await createMeeting(coordinator, { capacity: 25 });
        const results = await Promise.all(
          Array.from({ length: 60 }, () => api.gql.request<{ registerForMeeting: { status: string } }>(REGISTER, { meetingId, input: registrationInput() })),
        );
        expect(results.filter((result) => result.errors)).toEqual([]);
        const counted = await api.prisma.client.registration.groupBy({ by: ['status'], where: { meetingId }, _count: { _all: true } });
        expect(Object.fromEntries(counted.map((row) => [row.status, row._count._all]))).toEqual({ REGISTERED: 25, WAITLISTED: 35 });
        expect(results.filter((result) => result.data?.registerForMeeting.status === 'REGISTERED')).toHaveLength(25);
      }
      // 1 200 registrations: a busy two-core CI machine needs more than the default minute.
    }, 180_000);
  });

  describe('BALANCED', () => {
    it('keeps everyone REGISTERED until selection, then seats exactly the capacity for breadth, with a Swedish reason for each', async () => {
      const meetingId = await createMeeting(coordinator, { selectionPolicy: 'BALANCED', capacity: 5 });
      const population = [
        ...Array.from({ length: 6 }, (_, index) =>
          registrationInput({ actorType: 'MUNICIPALITY', level: 'LOCAL', area: index < 3 ? 'integration' : 'idrott' }),
        ),
        registrationInput({ actorType: 'GOVERNMENT_AGENCY', level: 'NATIONAL', area: 'brottsofferstöd' }),
        registrationInput({ actorType: 'REGION', level: 'REGIONAL', area: 'folkhälsa' }),
        ...Array.from({ length: 3 }, () => registrationInput({ actorType: 'CIVIL_SOCIETY_ORGANISATION', level: 'NATIONAL', area: 'integration' })),
      ];
      for (const input of population) await api.gql.data(REGISTER, { meetingId, input });
      expect(new Set((await statuses(meetingId)).map((row) => row.status))).toEqual(new Set(['REGISTERED']));
      expect((await api.gql.data<{ meeting: { seatsTaken: number } }>(MEETING, { id: meetingId })).meeting.seatsTaken).toBe(0);

      const { selectParticipants } = await coordinator.data<{ selectParticipants: RegistrationRow[] }>(SELECT, { id: meetingId });
      const selected = selectParticipants.filter((row) => row.status === 'SELECTED');
      expect(selected).toHaveLength(5);
      expect(selectParticipants.filter((row) => row.status === 'NOT_SELECTED')).toHaveLength(population.length - 5);
      // Every (actor type, level) group present got a seat.
      expect(new Set(selected.map((row) => `${row.actorType}/${row.level}`))).toEqual(
        new Set(['MUNICIPALITY/LOCAL', 'GOVERNMENT_AGENCY/NATIONAL', 'REGION/REGIONAL', 'CIVIL_SOCIETY_ORGANISATION/NATIONAL']),
      );
      // The municipalities' second seat goes to an area not yet represented.
      expect(
        selected
          .filter((row) => row.actorType === 'MUNICIPALITY')
          .map((row) => row.area)
          .sort(),
      ).toEqual(['idrott', 'integration']);
      for (const row of selectParticipants) expect(row.selectionReason).toMatch(/[a-zåäö]{3,}/i);
      expect((await api.gql.data<{ meeting: { seatsTaken: number; selectedAt: string } }>(MEETING, { id: meetingId })).meeting).toMatchObject({
        seatsTaken: 5,
        selectedAt: expect.any(String),
      });
      // The reasons are for coordinators; a registrant sees none.
      expect(await member.code(REGISTRATIONS, { id: meetingId })).toBe('FORBIDDEN');
    });

    it('refuses selection on first-come meetings and by non-coordinators', async () => {
      const firstCome = await createMeeting(coordinator);
      expect(await coordinator.code(SELECT, { id: firstCome })).toBe('BAD_USER_INPUT');
      const balanced = await createMeeting(coordinator, { selectionPolicy: 'BALANCED' });
      expect(await member.code(SELECT, { id: balanced })).toBe('FORBIDDEN');
      expect(await api.gql.code(SELECT, { id: balanced })).toBe('UNAUTHENTICATED');
    });
  });

  describe('visibility', () => {
    it('shows the online link to coordinators and seat holders only, and registrations to coordinators only', async () => {
      const meetingId = await createMeeting(coordinator, { capacity: 1, kind: 'NETWORK_MEETING' });
      const liaison = (await api.login(DEMO.liaisonBrottsoffermyndigheten)).client;
      await member.data(REGISTER, { meetingId, input: registrationInput({ email: DEMO.member }) });
      await liaison.data(REGISTER, { meetingId, input: registrationInput({ email: DEMO.liaisonBrottsoffermyndigheten }) });
      const link = async (client: GraphQLClient) =>
        (await client.data<{ meeting: { onlineUrl: string | null } }>(MEETING, { id: meetingId })).meeting.onlineUrl;
      expect(await link(coordinator)).toBe('https://mote.natverket.example/samrad');
      expect(await link(member)).toBe('https://mote.natverket.example/samrad');
      expect(await link(liaison)).toBeNull(); // waitlisted
      expect(await link(api.gql)).toBeNull();
      expect(await api.gql.code(REGISTRATIONS, { id: meetingId })).toBe('UNAUTHENTICATED');
      expect(await liaison.code(REGISTRATIONS, { id: meetingId })).toBe('FORBIDDEN');
    });

    it('keeps draft minutes for coordinators, shows published ones to members, never to the public; recording them marks a begun meeting HELD', async () => {
      const meetingId = await createMeeting(coordinator);
      const minutes = {
        body: '## Samråd\n\n<script>alert(1)</script> Vi diskuterade **IOP**.',
        decisions: ['MUCF tar fram ett förslag till modell'],
        actionItems: [{ description: 'Sammanställ erfarenheter', ownerAgencySlug: 'mucf', dueOn: '2026-12-15' }],
      };
      expect(await member.code(RECORD_MINUTES, { id: meetingId, input: minutes })).toBe('FORBIDDEN');
      await coordinator.data(RECORD_MINUTES, { id: meetingId, input: minutes });
      const read = async (client: GraphQLClient) =>
        (await client.data<{ meeting: { minutes: { body: string } | null } }>(MEETING, { id: meetingId })).meeting.minutes;
      expect(await read(coordinator)).toMatchObject({
        body: minutes.body,
        published: false,
        actionItems: [{ ownerAgency: { slug: 'mucf' }, dueOn: '2026-12-15', done: false }],
      });
      expect(await read(member)).toBeNull();

      await api.prisma.client.meeting.update({ where: { id: meetingId }, data: { startsAt: new Date(Date.now() - 3_600_000), registrationDeadline: null } });
      const { recordMinutes } = await coordinator.data<{ recordMinutes: { published: boolean; meeting: { status: string } } }>(RECORD_MINUTES, {
        id: meetingId,
        input: { ...minutes, published: true },
      });
      expect(recordMinutes).toMatchObject({ published: true, meeting: { status: 'HELD' } });
      expect((await read(member))?.body).toBe(minutes.body); // stored as written
      expect(await read(api.gql)).toBeNull();

      const unknownOwner = await coordinator.request(RECORD_MINUTES, {
        id: meetingId,
        input: { body: 'x', actionItems: [{ description: 'y', ownerAgencySlug: 'finns-inte' }] },
      });
      expect(unknownOwner.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'input.actionItems.0.ownerAgencySlug': expect.any(String) },
      });
    });

    it('lists published meetings by start for everyone, drafts only for coordinators', async () => {
      const draft = await createMeeting(coordinator, { title: 'Utkast till nätverksträff' }, { publish: false });
      const list = async (client: GraphQLClient) =>
        (
          await client.data<{ meetings: { nodes: { id: string; startsAt: string }[]; totalCount: number } }>(
            '{ meetings(first: 100) { totalCount nodes { id startsAt } } }',
          )
        ).meetings;
      const publicList = await list(api.gql);
      expect(publicList.nodes.map((node) => node.id)).not.toContain(draft);
      expect((await list(coordinator)).nodes.map((node) => node.id)).toContain(draft);
      const starts = publicList.nodes.map((node) => node.startsAt);
      expect(starts).toEqual([...starts].sort());
      expect(await api.gql.code('{ meetings(from: "2026-12-01T00:00:00Z", to: "2026-11-01T00:00:00Z") { totalCount } }')).toBe('BAD_USER_INPUT');
    });
  });
});
