import { createMeeting, DEMO, type GraphQLClient, type GraphQLResponse, startTestApp, type TestApp } from '#testing';

/**
 * The development-area log over HTTP: who may do what (against DESIGN.md's
 * table, copied by hand below and never imported from the app), the log's
 * order and immutability down to the database, the status rules, carried
 * forward areas, areas made from minutes, traceability and bad input.
 */

const ACTORS = ['anonymous', 'member', 'ownerLiaison', 'otherLiaison', 'coordinator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Cell = '✓' | '';
type Code = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

// One column per actor; "ownerLiaison" is the liaison of an agency that owns the area acted on, "otherLiaison" of one that does not.
const RULES = {
  //                                     anonymous member ownerLiaison otherLiaison coordinator admin
  // DESIGN.md: "read contact e-mail and phone, threads, published minutes, development areas"
  readDevelopmentAreas: ['', '✓', '✓', '✓', '✓', '✓'],
  // DESIGN.md: "start threads, reply, log development areas"
  logDevelopmentArea: ['', '✓', '✓', '✓', '✓', '✓'],
  // DESIGN.md: "change a development area's status": owner agencies (their liaisons), coordinators, admins
  updateDevelopmentArea: ['', '', '✓', '', '✓', '✓'],
  // The issue: linking is for those who may change the status, plus the area's creator (a case of its own below)
  linkDevelopmentArea: ['', '', '✓', '', '✓', '✓'],
  // DESIGN.md: minutes are for coordinators (and admins, who may do everything)
  createDevelopmentAreaFromActionItem: ['', '', '', '', '✓', '✓'],
} satisfies Record<string, readonly [Cell, Cell, Cell, Cell, Cell, Cell]>;
type Rule = keyof typeof RULES;

const ACCOUNT: Record<Exclude<Actor, 'anonymous'>, string> = {
  member: DEMO.member,
  ownerLiaison: DEMO.liaisonMigrationsverket,
  otherLiaison: DEMO.liaisonBrottsoffermyndigheten,
  coordinator: DEMO.coordinator,
  admin: DEMO.admin,
};

/** The agency whose liaison is the "ownerLiaison": the areas acted on are owned by it. */
const OWNER = 'migrationsverket';

function expected(rule: Rule, actor: Actor): Code {
  if (RULES[rule][ACTORS.indexOf(actor)] === '✓') return 'OK';
  return actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

function codeOf(result: GraphQLResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

function fieldsOf(result: GraphQLResponse<unknown>): string[] {
  return Object.keys(result.errors?.[0]?.extensions?.fields ?? {});
}

let serial = 0;
function unique(prefix: string): string {
  serial += 1;
  return `${prefix} ${serial}`;
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const AREA_FIELDS = `id title description status sourceActionItemId carriedForward viewerCanUpdate createdAt updatedAt
  identifiedAt { id } nextReviewAt { id } ownerAgencies { slug } relatedWork { id title } linkedThreads { id title }
  createdBy { email } updates { id status note author { email } createdAt }`;

interface Area {
  id: string;
  title: string;
  description: string;
  status: string;
  sourceActionItemId: string | null;
  carriedForward: boolean;
  viewerCanUpdate: boolean;
  createdAt: string;
  updatedAt: string;
  identifiedAt: { id: string } | null;
  nextReviewAt: { id: string } | null;
  ownerAgencies: { slug: string }[];
  relatedWork: { id: string; title: string }[];
  linkedThreads: { id: string; title: string }[];
  createdBy: { email: string };
  updates: { id: string; status: string; note: string; author: { email: string }; createdAt: string }[];
}

const LOG = `mutation Log($input: DevelopmentAreaInput!) { logDevelopmentArea(input: $input) { ${AREA_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $status: DevelopmentAreaStatus!, $note: String!) {
  updateDevelopmentArea(id: $id, status: $status, note: $note) { ${AREA_FIELDS} } }`;
const LINK = `mutation Link($id: ID!, $input: DevelopmentAreaLinksInput!) { linkDevelopmentArea(id: $id, input: $input) { ${AREA_FIELDS} } }`;
const FROM_ITEM = `mutation FromItem($actionItemId: ID!, $input: DevelopmentAreaFromActionItemInput) {
  createDevelopmentAreaFromActionItem(actionItemId: $actionItemId, input: $input) { ${AREA_FIELDS} } }`;
const AREA = `query Area($id: ID!) { developmentArea(id: $id) { ${AREA_FIELDS} } }`;
const AREAS = `query Areas($status: [DevelopmentAreaStatus!], $agencySlug: String, $meetingId: ID) {
  developmentAreas(status: $status, agencySlug: $agencySlug, meetingId: $meetingId) { id title status updatedAt } }`;
const RECORD_MINUTES = `mutation Minutes($id: ID!, $input: MinutesInput!) {
  recordMinutes(meetingId: $id, input: $input) { actionItems { id description } meeting { status } } }`;
const MEETING_AREAS = `query MeetingAreas($id: ID!) { meeting(id: $id) {
  identifiedDevelopmentAreas { id } developmentAreasForReview { id status updates { status note } } carriedForwardAreas { id } } }`;

function areaInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: unique('Samordnad information till föreningar'),
    description: 'Föreningar får information från många myndigheter var för sig; den kan samordnas.',
    ownerAgencySlugs: [OWNER],
    ...overrides,
  };
}

describe('the development-area log', () => {
  let api: TestApp;
  const clients = {} as Record<Actor, GraphQLClient>;
  let workId: string;
  let workTitle: string;
  let memberId: string;

  beforeAll(async () => {
    api = await startTestApp();
    clients.anonymous = api.gql;
    const sessions = await Promise.all(
      ACTORS.filter((actor) => actor !== 'anonymous').map(async (actor) => [actor, (await api.login(ACCOUNT[actor])).client] as const),
    );
    for (const [actor, client] of sessions) clients[actor] = client;
    const work = await api.prisma.client.civilSocietyWork.findFirstOrThrow({ where: { agency: { slug: OWNER } }, orderBy: { title: 'asc' } });
    workId = work.id;
    workTitle = work.title;
    memberId = (await api.prisma.client.user.findUniqueOrThrow({ where: { email: DEMO.member } })).id;
  });

  afterAll(async () => {
    await api.close();
  });

  async function logArea(by: GraphQLClient = clients.admin, overrides: Record<string, unknown> = {}): Promise<Area> {
    return (await by.data<{ logDevelopmentArea: Area }>(LOG, { input: areaInput(overrides) })).logDevelopmentArea;
  }

  async function readArea(id: string): Promise<Area> {
    return (await clients.admin.data<{ developmentArea: Area }>(AREA, { id })).developmentArea;
  }

  /** A thread, written straight to the exchange's table: this library must not depend on the exchange's API. */
  async function thread(title: string, hidden = false): Promise<string> {
    const row = await api.prisma.client.experienceThread.create({
      data: {
        title,
        body: 'Hur gör ni?',
        authorId: memberId,
        topics: ['samverkan'],
        hiddenAt: hidden ? new Date() : null,
        hiddenReason: hidden ? 'Test' : null,
      },
    });
    return row.id;
  }

  /** A published meeting whose minutes hold these action items; returns the items' ids and the meeting's. */
  async function actionItems(items: { description: string; ownerAgencySlug?: string | null }[]): Promise<{ meetingId: string; itemIds: string[] }> {
    const meetingId = await createMeeting(clients.coordinator);
    const { recordMinutes } = await clients.coordinator.data<{ recordMinutes: { actionItems: { id: string }[] } }>(RECORD_MINUTES, {
      id: meetingId,
      input: { body: 'Vi identifierade utvecklingsområden för myndigheterna.', actionItems: items, published: true },
    });
    return { meetingId, itemIds: recordMinutes.actionItems.map((item) => item.id) };
  }

  /** Everything a development-area mutation could write. */
  async function state() {
    const client = api.prisma.client;
    return {
      areas: await client.developmentArea.findMany({ orderBy: { id: 'asc' } }),
      owners: await client.developmentAreaOwner.count(),
      updates: await client.developmentAreaUpdate.count(),
      workLinks: await client.developmentAreaWorkLink.count(),
      threadLinks: await client.developmentAreaThreadLink.count(),
      audit: await client.auditEvent.count(),
    };
  }

  describe('who may do what (DESIGN.md, "Rules that the tests hold")', () => {
    interface Case {
      prepare: () => Promise<Record<string, unknown>>;
      document: string;
      expectDone: (result: Area, variables: Record<string, unknown>) => void;
      /** The area's audit trail after the mutation. */
      auditTrail: string[];
    }

    const MUTATIONS: Record<Exclude<Rule, 'readDevelopmentAreas'>, Case> = {
      logDevelopmentArea: {
        prepare: async () => ({ input: areaInput() }),
        document: LOG,
        auditTrail: ['developmentArea.logged'],
        expectDone: (area, variables) => {
          expect(area.title).toBe((variables.input as { title: string }).title);
          expect(area.updates.map((update) => update.status)).toEqual(['IDENTIFIED']);
        },
      },
      updateDevelopmentArea: {
        prepare: async () => ({ id: (await logArea()).id, status: 'IN_PROGRESS', note: unique('Arbetet har börjat') }),
        document: UPDATE,
        auditTrail: ['developmentArea.logged', 'developmentArea.updated'],
        expectDone: (area, variables) => {
          expect(area.status).toBe('IN_PROGRESS');
          expect(area.updates.map((update) => [update.status, update.note])).toEqual([
            ['IDENTIFIED', 'Identifierat'],
            ['IN_PROGRESS', variables.note],
          ]);
        },
      },
      linkDevelopmentArea: {
        prepare: async () => ({
          id: (await logArea()).id,
          input: { relatedWorkIds: [workId], nextReviewMeetingId: await createMeeting(clients.coordinator) },
        }),
        document: LINK,
        auditTrail: ['developmentArea.logged', 'developmentArea.linked'],
        expectDone: (area, variables) => {
          expect(area.relatedWork.map((work) => work.id)).toEqual([workId]);
          expect(area.nextReviewAt?.id).toBe((variables.input as { nextReviewMeetingId: string }).nextReviewMeetingId);
        },
      },
      createDevelopmentAreaFromActionItem: {
        prepare: async () => {
          const { itemIds } = await actionItems([{ description: unique('Ta fram gemensam information om bidrag'), ownerAgencySlug: OWNER }]);
          return { actionItemId: itemIds[0] };
        },
        document: FROM_ITEM,
        auditTrail: ['developmentArea.createdFromActionItem'],
        expectDone: (area, variables) => {
          expect(area.sourceActionItemId).toBe(variables.actionItemId);
          expect(area.ownerAgencies).toEqual([{ slug: OWNER }]);
        },
      },
    };

    describe.each(Object.keys(MUTATIONS) as (keyof typeof MUTATIONS)[])('%s', (rule) => {
      it.each(ACTORS.map((actor) => ({ actor, code: expected(rule, actor) })))('by $actor: $code', async ({ actor, code }) => {
        const mutation = MUTATIONS[rule];
        const variables = await mutation.prepare();
        const before = await state();

        const result = await clients[actor].request<Record<string, Area>>(mutation.document, variables);

        expect(codeOf(result)).toBe(code);
        const after = await state();
        if (code === 'OK') {
          mutation.expectDone(result.data![rule], variables);
          // One audit event per change, written with it.
          expect(after.audit).toBe(before.audit + 1);
          const events = await api.prisma.client.auditEvent.findMany({ where: { entityType: 'DevelopmentArea', entityId: result.data![rule].id } });
          expect(events.map((event) => event.action).sort()).toEqual([...mutation.auditTrail].sort());
        } else {
          expect(after).toEqual(before);
        }
      });
    });

    it.each(ACTORS.map((actor) => ({ actor, code: expected('readDevelopmentAreas', actor) })))(
      'developmentAreas and developmentArea by $actor: $code',
      async ({ actor, code }) => {
        const area = await logArea();
        const list = await clients[actor].request<{ developmentAreas: { id: string }[] }>(AREAS, {});
        const one = await clients[actor].request<{ developmentArea: { id: string } }>(AREA, { id: area.id });

        expect(codeOf(list)).toBe(code);
        expect(codeOf(one)).toBe(code);
        if (code === 'OK') {
          expect(list.data!.developmentAreas.map((row) => row.id)).toContain(area.id);
          expect(one.data!.developmentArea.id).toBe(area.id);
        } else {
          expect(list.data?.developmentAreas ?? null).toBeNull();
        }
      },
    );

    it('checks a liaison against each owner agency of the area', async () => {
      const area = await logArea(clients.coordinator, { ownerAgencySlugs: ['brottsoffermyndigheten', OWNER] });
      expect(codeOf(await clients.otherLiaison.request(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'BRÅ börjar' }))).toBe('OK');
      expect(codeOf(await clients.ownerLiaison.request(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'Migrationsverket med' }))).toBe('OK');
      expect((await readArea(area.id)).updates.map((update) => update.author.email)).toEqual([
        DEMO.coordinator,
        DEMO.liaisonBrottsoffermyndigheten,
        DEMO.liaisonMigrationsverket,
      ]);
    });

    it('lets the one who logged an area link it, but not change its status', async () => {
      const area = await logArea(clients.member);
      expect(area.viewerCanUpdate).toBe(false);
      const linked = await clients.member.request<{ linkDevelopmentArea: Area }>(LINK, { id: area.id, input: { relatedWorkIds: [workId] } });
      expect(codeOf(linked)).toBe('OK');
      expect(linked.data!.linkDevelopmentArea.relatedWork.map((work) => work.id)).toEqual([workId]);
      expect(await clients.member.code(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'Jag börjar' })).toBe('FORBIDDEN');
      // Another member, who did not log it, may not link it either.
      const other = await logArea(clients.coordinator);
      expect(await clients.member.code(LINK, { id: other.id, input: { relatedWorkIds: [] } })).toBe('FORBIDDEN');
    });

    it('tells each viewer whether they may update the area', async () => {
      const area = await logArea();
      const may = async (actor: Exclude<Actor, 'anonymous'>) =>
        (await clients[actor].data<{ developmentArea: { viewerCanUpdate: boolean } }>(AREA, { id: area.id })).developmentArea.viewerCanUpdate;
      expect(await may('member')).toBe(false);
      expect(await may('ownerLiaison')).toBe(true);
      expect(await may('otherLiaison')).toBe(false);
      expect(await may('coordinator')).toBe(true);
      expect(await may('admin')).toBe(true);
    });

    it('answers NOT_FOUND for an area that does not exist', async () => {
      for (const id of [NO_SUCH_ID, 'nonsense']) {
        expect(await clients.coordinator.code(UPDATE, { id, status: 'IN_PROGRESS', note: 'x' })).toBe('NOT_FOUND');
        expect(await clients.coordinator.code(LINK, { id, input: {} })).toBe('NOT_FOUND');
        expect((await clients.coordinator.data<{ developmentArea: unknown }>(AREA, { id })).developmentArea).toBeNull();
      }
      expect(await clients.coordinator.code(FROM_ITEM, { actionItemId: NO_SUCH_ID })).toBe('NOT_FOUND');
    });
  });

  describe('the log of updates', () => {
    it('starts at creation and keeps every update, oldest first, with status, note, author and time', async () => {
      const area = await logArea(clients.member, { note: 'Identifierat på nätverksträffen' });
      expect(area.updates).toEqual([
        {
          id: expect.any(String),
          status: 'IDENTIFIED',
          note: 'Identifierat på nätverksträffen',
          author: { email: DEMO.member },
          createdAt: expect.any(String),
        },
      ]);
      await clients.ownerLiaison.data(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'Arbetsgrupp tillsatt' });
      await clients.coordinator.data(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: '  Första utkast klart  ' });
      const done = (
        await clients.admin.data<{ updateDevelopmentArea: Area }>(UPDATE, { id: area.id, status: 'ADDRESSED', note: 'Informationen är publicerad' })
      ).updateDevelopmentArea;

      expect(done.status).toBe('ADDRESSED');
      expect(done.updates.map(({ status, note, author }) => [status, note, author.email])).toEqual([
        ['IDENTIFIED', 'Identifierat på nätverksträffen', DEMO.member],
        ['IN_PROGRESS', 'Arbetsgrupp tillsatt', DEMO.liaisonMigrationsverket],
        ['IN_PROGRESS', 'Första utkast klart', DEMO.coordinator],
        ['ADDRESSED', 'Informationen är publicerad', DEMO.admin],
      ]);
      const times = done.updates.map((update) => Date.parse(update.createdAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Date.parse(done.updatedAt)).toBeGreaterThanOrEqual(Date.parse(area.updatedAt));
      const actions = await api.prisma.client.auditEvent.findMany({ where: { entityId: area.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
      expect(actions.map((event) => event.action)).toEqual([
        'developmentArea.logged',
        'developmentArea.updated',
        'developmentArea.updated',
        'developmentArea.updated',
      ]);
    });

    it('is append-only in the database: an UPDATE or DELETE of an update fails', async () => {
      const area = await logArea();
      const [first] = area.updates;
      const updates = api.prisma.client.developmentAreaUpdate;

      await expect(updates.update({ where: { id: first.id }, data: { note: 'Omskrivet' } })).rejects.toThrow();
      await expect(updates.delete({ where: { id: first.id } })).rejects.toThrow();
      await expect(updates.deleteMany({ where: { areaId: area.id } })).rejects.toThrow();
      // At the database itself, whoever asks: the trigger refuses with its own message.
      for (const [statement, operation] of [
        ['UPDATE development_area_updates SET note = $2 WHERE id = $1', 'UPDATE'],
        ['DELETE FROM development_area_updates WHERE id = $1 AND $2::text IS NOT NULL', 'DELETE'],
      ] as const) {
        await expect(api.prisma.pool.query(statement, [first.id, 'Omskrivet'])).rejects.toMatchObject({
          code: '23001',
          message: `development_area_updates is append-only (${operation} refused)`,
        });
      }

      expect(await updates.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ note: 'Identifierat', status: 'IDENTIFIED' });
      expect((await readArea(area.id)).updates).toEqual(area.updates);
    });
  });

  describe('status rules', () => {
    async function expectRefused(id: string, status: string, note: string, field: string): Promise<void> {
      const before = await state();
      const result = await clients.coordinator.request(UPDATE, { id, status, note });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
      expect(await state()).toEqual(before);
    }

    it('refuses skipping from IDENTIFIED to ADDRESSED, naming status', async () => {
      const area = await logArea();
      await expectRefused(area.id, 'ADDRESSED', 'Klart direkt', 'status');
    });

    it('goes IDENTIFIED → IN_PROGRESS → ADDRESSED, never back, and nothing leaves ADDRESSED', async () => {
      const area = await logArea();
      await clients.coordinator.data(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'Påbörjat' });
      await expectRefused(area.id, 'IDENTIFIED', 'Tillbaka', 'status');
      await clients.coordinator.data(UPDATE, { id: area.id, status: 'ADDRESSED', note: 'Klart' });
      for (const status of ['IDENTIFIED', 'IN_PROGRESS', 'ADDRESSED', 'DROPPED']) await expectRefused(area.id, status, 'Igen', 'status');
    });

    it('drops from IDENTIFIED and from IN_PROGRESS, and DROPPED is final', async () => {
      const fromIdentified = await logArea();
      await clients.coordinator.data(UPDATE, { id: fromIdentified.id, status: 'DROPPED', note: 'Inte längre aktuellt' });
      for (const status of ['IDENTIFIED', 'IN_PROGRESS', 'ADDRESSED', 'DROPPED']) await expectRefused(fromIdentified.id, status, 'Igen', 'status');

      const fromInProgress = await logArea();
      await clients.coordinator.data(UPDATE, { id: fromInProgress.id, status: 'IN_PROGRESS', note: 'Påbörjat' });
      const dropped = await clients.coordinator.data<{ updateDevelopmentArea: Area }>(UPDATE, { id: fromInProgress.id, status: 'DROPPED', note: 'Avbrutet' });
      expect(dropped.updateDevelopmentArea.status).toBe('DROPPED');
    });

    it('allows the same open status again as a note', async () => {
      const area = await logArea();
      const noted = await clients.coordinator.data<{ updateDevelopmentArea: Area }>(UPDATE, { id: area.id, status: 'IDENTIFIED', note: 'Diskuterat igen' });
      expect(noted.updateDevelopmentArea.status).toBe('IDENTIFIED');
      expect(noted.updateDevelopmentArea.updates).toHaveLength(2);
    });

    it('requires a note of at most 5 000 characters', async () => {
      const area = await logArea();
      await expectRefused(area.id, 'IN_PROGRESS', '   ', 'note');
      await expectRefused(area.id, 'IN_PROGRESS', 'x'.repeat(5_001), 'note');
      expect(codeOf(await clients.coordinator.request(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'x'.repeat(5_000) }))).toBe('OK');
    });

    it('refuses a status the contract does not know as BAD_USER_INPUT', async () => {
      const area = await logArea();
      const result = await clients.coordinator.request(UPDATE, { id: area.id, status: 'FORGOTTEN', note: 'x' });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('links', () => {
    it('keeps a link to a thread hidden since, whether or not the one relinking can see it', async () => {
      const [hidden, shown, added] = [await thread(unique('Dold sedan')), await thread(unique('Synlig')), await thread(unique('Ny'))];
      const area = await logArea(clients.member, { threadIds: [hidden, shown] });
      await api.prisma.client.experienceThread.update({ where: { id: hidden }, data: { hiddenAt: new Date(), hiddenReason: 'Test' } });
      const linkedIds = async () =>
        (await api.prisma.client.developmentAreaThreadLink.findMany({ where: { areaId: area.id } })).map((row) => row.threadId).sort();
      // The coordinator sees the hidden link and may send the list back as it is.
      expect(codeOf(await clients.coordinator.request(LINK, { id: area.id, input: { threadIds: [hidden, shown] } }))).toBe('OK');
      expect(await linkedIds()).toEqual([hidden, shown].sort());
      // The member who logged the area does not see it, and does not drop it by leaving it out.
      expect(codeOf(await clients.member.request(LINK, { id: area.id, input: { threadIds: [shown, added] } }))).toBe('OK');
      expect(await linkedIds()).toEqual([hidden, shown, added].sort());
      // A newly named hidden thread is still refused.
      const other = await logArea(clients.member);
      expect(codeOf(await clients.member.request(LINK, { id: other.id, input: { threadIds: [hidden] } }))).toBe('BAD_USER_INPUT');
    });

    it('links work and threads that address the area and its next review meeting, and replaces or clears them', async () => {
      const threadId = await thread(unique('Hur når vi föreningar?'));
      const review = await createMeeting(clients.coordinator);
      const area = await logArea(clients.member, { relatedWorkIds: [workId], threadIds: [threadId], nextReviewMeetingId: review });
      expect(area.relatedWork).toEqual([{ id: workId, title: workTitle }]);
      expect(area.linkedThreads).toEqual([{ id: threadId, title: expect.stringMatching(/^Hur når vi föreningar\?/) }]);
      expect(area.nextReviewAt).toEqual({ id: review });

      // Left-out fields stay as they are.
      const later = await createMeeting(clients.coordinator);
      const moved = (await clients.ownerLiaison.data<{ linkDevelopmentArea: Area }>(LINK, { id: area.id, input: { nextReviewMeetingId: later } }))
        .linkDevelopmentArea;
      expect(moved.nextReviewAt).toEqual({ id: later });
      expect(moved.relatedWork).toEqual(area.relatedWork);
      expect(moved.linkedThreads).toEqual(area.linkedThreads);

      // A list replaces; null and [] clear.
      const cleared = (
        await clients.ownerLiaison.data<{ linkDevelopmentArea: Area }>(LINK, {
          id: area.id,
          input: { relatedWorkIds: [], threadIds: null, nextReviewMeetingId: null },
        })
      ).linkDevelopmentArea;
      expect(cleared).toMatchObject({ relatedWork: [], linkedThreads: [], nextReviewAt: null });
      // Links are not progress: the log is untouched.
      expect(cleared.updates).toHaveLength(1);
      const actions = await api.prisma.client.auditEvent.findMany({ where: { entityId: area.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
      expect(actions.map((event) => event.action)).toEqual(['developmentArea.logged', 'developmentArea.linked', 'developmentArea.linked']);
    });

    it('shows a thread hidden by a moderator only to moderators', async () => {
      const threadId = await thread(unique('Tråd som döljs'));
      const area = await logArea(clients.coordinator, { threadIds: [threadId] });
      await api.prisma.client.experienceThread.update({ where: { id: threadId }, data: { hiddenAt: new Date(), hiddenReason: 'Test' } });
      const seen = async (client: GraphQLClient) =>
        (await client.data<{ developmentArea: Area }>(AREA, { id: area.id })).developmentArea.linkedThreads.map((linked) => linked.id);
      expect(await seen(clients.coordinator)).toEqual([threadId]);
      expect(await seen(clients.member)).toEqual([]);
    });

    it.each([
      ['an unknown work id', { relatedWorkIds: [NO_SUCH_ID] }, 'input.relatedWorkIds'],
      ['a work id that is not a UUID', { relatedWorkIds: ['nonsense'] }, 'input.relatedWorkIds'],
      ['an unknown thread id', { threadIds: [NO_SUCH_ID] }, 'input.threadIds'],
      ['an unknown review meeting', { nextReviewMeetingId: NO_SUCH_ID }, 'input.nextReviewMeetingId'],
      ['51 work ids', { relatedWorkIds: Array.from({ length: 51 }, () => NO_SUCH_ID) }, 'input.relatedWorkIds'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, input, field) => {
      const area = await logArea();
      const before = await state();
      const result = await clients.coordinator.request(LINK, { id: area.id, input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
      expect(await state()).toEqual(before);
    });
  });

  describe('carried forward', () => {
    it('flags open areas whose held review meeting passed without an update since it began', async () => {
      const review = await createMeeting(clients.coordinator);
      const untouched = await logArea(clients.coordinator, { nextReviewMeetingId: review });
      const progressed = await logArea(clients.coordinator, { nextReviewMeetingId: review });
      const closed = await logArea(clients.coordinator, { nextReviewMeetingId: review });
      await clients.coordinator.data(UPDATE, { id: closed.id, status: 'DROPPED', note: 'Avskrivet före mötet' });

      // Before the meeting is held, nothing is carried forward.
      const ahead = await clients.member.data<{ meeting: { carriedForwardAreas: unknown[] } }>(MEETING_AREAS, { id: review });
      expect(ahead.meeting.carriedForwardAreas).toEqual([]);
      expect((await readArea(untouched.id)).carriedForward).toBe(false);

      // The meeting begins now, after every update so far, and its minutes mark it HELD.
      const startsAt = new Date();
      await api.prisma.client.meeting.update({
        where: { id: review },
        data: { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), registrationDeadline: new Date(startsAt.getTime() - 86_400_000) },
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const minutes = await clients.coordinator.data<{ recordMinutes: { meeting: { status: string } } }>(RECORD_MINUTES, {
        id: review,
        input: { body: 'Genomgång av utvecklingsområden.' },
      });
      expect(minutes.recordMinutes.meeting.status).toBe('HELD');
      await clients.ownerLiaison.data(UPDATE, { id: progressed.id, status: 'IN_PROGRESS', note: 'Diskuterat på mötet' });

      const { meeting } = await clients.member.data<{
        meeting: { carriedForwardAreas: { id: string }[]; developmentAreasForReview: { id: string; status: string; updates: { status: string }[] }[] };
      }>(MEETING_AREAS, { id: review });
      expect(meeting.carriedForwardAreas).toEqual([{ id: untouched.id }]);
      expect(meeting.developmentAreasForReview.map((area) => area.id).sort()).toEqual([untouched.id, progressed.id, closed.id].sort());
      expect(meeting.developmentAreasForReview.find((area) => area.id === progressed.id)!.updates.map((update) => update.status)).toEqual([
        'IDENTIFIED',
        'IN_PROGRESS',
      ]);
      expect((await readArea(untouched.id)).carriedForward).toBe(true);
      expect((await readArea(progressed.id)).carriedForward).toBe(false);
      expect((await readArea(closed.id)).carriedForward).toBe(false);

      // An update clears the flag; so does moving the review to a later meeting.
      await clients.coordinator.data(UPDATE, { id: untouched.id, status: 'IDENTIFIED', note: 'Tas upp nästa gång' });
      expect((await readArea(untouched.id)).carriedForward).toBe(false);
      const other = await logArea(clients.coordinator, { nextReviewMeetingId: review });
      expect((await readArea(other.id)).carriedForward).toBe(false); // logged after the start: its first update counts
    });
  });

  describe('from the minutes', () => {
    it('keeps each area with its own action item when the minutes are revised by item id', async () => {
      const { meetingId, itemIds } = await actionItems([
        { description: 'Åtgärd A', ownerAgencySlug: OWNER },
        { description: 'Åtgärd B', ownerAgencySlug: OWNER },
      ]);
      const [fromA, fromB] = [
        (await clients.coordinator.data<{ createDevelopmentAreaFromActionItem: Area }>(FROM_ITEM, { actionItemId: itemIds[0] }))
          .createDevelopmentAreaFromActionItem,
        (await clients.coordinator.data<{ createDevelopmentAreaFromActionItem: Area }>(FROM_ITEM, { actionItemId: itemIds[1] }))
          .createDevelopmentAreaFromActionItem,
      ];
      // A is dropped and B moves up to the first place.
      const revised = await clients.coordinator.data<{ recordMinutes: { actionItems: { id: string; description: string }[] } }>(RECORD_MINUTES, {
        id: meetingId,
        input: { body: 'Reviderade.', actionItems: [{ id: itemIds[1], description: 'Åtgärd B, förtydligad' }, { description: 'Åtgärd C' }] },
      });
      expect(revised.recordMinutes.actionItems.map((item) => item.description)).toEqual(['Åtgärd B, förtydligad', 'Åtgärd C']);
      expect(revised.recordMinutes.actionItems[0]!.id).toBe(itemIds[1]);
      expect((await readArea(fromB.id)).sourceActionItemId).toBe(itemIds[1]);
      expect((await readArea(fromA.id)).sourceActionItemId).toBeNull();
      expect(await clients.coordinator.code(FROM_ITEM, { actionItemId: itemIds[1] })).toBe('CONFLICT');
      const unknown = await clients.coordinator.request(RECORD_MINUTES, {
        id: meetingId,
        input: { body: 'x', actionItems: [{ id: itemIds[0], description: 'borta' }] },
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.actionItems.0.id': expect.any(String) } });
    });

    it('makes an area from an action item once: its text, owner and meeting carry over', async () => {
      const description = unique('Samordna myndigheternas information om bidrag till föreningar');
      const { meetingId, itemIds } = await actionItems([{ description, ownerAgencySlug: 'brottsoffermyndigheten' }]);

      const made = (await clients.coordinator.data<{ createDevelopmentAreaFromActionItem: Area }>(FROM_ITEM, { actionItemId: itemIds[0] }))
        .createDevelopmentAreaFromActionItem;
      expect(made).toMatchObject({
        title: description,
        description,
        status: 'IDENTIFIED',
        sourceActionItemId: itemIds[0],
        identifiedAt: { id: meetingId },
        ownerAgencies: [{ slug: 'brottsoffermyndigheten' }],
        createdBy: { email: DEMO.coordinator },
      });
      expect(made.updates.map((update) => [update.status, update.note])).toEqual([['IDENTIFIED', 'Identifierat']]);
      const { meeting } = await clients.member.data<{ meeting: { identifiedDevelopmentAreas: { id: string }[] } }>(MEETING_AREAS, { id: meetingId });
      expect(meeting.identifiedDevelopmentAreas).toEqual([{ id: made.id }]);

      const before = await state();
      const again = await clients.admin.request(FROM_ITEM, { actionItemId: itemIds[0] });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(await state()).toEqual(before);
    });

    it('needs owners for an item without an owner agency, and shortens a long description to a title', async () => {
      const long = `${'Utveckla en gemensam ingång för föreningar som söker stöd '.repeat(6)}hos flera myndigheter.`;
      const { itemIds } = await actionItems([{ description: long, ownerAgencySlug: null }]);

      const refused = await clients.coordinator.request(FROM_ITEM, { actionItemId: itemIds[0] });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['input.ownerAgencySlugs']);

      const made = (
        await clients.coordinator.data<{ createDevelopmentAreaFromActionItem: Area }>(FROM_ITEM, {
          actionItemId: itemIds[0],
          input: { ownerAgencySlugs: ['mucf', OWNER], note: 'Från protokollet' },
        })
      ).createDevelopmentAreaFromActionItem;
      expect(made.title.length).toBeLessThanOrEqual(200);
      expect(made.title).toMatch(/^Utveckla en gemensam ingång .*…$/);
      expect(made.description).toBe(long);
      expect(made.ownerAgencies).toEqual([{ slug: OWNER }, { slug: 'mucf' }]);
      expect(made.updates.map((update) => update.note)).toEqual(['Från protokollet']);
    });

    it('keeps the area tied to its item when the minutes are revised', async () => {
      const { meetingId, itemIds } = await actionItems([{ description: unique('Kartlägg stödet'), ownerAgencySlug: OWNER }]);
      const made = (await clients.coordinator.data<{ createDevelopmentAreaFromActionItem: Area }>(FROM_ITEM, { actionItemId: itemIds[0] }))
        .createDevelopmentAreaFromActionItem;
      await clients.coordinator.data(RECORD_MINUTES, {
        id: meetingId,
        input: { body: 'Reviderat protokoll.', actionItems: [{ description: 'Kartlägg stödet (reviderad)', ownerAgencySlug: OWNER }] },
      });
      expect((await readArea(made.id)).sourceActionItemId).toBe(itemIds[0]);
      expect(await clients.coordinator.code(FROM_ITEM, { actionItemId: itemIds[0] })).toBe('CONFLICT');
    });
  });

  describe('traceability', () => {
    it('leads from a meeting to the areas identified there and due for review, and from an agency to the areas it owns', async () => {
      const identifiedAt = await createMeeting(clients.coordinator);
      const review = await createMeeting(clients.coordinator);
      const area = await logArea(clients.member, { identifiedAtMeetingId: identifiedAt, nextReviewMeetingId: review, ownerAgencySlugs: ['sida', OWNER] });
      expect(area.identifiedAt).toEqual({ id: identifiedAt });
      expect(area.ownerAgencies).toEqual([{ slug: OWNER }, { slug: 'sida' }]);

      const atIdentified = await clients.member.data<{ meeting: { identifiedDevelopmentAreas: { id: string }[]; developmentAreasForReview: unknown[] } }>(
        MEETING_AREAS,
        { id: identifiedAt },
      );
      expect(atIdentified.meeting.identifiedDevelopmentAreas).toEqual([{ id: area.id }]);
      expect(atIdentified.meeting.developmentAreasForReview).toEqual([]);
      const atReview = await clients.member.data<{ meeting: { identifiedDevelopmentAreas: unknown[]; developmentAreasForReview: { id: string }[] } }>(
        MEETING_AREAS,
        { id: review },
      );
      expect(atReview.meeting.identifiedDevelopmentAreas).toEqual([]);
      expect(atReview.meeting.developmentAreasForReview).toMatchObject([{ id: area.id, status: 'IDENTIFIED', updates: [{ status: 'IDENTIFIED' }] }]);

      const OWNED = `query Owned($slug: String!) { agency(slug: $slug) { developmentAreas { id } } }`;
      for (const slug of ['sida', OWNER]) {
        const { agency } = await clients.member.data<{ agency: { developmentAreas: { id: string }[] } }>(OWNED, { slug });
        expect(agency.developmentAreas.map((owned) => owned.id)).toContain(area.id);
      }
      const { agency } = await clients.member.data<{ agency: { developmentAreas: { id: string }[] } }>(OWNED, { slug: 'skatteverket' });
      expect(agency.developmentAreas.map((owned) => owned.id)).not.toContain(area.id);

      // The same fields are empty for anonymous viewers, whose pages still work.
      const anonymousMeeting = await api.gql.data<{ meeting: Record<string, unknown[]> }>(MEETING_AREAS, { id: review });
      expect(anonymousMeeting.meeting).toEqual({ identifiedDevelopmentAreas: [], developmentAreasForReview: [], carriedForwardAreas: [] });
      expect((await api.gql.data<{ agency: { developmentAreas: unknown[] } }>(OWNED, { slug: OWNER })).agency.developmentAreas).toEqual([]);
    });

    it('filters developmentAreas by status, owner agency and meeting, most recently updated first', async () => {
      const meeting = await createMeeting(clients.coordinator);
      const first = await logArea(clients.coordinator, { identifiedAtMeetingId: meeting, ownerAgencySlugs: ['skatteverket'] });
      const second = await logArea(clients.coordinator, { identifiedAtMeetingId: meeting, ownerAgencySlugs: [OWNER] });
      const third = await logArea(clients.coordinator, { nextReviewMeetingId: meeting, ownerAgencySlugs: [OWNER] });
      await clients.coordinator.data(UPDATE, { id: first.id, status: 'IN_PROGRESS', note: 'Senast ändrad' });

      const list = async (variables: Record<string, unknown>) =>
        (await clients.member.data<{ developmentAreas: { id: string; updatedAt: string }[] }>(AREAS, variables)).developmentAreas;

      expect((await list({ meetingId: meeting })).map((area) => area.id)).toEqual([first.id, third.id, second.id]);
      expect((await list({ meetingId: meeting, status: ['IN_PROGRESS'] })).map((area) => area.id)).toEqual([first.id]);
      expect((await list({ meetingId: meeting, agencySlug: OWNER })).map((area) => area.id)).toEqual([third.id, second.id]);
      expect((await list({ meetingId: meeting, status: ['IDENTIFIED', 'IN_PROGRESS'], agencySlug: 'skatteverket' })).map((area) => area.id)).toEqual([
        first.id,
      ]);
      expect(await list({ meetingId: 'nonsense' })).toEqual([]);
      expect(await list({ agencySlug: 'finns-inte' })).toEqual([]);
      const all = await list({});
      const times = all.map((area) => Date.parse(area.updatedAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('hides a draft meeting from those who may not see it', async () => {
      const draft = await createMeeting(clients.coordinator, {}, { publish: false });
      const area = await logArea(clients.coordinator, { identifiedAtMeetingId: draft });
      expect(area.identifiedAt).toEqual({ id: draft });
      expect((await clients.member.data<{ developmentArea: Area }>(AREA, { id: area.id })).developmentArea.identifiedAt).toBeNull();
      // Nor can a member name it.
      const result = await clients.member.request(LOG, { input: areaInput({ identifiedAtMeetingId: draft }) });
      expect(fieldsOf(result)).toEqual(['input.identifiedAtMeetingId']);
    });
  });

  describe('bad input', () => {
    it('defaults the owner to the agency of the one who logs it, and needs one from someone without an agency', async () => {
      const area = await logArea(clients.member, { ownerAgencySlugs: null });
      expect(area.ownerAgencies).toEqual([{ slug: 'skatteverket' }]);
      const result = await clients.admin.request(LOG, { input: areaInput({ ownerAgencySlugs: [] }) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['input.ownerAgencySlugs']);
    });

    it.each([
      ['a blank title', () => ({ title: '   ' }), 'input.title'],
      ['a title over 200 characters', () => ({ title: 'x'.repeat(201) }), 'input.title'],
      ['a blank description', () => ({ description: '' }), 'input.description'],
      ['a description over 20 000 characters', () => ({ description: 'x'.repeat(20_001) }), 'input.description'],
      ['more than 20 owner agencies', () => ({ ownerAgencySlugs: Array.from({ length: 21 }, (_, index) => `myndighet-${index}`) }), 'input.ownerAgencySlugs'],
      ['an unknown owner agency', () => ({ ownerAgencySlugs: [OWNER, 'finns-inte'] }), 'input.ownerAgencySlugs'],
      ['an unknown meeting', () => ({ identifiedAtMeetingId: NO_SUCH_ID }), 'input.identifiedAtMeetingId'],
      ['a meeting id that is not a UUID', () => ({ identifiedAtMeetingId: 'nonsense' }), 'input.identifiedAtMeetingId'],
      ['an unknown review meeting', () => ({ nextReviewMeetingId: NO_SUCH_ID }), 'input.nextReviewMeetingId'],
      ['an unknown work id', () => ({ relatedWorkIds: [NO_SUCH_ID] }), 'input.relatedWorkIds'],
      ['an unknown thread id', () => ({ threadIds: [NO_SUCH_ID] }), 'input.threadIds'],
      ['a first note over 5 000 characters', () => ({ note: 'x'.repeat(5_001) }), 'input.note'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, field) => {
      const before = await state();
      const result = await clients.member.request(LOG, { input: areaInput(overrides()) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
      expect(await state()).toEqual(before);
    });

    it('refuses a cancelled review meeting and a hidden thread', async () => {
      const cancelled = await createMeeting(clients.coordinator);
      await clients.coordinator.data('mutation C($id: ID!) { cancelMeeting(id: $id) { id } }', { id: cancelled });
      const hidden = await thread(unique('Dold tråd'), true);
      const before = await state();
      const result = await clients.member.request(LOG, { input: areaInput({ nextReviewMeetingId: cancelled, threadIds: [hidden] }) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result).sort()).toEqual(['input.nextReviewMeetingId', 'input.threadIds']);
      expect(await state()).toEqual(before);
    });
  });

  describe('query budget', () => {
    // One root field per request: two root fields resolving side by side may or may not share a batch, depending on timing.
    const QUERIES = {
      list: `query List($meetingId: ID!) { developmentAreas(meetingId: $meetingId) { ${AREA_FIELDS} } }`,
      meeting: `query Meeting($meetingId: ID!) { meeting(id: $meetingId) {
        identifiedDevelopmentAreas { id ownerAgencies { slug } updates { author { name } } } developmentAreasForReview { id } carriedForwardAreas { id } } }`,
      agency: `query Agency { agency(slug: "${OWNER}") { developmentAreas { id carriedForward ownerAgencies { slug } updates { author { name } } } } }`,
    };

    it('runs a constant number of SQL statements for lists of areas with everything they link to, whatever their length', async () => {
      const counts: Record<keyof typeof QUERIES, number[]> = { list: [], meeting: [], agency: [] };
      for (const size of [1, 4]) {
        const meeting = await createMeeting(clients.coordinator);
        const review = await createMeeting(clients.coordinator);
        for (let index = 0; index < size; index += 1) {
          const area = await logArea(clients.member, {
            identifiedAtMeetingId: meeting,
            nextReviewMeetingId: review,
            relatedWorkIds: [workId],
            threadIds: [await thread(unique('Budgettråd'))],
          });
          await clients.ownerLiaison.data(UPDATE, { id: area.id, status: 'IN_PROGRESS', note: 'Påbörjat' });
        }
        for (const [name, document] of Object.entries(QUERIES) as [keyof typeof QUERIES, string][]) {
          const { result, statements } = await api.prisma.statements.measure(() =>
            clients.coordinator.data<{ developmentAreas?: unknown[] }>(document, { meetingId: meeting }),
          );
          if (name === 'list') expect(result.developmentAreas).toHaveLength(size);
          counts[name].push(statements);
        }
      }
      for (const [name, [small, large]] of Object.entries(counts)) {
        expect({ name, large }).toEqual({ name, large: small });
      }
      // The viewer's session, the list, and one or two statements per batched relation (Prisma reads a relation on its own).
      expect(counts.list[0]).toBeLessThanOrEqual(14);
    });
  });
});
