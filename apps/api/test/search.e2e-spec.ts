import { randomUUID } from 'node:crypto';

import { type ReindexProgress, reindexSearch } from '#search';
import { createMeeting, DEMO, type GraphQLClient, meetingInput, startTestApp, type TestApp } from '#testing';

/**
 * Search over HTTP against a real database: who finds what (against
 * DESIGN.md's table, copied by hand below, never imported from the app),
 * hostile queries, snippets that cannot carry markup, facets and filters,
 * "did you mean", the index kept current in the same transaction as every
 * kind of change, and the rebuild.
 */

const SEARCH = `query Search($query: String!, $kinds: [SearchKind!], $first: Int, $offset: Int, $filter: SearchFilter) {
  search(query: $query, kinds: $kinds, first: $first, offset: $offset, filter: $filter) {
    totalCount tookMs didYouMean hits { kind id title snippet score agency { slug } } } }`;

const SEARCH_WITH_FACETS = `query Search($query: String!, $kinds: [SearchKind!], $first: Int, $offset: Int, $filter: SearchFilter) {
  search(query: $query, kinds: $kinds, first: $first, offset: $offset, filter: $filter) {
    totalCount tookMs didYouMean hits { kind id title snippet score agency { slug } }
    facets { kinds { kind count } agencies { agency { slug } count } workKinds { workKind count } supportTypes { supportType count } } } }`;

const AGENCY = `query Agency($slug: String!) { agency(slug: $slug) { id version civilSocietyWork { id } contacts { id } } }`;
const UPDATE_PROFILE = `mutation Update($slug: String!, $version: Int!, $input: AgencyProfileInput!) {
  updateAgencyProfile(slug: $slug, expectedVersion: $version, input: $input) { version } }`;
const ADD_WORK = `mutation Add($slug: String!, $input: WorkInput!) { addCivilSocietyWork(agencySlug: $slug, input: $input) { id version } }`;
const UPDATE_WORK = `mutation U($id: ID!, $input: WorkInput!, $version: Int) { updateCivilSocietyWork(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const REMOVE_WORK = `mutation R($id: ID!) { removeCivilSocietyWork(id: $id) }`;
const ADD_CONTACT = `mutation Add($slug: String!, $input: ContactInput!) { addContactPerson(agencySlug: $slug, input: $input) { id version } }`;
const UPDATE_CONTACT = `mutation U($id: ID!, $input: ContactInput!, $version: Int) { updateContactPerson(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const REMOVE_CONTACT = `mutation R($id: ID!) { removeContactPerson(id: $id) }`;
const SCHEDULE_MEETING = `mutation Schedule($input: MeetingInput!) { scheduleMeeting(input: $input) { id version } }`;
const UPDATE_MEETING = `mutation U($id: ID!, $input: MeetingInput!, $version: Int) { updateMeeting(id: $id, input: $input, expectedVersion: $version) { id version } }`;
const PUBLISH_MEETING = `mutation P($id: ID!) { publishMeeting(id: $id) { id version } }`;
const CANCEL_MEETING = `mutation C($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { id status } }`;
const RECORD_MINUTES = `mutation Minutes($id: ID!, $input: MinutesInput!) { recordMinutes(meetingId: $id, input: $input) { published } }`;
const START_THREAD = `mutation Start($input: ThreadInput!) { startExperienceThread(input: $input) { id } }`;
const REPLY = `mutation Reply($threadId: ID!, $body: String!) { replyToThread(threadId: $threadId, body: $body) { id } }`;
const EDIT_THREAD = `mutation EditThread($id: ID!, $input: ThreadInput!) { editExperienceThread(id: $id, input: $input) { id } }`;
const EDIT_REPLY = `mutation EditReply($id: ID!, $body: String!) { editExperienceReply(id: $id, body: $body) { id } }`;
const HIDE_THREAD = `mutation HideThread($id: ID!, $reason: String!) { hideExperienceThread(id: $id, reason: $reason) { id } }`;
const UNHIDE_THREAD = `mutation UnhideThread($id: ID!) { unhideExperienceThread(id: $id) { id } }`;
const HIDE_REPLY = `mutation HideReply($id: ID!, $reason: String!) { hideExperienceReply(id: $id, reason: $reason) { id } }`;
const UNHIDE_REPLY = `mutation UnhideReply($id: ID!) { unhideExperienceReply(id: $id) { id } }`;
const LOG_AREA = `mutation Log($input: DevelopmentAreaInput!) { logDevelopmentArea(input: $input) { id } }`;
const UPDATE_AREA = `mutation Update($id: ID!, $status: DevelopmentAreaStatus!, $note: String!) { updateDevelopmentArea(id: $id, status: $status, note: $note) { id } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  score: number;
  agency: { slug: string } | null;
}

interface Facets {
  kinds: { kind: string; count: number }[];
  agencies: { agency: { slug: string }; count: number }[];
  workKinds: { workKind: string; count: number }[];
  supportTypes: { supportType: string; count: number }[];
}

interface SearchResult {
  totalCount: number;
  tookMs: number;
  didYouMean: string | null;
  hits: Hit[];
  facets?: Facets;
}

const CODE_LETTERS = 'bcfhjmpqrvwxz';
let serial = 0;

/**
 * A made-up word that no other text holds. All are of one length, so none is
 * a prefix or a part of another, and they end in consonants the Swedish
 * stemmer leaves as they are.
 */
function marker(): string {
  serial += 1;
  const code = [Math.floor(serial / 169), Math.floor(serial / 13), serial].map((value) => CODE_LETTERS[value % 13]).join('');
  return `zynk${code}`;
}

const WORK_INPUT = {
  kind: 'GRANT',
  summary: 'Stöd till ideella föreningar',
  description: 'Föreningar kan söka bidrag för sin verksamhet.',
  supportOffered: ['FUNDING'],
};

describe('search', () => {
  let api: TestApp;
  let anonymous: GraphQLClient;
  let member: GraphQLClient;
  let liaison: GraphQLClient;
  let coordinator: GraphQLClient;
  let admin: GraphQLClient;

  async function search(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<SearchResult> {
    return (await client.data<{ search: SearchResult }>(SEARCH, { query, first: 100, ...variables })).search;
  }

  async function searchWithFacets(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<SearchResult> {
    return (await client.data<{ search: SearchResult }>(SEARCH_WITH_FACETS, { query, first: 100, ...variables })).search;
  }

  /** Whether the search finds this document (kind and id) among all its hits for the words as typed (not for a suggested spelling). */
  async function finds(client: GraphQLClient, query: string, kind: string, id: string): Promise<boolean> {
    const { hits, didYouMean } = await search(client, query);
    return didYouMean === null && hits.some((hit) => hit.kind === kind && hit.id === id);
  }

  async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await api.prisma.pool.query(text, values)).rows as T[];
  }

  /** The stored document of a source, as the index holds it. */
  async function documentOf(kind: string, sourceId: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await sql(
      `SELECT "kind", "source_id", "agency_id", "audience", "title", "keywords", "body", "work_kind", "support_types"::text[] AS "support_types", "vector"::text AS "vector"
       FROM "search_documents" WHERE "kind" = $1::"SearchKind" AND "source_id" = $2::uuid`,
      [kind, sourceId],
    );
    return row;
  }

  /** Whether a word ever reached the lexicon (words of rolled-back changes must not). */
  async function inLexicon(word: string): Promise<boolean> {
    return (await sql(`SELECT 1 FROM "search_terms" WHERE "term" = $1`, [word])).length > 0;
  }

  async function agency(slug: string): Promise<{ id: string; version: number; civilSocietyWork: { id: string }[]; contacts: { id: string }[] }> {
    return (await anonymous.data<{ agency: { id: string; version: number; civilSocietyWork: { id: string }[]; contacts: { id: string }[] } }>(AGENCY, { slug }))
      .agency;
  }

  async function addWork(client: GraphQLClient, slug: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    return (await client.data<{ addCivilSocietyWork: { id: string; version: number } }>(ADD_WORK, { slug, input: { ...WORK_INPUT, ...input } }))
      .addCivilSocietyWork;
  }

  async function addContact(client: GraphQLClient, slug: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    return (await client.data<{ addContactPerson: { id: string; version: number } }>(ADD_CONTACT, { slug, input })).addContactPerson;
  }

  async function startThread(client: GraphQLClient, input: Record<string, unknown>): Promise<string> {
    return (await client.data<{ startExperienceThread: { id: string } }>(START_THREAD, { input })).startExperienceThread.id;
  }

  async function reply(client: GraphQLClient, threadId: string, body: string): Promise<string> {
    return (await client.data<{ replyToThread: { id: string } }>(REPLY, { threadId, body })).replyToThread.id;
  }

  async function scheduleMeeting(overrides: Record<string, unknown>): Promise<{ id: string; version: number }> {
    return (await coordinator.data<{ scheduleMeeting: { id: string; version: number } }>(SCHEDULE_MEETING, { input: meetingInput(overrides) })).scheduleMeeting;
  }

  async function meetingVersion(id: string): Promise<number> {
    return (await coordinator.data<{ meeting: { version: number } }>('query M($id: ID!) { meeting(id: $id) { version } }', { id })).meeting.version;
  }

  beforeAll(async () => {
    api = await startTestApp();
    anonymous = api.gql;
    [member, liaison, coordinator, admin] = await Promise.all(
      [DEMO.member, DEMO.liaisonMigrationsverket, DEMO.coordinator, DEMO.admin].map(async (email) => (await api.login(email)).client),
    );
  });

  afterAll(async () => {
    await api.close();
  });

  describe('who finds what (DESIGN.md, "Rules that the tests hold")', () => {
    const VIEWERS = ['anonymous', 'member', 'liaison', 'coordinator', 'admin'] as const;
    type Cell = '✓' | '';

    // One row per kind of thing, one column per viewer, as in DESIGN.md's table:
    // "read directory, work, contact names, published meetings, calendar": everyone;
    // "read contact e-mail and phone, threads, published minutes, development areas": signed in;
    // drafts (meetings, unpublished minutes) and hidden posts: coordinators (and admins, who may do everything).
    const FINDS = {
      //                                   anonymous member liaison coordinator admin
      'an agency by its name': ['✓', '✓', '✓', '✓', '✓'],
      'civil-society work': ['✓', '✓', '✓', '✓', '✓'],
      'a contact person by name': ['✓', '✓', '✓', '✓', '✓'],
      'a contact person by title': ['✓', '✓', '✓', '✓', '✓'],
      'a contact person by responsibility': ['✓', '✓', '✓', '✓', '✓'],
      'a contact person by e-mail': ['', '', '', '', ''],
      'a contact person by phone': ['', '', '', '', ''],
      'a published meeting': ['✓', '✓', '✓', '✓', '✓'],
      'a published meeting by its agenda': ['✓', '✓', '✓', '✓', '✓'],
      'a cancelled meeting': ['✓', '✓', '✓', '✓', '✓'],
      'a draft meeting': ['', '', '', '✓', '✓'],
      'a draft meeting by its agenda': ['', '', '', '✓', '✓'],
      'published minutes': ['', '✓', '✓', '✓', '✓'],
      'unpublished minutes': ['', '', '', '✓', '✓'],
      'a thread': ['', '✓', '✓', '✓', '✓'],
      'a thread by a reply': ['', '✓', '✓', '✓', '✓'],
      'a hidden thread': ['', '', '', '✓', '✓'],
      'a thread by a hidden reply': ['', '', '', '', ''],
      'a development area': ['', '✓', '✓', '✓', '✓'],
    } satisfies Record<string, readonly [Cell, Cell, Cell, Cell, Cell]>;
    type Thing = keyof typeof FINDS;

    const targets = {} as Record<Thing, { query: string; kind: string; id: string }>;
    let contactId: string;
    let email: string;
    let phone: string;

    beforeAll(async () => {
      targets['an agency by its name'] = { query: 'Brottsoffermyndigheten', kind: 'AGENCY', id: (await agency('brottsoffermyndigheten')).id };

      const workWord = marker();
      const work = await addWork(liaison, 'migrationsverket', { title: `Stöd till ${workWord}` });
      targets['civil-society work'] = { query: workWord, kind: 'WORK', id: work.id };

      const [name, title, responsibility, emailWord] = [marker(), marker(), marker(), marker()];
      email = `${emailWord}.kontakt@migrationsverket.natverket.example`;
      phone = `070-${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
      contactId = (
        await addContact(liaison, 'migrationsverket', {
          name: `Kim ${name}`,
          title: `Handläggare för ${title}`,
          responsibilities: [`frågor om ${responsibility}`],
          email,
          phone,
        })
      ).id;
      targets['a contact person by name'] = { query: name, kind: 'CONTACT', id: contactId };
      targets['a contact person by title'] = { query: title, kind: 'CONTACT', id: contactId };
      targets['a contact person by responsibility'] = { query: responsibility, kind: 'CONTACT', id: contactId };
      targets['a contact person by e-mail'] = { query: emailWord, kind: 'CONTACT', id: contactId };
      targets['a contact person by phone'] = { query: phone.slice(4), kind: 'CONTACT', id: contactId };

      const [published, publishedAgenda] = [marker(), marker()];
      const publishedId = await createMeeting(coordinator, { title: `Nätverksmöte om ${published}`, agenda: [{ title: `Dragning om ${publishedAgenda}` }] });
      targets['a published meeting'] = { query: published, kind: 'MEETING', id: publishedId };
      targets['a published meeting by its agenda'] = { query: publishedAgenda, kind: 'MEETING', id: publishedId };

      const cancelled = marker();
      const cancelledId = await createMeeting(coordinator, { title: `Inställt möte om ${cancelled}` });
      await coordinator.data(CANCEL_MEETING, { id: cancelledId, reason: 'Sjukdom' });
      targets['a cancelled meeting'] = { query: cancelled, kind: 'MEETING', id: cancelledId };

      const [draft, draftAgenda] = [marker(), marker()];
      const draftId = await createMeeting(coordinator, { title: `Utkast om ${draft}`, agenda: [{ title: `Punkt om ${draftAgenda}` }] }, { publish: false });
      targets['a draft meeting'] = { query: draft, kind: 'MEETING', id: draftId };
      targets['a draft meeting by its agenda'] = { query: draftAgenda, kind: 'MEETING', id: draftId };

      const publishedMinutes = marker();
      const publishedMinutesMeeting = await createMeeting(coordinator);
      await coordinator.data(RECORD_MINUTES, { id: publishedMinutesMeeting, input: { body: `Vi talade om ${publishedMinutes}.`, published: true } });
      targets['published minutes'] = { query: publishedMinutes, kind: 'MINUTES', id: publishedMinutesMeeting };

      const unpublishedMinutes = marker();
      const unpublishedMinutesMeeting = await createMeeting(coordinator);
      await coordinator.data(RECORD_MINUTES, { id: unpublishedMinutesMeeting, input: { body: `Vi talade om ${unpublishedMinutes}.`, published: false } });
      targets['unpublished minutes'] = { query: unpublishedMinutes, kind: 'MINUTES', id: unpublishedMinutesMeeting };

      const threadWord = marker();
      const threadId = await startThread(member, { title: 'Hur gör ni?', body: `Vi undrar om ${threadWord}.` });
      targets['a thread'] = { query: threadWord, kind: 'THREAD', id: threadId };

      const replyWord = marker();
      const repliedId = await startThread(member, { title: 'En fråga till', body: 'Hur gör ni med lokaler?' });
      await reply(liaison, repliedId, `Vi använder ${replyWord}.`);
      targets['a thread by a reply'] = { query: replyWord, kind: 'THREAD', id: repliedId };

      const hiddenWord = marker();
      const hiddenId = await startThread(member, { title: 'Olämplig tråd', body: `Något om ${hiddenWord}.` });
      await coordinator.data(HIDE_THREAD, { id: hiddenId, reason: 'Olämpligt' });
      targets['a hidden thread'] = { query: hiddenWord, kind: 'THREAD', id: hiddenId };

      const hiddenReplyWord = marker();
      const hiddenReplyThread = await startThread(member, { title: 'Tråd med dolt svar', body: 'Hur gör ni?' });
      const hiddenReply = await reply(liaison, hiddenReplyThread, `Olämpligt om ${hiddenReplyWord}.`);
      await coordinator.data(HIDE_REPLY, { id: hiddenReply, reason: 'Olämpligt' });
      targets['a thread by a hidden reply'] = { query: hiddenReplyWord, kind: 'THREAD', id: hiddenReplyThread };

      const areaWord = marker();
      const { logDevelopmentArea } = await member.data<{ logDevelopmentArea: { id: string } }>(LOG_AREA, {
        input: { title: 'Samordnad information', description: `Behov av ${areaWord}.`, ownerAgencySlugs: ['migrationsverket'] },
      });
      targets['a development area'] = { query: areaWord, kind: 'DEVELOPMENT_AREA', id: logDevelopmentArea.id };
    });

    it.each(Object.keys(FINDS) as Thing[])('%s', async (thing) => {
      const clients: Record<(typeof VIEWERS)[number], GraphQLClient> = { anonymous, member, liaison, coordinator, admin };
      const { query, kind, id } = targets[thing];
      const found: Cell[] = [];
      for (const viewer of VIEWERS) found.push((await finds(clients[viewer], query, kind, id)) ? '✓' : '');
      expect(found).toEqual(FINDS[thing]);
    });

    it('gives minutes the id of their meeting', async () => {
      const { query, id } = targets['published minutes'];
      const { hits } = await search(member, query);
      expect(hits).toEqual([expect.objectContaining({ kind: 'MINUTES', id, title: expect.stringContaining('Protokoll') })]);
    });

    it('never puts a contact’s e-mail or phone into the index at all', async () => {
      const document = await documentOf('CONTACT', contactId);
      expect(document).toBeDefined();
      const stored = JSON.stringify(document);
      expect(stored).not.toContain(email.split('@')[0]!.split('.')[0]!);
      expect(stored).not.toContain('natverket.example');
      expect(stored).not.toContain(phone.slice(4));
    });

    it('shows an anonymous viewer only public kinds, whatever the words', async () => {
      for (const query of ['samverkan', 'om', 'vi', 'möte', 'hur gör ni']) {
        const { hits } = await search(anonymous, query);
        for (const hit of hits) expect(['AGENCY', 'WORK', 'CONTACT', 'MEETING']).toContain(hit.kind);
      }
    });

    it('counts in facets only what the viewer may find', async () => {
      const { query } = targets['a thread'];
      const asAnonymous = await searchWithFacets(anonymous, query);
      expect(asAnonymous.totalCount).toBe(0);
      expect(asAnonymous.facets!.kinds).toEqual([]);
      const asMember = await searchWithFacets(member, query);
      expect(asMember.facets!.kinds).toEqual([{ kind: 'THREAD', count: 1 }]);
    });

    it('suggests no word that only coordinators may find', async () => {
      // Words of drafts, hidden posts and unpublished minutes must not reach others through "did you mean".
      const secret = 'omorganisationsplanen';
      const meetingId = await createMeeting(coordinator, { title: `Utkast: ${secret}` }, { publish: false });
      const threadId = await startThread(member, { title: 'Ännu en tråd', body: 'Hur gör ni?' });
      const replyId = await reply(liaison, threadId, `Se ${secret}hemligheten.`);
      await coordinator.data(HIDE_REPLY, { id: replyId, reason: 'Olämpligt' });
      const typo = 'omorganisationsplamen';
      const asCoordinator = await search(coordinator, typo);
      expect(asCoordinator.didYouMean).toBe(secret);
      expect(asCoordinator.hits.map((hit) => hit.id)).toContain(meetingId);
      for (const client of [anonymous, member, liaison]) {
        const result = await search(client, typo);
        expect(result.didYouMean ?? '').not.toContain(secret);
        expect(result.hits).toEqual([]);
      }
    });
  });

  describe('hostile queries', () => {
    const HOSTILE: string[] = [
      '"',
      "'",
      '""',
      '"ideella föreningar',
      "it's",
      'bidrag & lokaler',
      'bidrag | lokaler',
      '!bidrag',
      '!!!',
      'bidrag <-> lokaler',
      'bidrag <2> stöd',
      'migrations:*',
      ':*',
      '*',
      "'a':* & !'b'",
      'bidrag:A',
      '(',
      ')',
      '((((bidrag',
      'bidrag))))',
      ')(',
      '&|!<->:*()',
      'å'.repeat(300),
      'a\u030A'.repeat(250),
      'å '.repeat(250),
      '\\',
      '\\\\:*',
      "'; DROP TABLE agencies; --",
      '%',
      '_%_',
      '<script>alert(1)</script>',
      '&amp;',
      '🙂🙂🙂',
      '\u200b',
      '\ud800',
      ' ',
      '',
      '\t\r\n',
      'x'.repeat(500),
      'ord '.repeat(125),
      Array.from({ length: 60 }, (_, index) => `ord${index}`).join(' '),
      '!@#$%^&*()_+-=[]{};\':",.<>/?`~|',
      'İstanbul ǅ ß ﬁ',
      'مرحبا שלום',
      '1 2 3 4 5 6 7 8 9 0',
      '-1',
      'null',
      'undefined',
      '__proto__',
    ];

    it.each(HOSTILE.map((query) => ({ query, label: JSON.stringify(query.length > 40 ? `${query.slice(0, 40)}…` : query) })))(
      'answers $label with data',
      async ({ query }) => {
        for (const client of [anonymous, coordinator]) {
          const result = await client.request<{ search: SearchResult }>(SEARCH_WITH_FACETS, { query, first: 100 });
          expect(result.status).toBe(200);
          expect(result.errors).toBeUndefined();
          expect(result.data!.search).toMatchObject({ totalCount: expect.any(Number), hits: expect.any(Array), facets: expect.any(Object) });
          expect(result.data!.search.hits.length).toBeLessThanOrEqual(result.data!.search.totalCount);
        }
      },
    );

    it('reads operators and parentheses as plain words: the same hits as the words alone', async () => {
      const plain = await search(anonymous, 'bidrag lokaler');
      expect(plain.totalCount).toBeGreaterThan(0);
      for (const query of ['bidrag & lokaler', '(bidrag) | !lokaler', '"bidrag" <-> lokaler:*', '((((bidrag lokaler', 'bidrag\\lokaler']) {
        const result = await search(anonymous, query);
        expect(result.hits.map((hit) => hit.id)).toEqual(plain.hits.map((hit) => hit.id));
      }
    });

    it('answers NUL bytes as word separators, like any other character (the issue: "any string … NUL bytes … is answered as plain words")', async () => {
      const plain = await search(anonymous, 'brotts offer');
      for (const query of ['\u0000', '\u0000'.repeat(50), 'brotts\u0000offer', '\u0000brotts\u0000\u0000offer\u0000']) {
        const result = await anonymous.request<{ search: SearchResult }>(SEARCH_WITH_FACETS, { query });
        expect(result.errors).toBeUndefined();
        if (query.replaceAll('\u0000', '') !== '') expect(result.data!.search.hits.map((hit) => hit.id)).toEqual(plain.hits.map((hit) => hit.id));
        else expect(result.data!.search).toMatchObject({ totalCount: 0, hits: [] });
      }
    });

    it('reads a decomposed ö (NFD) as the ö it is', async () => {
      const { hits } = await search(anonymous, 'Arbetsfo\u0308rmedlingen');
      expect(hits[0]).toMatchObject({ kind: 'AGENCY', agency: { slug: 'arbetsformedlingen' } });
    });

    it('answers nothing, quickly, for a query without words', async () => {
      for (const query of ['', '   ', '&|!', ')(']) {
        await expect(search(anonymous, query)).resolves.toMatchObject({ totalCount: 0, hits: [], didYouMean: null });
      }
    });

    it('accepts 500 characters and refuses 501 as BAD_USER_INPUT naming the query', async () => {
      for (const query of ['a'.repeat(500), 'å'.repeat(500), 'ord '.repeat(125)]) {
        const result = await anonymous.request(SEARCH, { query });
        expect(result.errors).toBeUndefined();
      }
      for (const query of ['a'.repeat(501), 'å'.repeat(501), `${'ord '.repeat(125)}x`, 'x'.repeat(10_000)]) {
        const result = await anonymous.request(SEARCH, { query });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { query: expect.any(String) } });
        expect(result.data?.search ?? null).toBeNull();
      }
    });

    it.each([
      { name: 'first 0', variables: { first: 0 }, field: 'first' },
      { name: 'first -1', variables: { first: -1 }, field: 'first' },
      { name: 'first 101', variables: { first: 101 }, field: 'first' },
      { name: 'offset -1', variables: { offset: -1 }, field: 'offset' },
      { name: 'offset 1001', variables: { offset: 1001 }, field: 'offset' },
    ])('refuses $name as BAD_USER_INPUT naming $field', async ({ variables, field }) => {
      const result = await anonymous.request(SEARCH, { query: 'bidrag', ...variables });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    });

    it('pages with first and offset, counting all hits on every page, also past the end', async () => {
      const all = await search(anonymous, 'bidrag', { first: 100 });
      expect(all.totalCount).toBeGreaterThan(6);
      const first = await search(anonymous, 'bidrag', { first: 3 });
      const second = await search(anonymous, 'bidrag', { first: 3, offset: 3 });
      expect(first.hits.map((hit) => hit.id)).toEqual(all.hits.slice(0, 3).map((hit) => hit.id));
      expect(second.hits.map((hit) => hit.id)).toEqual(all.hits.slice(3, 6).map((hit) => hit.id));
      expect([first.totalCount, second.totalCount]).toEqual([all.totalCount, all.totalCount]);
      const past = await search(anonymous, 'bidrag', { first: 100, offset: 1000 });
      expect(past).toMatchObject({ hits: [], totalCount: all.totalCount });
      const defaults = await anonymous.data<{ search: SearchResult }>(SEARCH, { query: 'bidrag' });
      expect(defaults.search.hits).toHaveLength(Math.min(20, all.totalCount));
    });
  });

  describe('snippets', () => {
    /** The snippet without its marks: what must be plain, escaped text. */
    const unmarked = (snippet: string) => snippet.replaceAll('<mark>', '').replaceAll('</mark>', '');

    it('come back escaped, with only the matches marked, whatever markup a thread holds', async () => {
      const word = marker();
      const threadId = await startThread(member, {
        title: 'Bilder i inlägg',
        body: `Vi testade <img src=x onerror=alert(1)> och skrev <mark>fet</mark> text om ${word} & "citat" 'apostrof' <script>alert(2)</script> &lt;b&gt;.`,
      });
      const { hits } = await search(member, word);
      expect(hits).toHaveLength(1);
      const [hit] = hits;
      expect(hit).toMatchObject({ kind: 'THREAD', id: threadId });
      expect(hit!.snippet).toContain(`<mark>${word}</mark>`);
      expect(hit!.snippet).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(hit!.snippet).toContain('&lt;mark&gt;fet&lt;/mark&gt;');
      expect(hit!.snippet).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
      expect(hit!.snippet).toContain('&amp; &quot;citat&quot; &#39;apostrof&#39;');
      expect(hit!.snippet).toContain('&amp;lt;b&amp;gt;');
      expect(hit!.snippet.match(/<mark>/g)).toHaveLength(1);
      expect(unmarked(hit!.snippet)).not.toMatch(/[<>]/);
    });

    it('escape replies and civil-society work too', async () => {
      const [inReply, inWork] = [marker(), marker()];
      const threadId = await startThread(member, { title: 'Fråga om lokaler', body: 'Hur gör ni?' });
      await reply(liaison, threadId, `<iframe src="javascript:alert(3)"></iframe> ${inReply}`);
      const [replied] = (await search(member, inReply)).hits;
      expect(replied!.snippet).toContain(`&lt;iframe src=&quot;javascript:alert(3)&quot;&gt;&lt;/iframe&gt; <mark>${inReply}</mark>`);

      await addWork(liaison, 'migrationsverket', { title: 'Stöd med <b>fetstil</b>', description: `<a href="javascript:alert(4)">Ansök</a> om ${inWork}.` });
      const [work] = (await search(anonymous, inWork)).hits;
      expect(work).toMatchObject({ kind: 'WORK', title: 'Stöd med <b>fetstil</b>' });
      expect(work!.snippet).toContain('&lt;a href=&quot;javascript:alert(4)&quot;&gt;Ansök&lt;/a&gt;');
      expect(work!.snippet).toContain(`<mark>${inWork}</mark>`);
      expect(unmarked(work!.snippet)).not.toMatch(/[<>]/);
    });

    it('mark inflections and spellings without å, ä, ö', async () => {
      const word = marker();
      await startThread(member, { title: `Mötesplatser ${word}`, body: `Våra mötesplatser för föreningar, om ${word}.` });
      const [hit] = (await search(member, `motesplats ${word}`)).hits;
      expect(hit!.snippet).toContain('<mark>mötesplatser</mark>');
      expect(hit!.snippet).toContain(`<mark>${word}</mark>`);
      expect(hit!.snippet).not.toContain('<mark>föreningar</mark>');
    });
  });

  describe('facets and filters', () => {
    let word: string;
    const ids: Record<string, string> = {};

    /** Facets as plain records, to compare whole. */
    function counts(facets: Facets) {
      return {
        kinds: Object.fromEntries(facets.kinds.map((row) => [row.kind, row.count])),
        agencies: Object.fromEntries(facets.agencies.map((row) => [row.agency.slug, row.count])),
        workKinds: Object.fromEntries(facets.workKinds.map((row) => [row.workKind, row.count])),
        supportTypes: Object.fromEntries(facets.supportTypes.map((row) => [row.supportType, row.count])),
      };
    }

    beforeAll(async () => {
      word = marker();
      ids.grant = (await addWork(coordinator, 'migrationsverket', { title: `Bidrag ${word}`, kind: 'GRANT', supportOffered: ['FUNDING'] })).id;
      ids.place = (
        await addWork(coordinator, 'migrationsverket', { title: `Mötesplats ${word}`, kind: 'MEETING_PLACE', supportOffered: ['PREMISES', 'FUNDING'] })
      ).id;
      ids.travel = (
        await addWork(coordinator, 'brottsoffermyndigheten', { title: `Resor ${word}`, kind: 'GRANT', supportOffered: ['TRAVEL_REIMBURSEMENT'] })
      ).id;
      ids.contact = (await addContact(coordinator, 'msb', { name: 'Robin Facett', responsibilities: [word] })).id;
      ids.meeting = await createMeeting(coordinator, { title: `Möte om ${word}` });
      ids.thread = await startThread(member, { title: `Tråd om ${word}`, body: 'Hur gör ni?' });
    });

    it('count each kind, agency, work kind and support type over all hits, most first', async () => {
      const result = await searchWithFacets(anonymous, word, { first: 1 });
      expect(result.totalCount).toBe(5);
      expect(result.hits).toHaveLength(1);
      expect(counts(result.facets!)).toEqual({
        kinds: { WORK: 3, CONTACT: 1, MEETING: 1 },
        agencies: { migrationsverket: 2, brottsoffermyndigheten: 1, msb: 1 },
        workKinds: { GRANT: 2, MEETING_PLACE: 1 },
        supportTypes: { FUNDING: 2, PREMISES: 1, TRAVEL_REIMBURSEMENT: 1 },
      });
      expect(result.facets!.kinds[0]).toEqual({ kind: 'WORK', count: 3 });
      expect(result.facets!.agencies[0]).toEqual({ agency: { slug: 'migrationsverket' }, count: 2 });
      expect(result.facets!.supportTypes[0]).toEqual({ supportType: 'FUNDING', count: 2 });
      // A member also finds the thread.
      const asMember = await searchWithFacets(member, word);
      expect(asMember.totalCount).toBe(6);
      expect(counts(asMember.facets!).kinds).toEqual({ WORK: 3, CONTACT: 1, MEETING: 1, THREAD: 1 });
    });

    it.each([
      {
        name: 'kinds [WORK]',
        variables: { kinds: ['WORK'] },
        hits: ['grant', 'place', 'travel'],
        facets: {
          kinds: { WORK: 3, CONTACT: 1, MEETING: 1 },
          agencies: { migrationsverket: 2, brottsoffermyndigheten: 1 },
          workKinds: { GRANT: 2, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1, TRAVEL_REIMBURSEMENT: 1 },
        },
      },
      {
        name: 'kinds [CONTACT, MEETING]',
        variables: { kinds: ['CONTACT', 'MEETING'] },
        hits: ['contact', 'meeting'],
        facets: { kinds: { WORK: 3, CONTACT: 1, MEETING: 1 }, agencies: { msb: 1 }, workKinds: {}, supportTypes: {} },
      },
      {
        name: 'agencySlugs [migrationsverket]',
        variables: { filter: { agencySlugs: ['migrationsverket'] } },
        hits: ['grant', 'place'],
        facets: {
          kinds: { WORK: 2 },
          agencies: { migrationsverket: 2, brottsoffermyndigheten: 1, msb: 1 },
          workKinds: { GRANT: 1, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1 },
        },
      },
      {
        name: 'agencySlugs [msb, brottsoffermyndigheten]',
        variables: { filter: { agencySlugs: ['msb', 'brottsoffermyndigheten'] } },
        hits: ['travel', 'contact'],
        facets: {
          kinds: { WORK: 1, CONTACT: 1 },
          agencies: { migrationsverket: 2, brottsoffermyndigheten: 1, msb: 1 },
          workKinds: { GRANT: 1 },
          supportTypes: { TRAVEL_REIMBURSEMENT: 1 },
        },
      },
      {
        name: 'workKinds [GRANT]',
        variables: { filter: { workKinds: ['GRANT'] } },
        hits: ['grant', 'travel'],
        facets: {
          kinds: { WORK: 2 },
          agencies: { migrationsverket: 1, brottsoffermyndigheten: 1 },
          workKinds: { GRANT: 2, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 1, TRAVEL_REIMBURSEMENT: 1 },
        },
      },
      {
        name: 'supportTypes [FUNDING]',
        variables: { filter: { supportTypes: ['FUNDING'] } },
        hits: ['grant', 'place'],
        facets: {
          kinds: { WORK: 2 },
          agencies: { migrationsverket: 2 },
          workKinds: { GRANT: 1, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1, TRAVEL_REIMBURSEMENT: 1 },
        },
      },
      {
        name: 'supportTypes [PREMISES, TRAVEL_REIMBURSEMENT] (any of them)',
        variables: { filter: { supportTypes: ['PREMISES', 'TRAVEL_REIMBURSEMENT'] } },
        hits: ['place', 'travel'],
        facets: {
          kinds: { WORK: 2 },
          agencies: { migrationsverket: 1, brottsoffermyndigheten: 1 },
          workKinds: { GRANT: 1, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1, TRAVEL_REIMBURSEMENT: 1 },
        },
      },
      {
        name: 'agencySlugs [migrationsverket] and supportTypes [PREMISES]',
        variables: { filter: { agencySlugs: ['migrationsverket'], supportTypes: ['PREMISES'] } },
        hits: ['place'],
        facets: {
          kinds: { WORK: 1 },
          agencies: { migrationsverket: 1 },
          workKinds: { MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1 },
        },
      },
      {
        name: 'kinds [WORK] and workKinds [MEETING_PLACE]',
        variables: { kinds: ['WORK'], filter: { workKinds: ['MEETING_PLACE'] } },
        hits: ['place'],
        facets: {
          kinds: { WORK: 1 },
          agencies: { migrationsverket: 1 },
          workKinds: { GRANT: 2, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 1, PREMISES: 1 },
        },
      },
      {
        name: 'an unknown agency',
        variables: { filter: { agencySlugs: ['finns-inte'] } },
        hits: [],
        facets: { kinds: {}, agencies: { migrationsverket: 2, brottsoffermyndigheten: 1, msb: 1 }, workKinds: {}, supportTypes: {} },
      },
      {
        name: 'empty lists (no filter)',
        variables: { kinds: [], filter: { agencySlugs: [], workKinds: [], supportTypes: [] } },
        hits: ['grant', 'place', 'travel', 'contact', 'meeting'],
        facets: {
          kinds: { WORK: 3, CONTACT: 1, MEETING: 1 },
          agencies: { migrationsverket: 2, brottsoffermyndigheten: 1, msb: 1 },
          workKinds: { GRANT: 2, MEETING_PLACE: 1 },
          supportTypes: { FUNDING: 2, PREMISES: 1, TRAVEL_REIMBURSEMENT: 1 },
        },
      },
    ])('filter $name: the hits narrow, each facet counts with the other filters but not its own', async ({ variables, hits, facets }) => {
      const result = await searchWithFacets(anonymous, word, variables);
      expect(result.hits.map((hit) => hit.id).sort()).toEqual(hits.map((name) => ids[name]).sort());
      expect(result.totalCount).toBe(hits.length);
      expect(counts(result.facets!)).toEqual(facets);
    });

    it.each([
      { name: 'more than 50 agencies', filter: { agencySlugs: Array.from({ length: 51 }, (_, index) => `byra-${index}`) } },
      { name: 'thousands of agencies', filter: { agencySlugs: Array.from({ length: 5000 }, (_, index) => `byra-${index}`) } },
      { name: 'an agency slug over 100 characters', filter: { agencySlugs: ['a'.repeat(101)] } },
      { name: 'a NUL byte in an agency slug', filter: { agencySlugs: ['migrations\u0000verket'] } },
    ])('refuses a filter with $name as BAD_USER_INPUT naming filter.agencySlugs, never an internal error', async ({ filter }) => {
      const result = await anonymous.request(SEARCH, { query: 'bidrag', filter });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.agencySlugs': expect.any(String) } });
    });
  });

  describe('words in a fair share of the index: counted and ranked on the sample', () => {
    const ESTIMATED = `query Search($query: String!, $kinds: [SearchKind!], $first: Int) {
      search(query: $query, kinds: $kinds, first: $first) { totalCount totalCountIsEstimate hits { kind id } } }`;
    const SAMPLE_RATE = 512;

    async function estimated(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
      return (
        await client.data<{ search: { totalCount: number; totalCountIsEstimate: boolean; hits: { kind: string; id: string }[] } }>(ESTIMATED, {
          query,
          first: 20,
          ...variables,
        })
      ).search;
    }

    /**
     * `count` documents written straight to the index, as search_refresh
     * writes them, with ids the sample takes (one in 512 by a hash of the id)
     * when `sampled`, else with ids it does not.
     */
    async function insertDocuments(word: string, kind: 'WORK' | 'THREAD', audience: string, sampled: boolean, count: number): Promise<string[]> {
      const rows = await sql<{ id: string }>(
        `INSERT INTO "search_documents" ("kind", "source_id", "audience", "title", "keywords", "body", "vector")
         SELECT $1::"SearchKind", u."id", $2::"SearchAudience", 'Dokument om ' || $3, '', 'Text om ' || $3, search_vector('Dokument om ' || $3, '', '', 'Text om ' || $3)
         FROM (SELECT gen_random_uuid() AS "id" FROM generate_series(1, $5::int * 2048)) u
         WHERE (hashtext(u."id"::text) & 511 = 0) = $4::boolean LIMIT $5::int
         RETURNING "source_id" AS "id"`,
        [kind, audience, word, sampled, count],
      );
      expect(rows).toHaveLength(count);
      return rows.map((row) => row.id);
    }

    it('estimates the count from the sample, ranks only its documents, and keeps the sample in step with the index', async () => {
      const word = marker();
      const publicWork = await insertDocuments(word, 'WORK', 'PUBLIC', true, 20);
      const publicThreads = await insertDocuments(word, 'THREAD', 'PUBLIC', true, 12);
      const membersThreads = await insertDocuments(word, 'THREAD', 'MEMBERS', true, 8);
      const unsampled = await insertDocuments(word, 'THREAD', 'PUBLIC', false, 30);
      const sampled = [...publicWork, ...publicThreads, ...membersThreads];
      const inSample = async (ids: string[]) =>
        (await sql<{ count: number }>(`SELECT count(*)::int AS "count" FROM "search_sample" WHERE "source_id" = ANY ($1::uuid[])`, [ids]))[0]!.count;
      try {
        // The trigger put exactly the sampled documents in the sample.
        expect(await inSample(sampled)).toBe(40);
        expect(await inSample(unsampled)).toBe(0);

        // Each document of the sample stands for 512; the hits are the best of the sample's, which the viewer may see.
        const forAnyone = await estimated(anonymous, word);
        expect(forAnyone).toMatchObject({ totalCount: 32 * SAMPLE_RATE, totalCountIsEstimate: true });
        expect(forAnyone.hits).toHaveLength(20);
        const anyoneMaySee = new Set([...publicWork, ...publicThreads]);
        for (const hit of forAnyone.hits) expect(anyoneMaySee.has(hit.id)).toBe(true);
        expect((await estimated(member, word)).totalCount).toBe(40 * SAMPLE_RATE);

        // A filter that leaves enough of the sample for the page is counted on the sample too.
        const work = await estimated(anonymous, word, { kinds: ['WORK'] });
        expect(work).toMatchObject({ totalCount: 20 * SAMPLE_RATE, totalCountIsEstimate: true });
        expect(work.hits.every((hit) => hit.kind === 'WORK')).toBe(true);
        // One that leaves too few reads the filtered documents themselves, and counts them exactly.
        const threads = await estimated(anonymous, word, { kinds: ['THREAD'] });
        expect(threads).toMatchObject({ totalCount: 42, totalCountIsEstimate: false });

        const facets = (await searchWithFacets(anonymous, word)).facets!;
        expect(facets.kinds).toEqual(
          expect.arrayContaining([
            { kind: 'WORK', count: 20 * SAMPLE_RATE },
            { kind: 'THREAD', count: 12 * SAMPLE_RATE },
          ]),
        );

        // A document that leaves the index leaves the sample with it.
        await sql(`DELETE FROM "search_documents" WHERE "kind" = 'WORK' AND "source_id" = $1::uuid`, [publicWork[0]]);
        expect(await inSample(sampled)).toBe(39);
        expect((await estimated(anonymous, word)).totalCount).toBe(31 * SAMPLE_RATE);
      } finally {
        await sql(`DELETE FROM "search_documents" WHERE "source_id" = ANY ($1::uuid[])`, [[...sampled, ...unsampled]]);
      }
      expect(await inSample(sampled)).toBe(0);
    });

    it('runs on connections that plan a statement once for any values, beside the ordinary ones that plan per value', async () => {
      const setting = async (pool: typeof api.prisma.pool) => (await pool.query<{ plan_cache_mode: string }>('SHOW plan_cache_mode')).rows[0]!.plan_cache_mode;
      await expect(setting(api.prisma.genericPlans)).resolves.toBe('force_generic_plan');
      await expect(setting(api.prisma.pool)).resolves.toBe('auto');
    });

    it('prices a random read near a sequential one on every connection, so a narrow filter walks its index', async () => {
      for (const pool of [api.prisma.pool, api.prisma.genericPlans]) {
        expect((await pool.query<{ random_page_cost: string }>('SHOW random_page_cost')).rows[0]!.random_page_cost).toBe('1.1');
      }
    });
  });

  describe('storage', () => {
    /** The chunks in search_documents' TOAST table: a value moved out of its row adds one per 2 kB. */
    const toastChunks = async () => {
      const [table] = await sql<{ name: string }>(`SELECT "reltoastrelid"::regclass::text AS "name" FROM pg_class WHERE "relname" = 'search_documents'`);
      return (await sql<{ count: number }>(`SELECT count(*)::int AS "count" FROM ${table!.name}`))[0]!.count;
    };

    it('keeps a vector of several kilobytes in its document’s row, where a search reads it, not in the TOAST table', async () => {
      const before = await toastChunks();
      const words = Array.from({ length: 250 }, marker);
      const work = await addWork(liaison, 'migrationsverket', { title: 'Ett långt arbete', description: words.join(' ') });
      const [stored] = await sql<{ bytes: number }>(
        `SELECT pg_column_size("vector") AS "bytes" FROM "search_documents" WHERE "kind" = 'WORK' AND "source_id" = $1::uuid`,
        [work.id],
      );
      // Past the 2 kB at which PostgreSQL moves a value out of its row by default.
      expect(stored!.bytes).toBeGreaterThan(3000);
      expect(await toastChunks()).toBe(before);
      expect(await finds(anonymous, words[137]!, 'WORK', work.id)).toBe(true);
      await liaison.data(REMOVE_WORK, { id: work.id });
    });
  });

  describe('prefixes asked of the index as the lexemes they stand for', () => {
    const find = async (words: string[]) =>
      (
        await sql<{ all: string; find: string }>(`SELECT search_query($1::text[])::text AS "all", search_find(search_query($1::text[]))::text AS "find"`, [
          words,
        ])
      )[0]!;

    it('spells out a prefix of few lexemes, learning new ones in the same transaction, and finds what the prefix found', async () => {
      const word = marker();
      const threadId = await startThread(member, { title: `Erfarenheter av ${word}arna`, body: `Vi prövade ${word}en i höstas.` });
      const { all, find: found } = await find([word]);
      expect(all).toContain(':*');
      expect(found).not.toContain(':*');
      expect(found).toContain(`'${word}arna'`);
      expect(found).toContain(`'${word}en'`);
      expect(await finds(member, word, 'THREAD', threadId)).toBe(true);
    });

    it('keeps a prefix of many lexemes a prefix', async () => {
      expect((await find(['för'])).find).toContain(':*');
    });

    it('learns a statement’s new lexemes in one order, so that writers sharing new words wait for each other rather than deadlock', async () => {
      const words = Array.from({ length: 60 }, marker).reverse();
      const client = await api.prisma.pool.connect();
      try {
        await client.query('BEGIN');
        // In this transaction only: a trigger that notes each lexeme as it is offered to the table.
        await client.query('CREATE TEMP TABLE "offered" ("n" SERIAL, "lexeme" TEXT)');
        await client.query(
          `CREATE FUNCTION "note_lexeme"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "offered" ("lexeme") VALUES (NEW."lexeme"); RETURN NEW; END $$`,
        );
        await client.query('CREATE TRIGGER "note_lexeme" BEFORE INSERT ON "search_lexemes" FOR EACH ROW EXECUTE FUNCTION "note_lexeme"()');
        await client.query(
          `INSERT INTO "search_documents" ("kind", "source_id", "audience", "title", "keywords", "body", "vector")
           SELECT 'THREAD', gen_random_uuid(), 'MEMBERS', w, '', '', search_vector(w, '', '', '') FROM unnest($1::text[]) w`,
          [words],
        );
        const { rows } = await client.query<{ lexeme: string }>('SELECT "lexeme" FROM "offered" ORDER BY "n"');
        const offered = rows.map((row) => row.lexeme);
        expect(offered).toEqual(expect.arrayContaining(words));
        expect(offered).toEqual([...offered].sort());
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    });

    it.each([
      ['skattev'],
      ['migrationsv'],
      ['brottsoff'],
      ['arbetsform'],
      ['förening'],
      ['ideell', 'förening'],
      ['stöd', 'till', 'ideella', 'föreningar'],
      ['bidrag'],
      ['mötesplats'],
      ['sam'],
    ])('matches the same documents as the query it rewrites: %s', async (...words: string[]) => {
      const [row] = await sql<{ all: number; find: number }>(
        `SELECT count(*) FILTER (WHERE "vector" @@ search_query($1::text[]))::int AS "all",
                count(*) FILTER (WHERE "vector" @@ search_find(search_query($1::text[])))::int AS "find"
         FROM "search_documents"`,
        [words],
      );
      expect(row!.all).toBeGreaterThan(0);
      expect(row!.find).toBe(row!.all);
    });
  });

  describe('did you mean', () => {
    /** What the index finds for words exactly as typed, without the suggestion. */
    async function foundAsTyped(words: string[]): Promise<number> {
      const [row] = await sql<{ count: number }>(`SELECT count(*)::int AS "count" FROM "search_documents" WHERE "vector" @@ search_query($1::text[])`, [words]);
      return row!.count;
    }

    it.each([
      { typo: 'brottsofermyndigheten', suggestion: 'brottsoffermyndigheten', slug: 'brottsoffermyndigheten' },
      { typo: 'arbetsförmedlngen', suggestion: 'arbetsförmedlingen', slug: 'arbetsformedlingen' },
      { typo: 'skattverket', suggestion: 'skatteverket', slug: 'skatteverket' },
    ])('suggests $suggestion for $typo, which finds nothing as typed, and shows its hits', async ({ typo, suggestion, slug }) => {
      await expect(foundAsTyped([typo])).resolves.toBe(0);
      const result = await search(anonymous, typo);
      expect(result.didYouMean).toBe(suggestion);
      expect(result.totalCount).toBeGreaterThan(0);
      expect(result.hits[0]).toMatchObject({ kind: 'AGENCY', agency: { slug } });
    });

    it('keeps the words that were right', async () => {
      await expect(foundAsTyped(['bidrag', 'brottsofermyndigheten'])).resolves.toBe(0);
      const result = await search(anonymous, 'bidrag brottsofermyndigheten');
      expect(result.didYouMean).toBe('bidrag brottsoffermyndigheten');
      expect(result.hits.map((hit) => hit.title)).toContain('Bidrag ur Brottsofferfonden');
    });

    it('suggests a word new to the index, one edit or more away, by the words it was written with', async () => {
      const work = await addWork(liaison, 'migrationsverket', { title: 'Mötesplats Kvittrelund' });
      // Written to the lexicon with the change, each letter left out in turn: what typos one edit away are looked up by.
      const [term] = await sql<{ deletions: string[] }>(`SELECT "deletions" FROM "search_terms" WHERE "term" = 'kvittrelund'`);
      const word = 'kvittrelund';
      expect(new Set(term?.deletions)).toEqual(new Set([...word].map((_, index) => word.slice(0, index) + word.slice(index + 1))));
      for (const typo of ['kvitrelund', 'kvittrellund', 'kvottrelund', 'kvtitrelund', 'kvitrelunt']) {
        await expect(foundAsTyped([typo])).resolves.toBe(0);
        const result = await search(anonymous, typo);
        expect({ typo, didYouMean: result.didYouMean }).toEqual({ typo, didYouMean: 'kvittrelund' });
        expect(result.hits.map((hit) => hit.id)).toContain(work.id);
      }
    });

    it('suggests nothing when the words are found, or when nothing is close', async () => {
      await expect(search(anonymous, 'Brottsoffermyndigheten')).resolves.toMatchObject({ didYouMean: null });
      await expect(search(anonymous, 'qxjqxjqxjqxj')).resolves.toMatchObject({ didYouMean: null, totalCount: 0, hits: [] });
    });
  });

  describe('the index follows every change at once', () => {
    it('agency profile: its own words, and its English name as the context of its work and contacts', async () => {
      const [described, named, replaced] = [marker(), marker(), marker()];
      const before = await agency('migrationsverket');
      const { updateAgencyProfile: first } = await liaison.data<{ updateAgencyProfile: { version: number } }>(UPDATE_PROFILE, {
        slug: 'migrationsverket',
        version: before.version,
        input: { description: `Migrationsverket samverkar om ${described}.`, nameEn: `Swedish Migration Agency ${named}` },
      });
      await expect(finds(anonymous, described, 'AGENCY', before.id)).resolves.toBe(true);
      const byName = await search(anonymous, named);
      const found = byName.hits.map((hit) => `${hit.kind} ${hit.id}`);
      expect(found).toContain(`AGENCY ${before.id}`);
      for (const work of before.civilSocietyWork) expect(found).toContain(`WORK ${work.id}`);
      for (const contact of before.contacts) expect(found).toContain(`CONTACT ${contact.id}`);
      // The agency's own entry first.
      expect(byName.hits[0]).toMatchObject({ kind: 'AGENCY', id: before.id });

      await liaison.data(UPDATE_PROFILE, {
        slug: 'migrationsverket',
        version: first.version,
        input: { description: `Migrationsverket samverkar om ${replaced}.`, nameEn: 'Swedish Migration Agency' },
      });
      await expect(finds(anonymous, replaced, 'AGENCY', before.id)).resolves.toBe(true);
      await expect(finds(anonymous, described, 'AGENCY', before.id)).resolves.toBe(false);
      await expect(search(anonymous, named)).resolves.toMatchObject({ hits: [] });
    });

    it('civil-society work: added, updated (title, text, kind and support), removed', async () => {
      const [title, text, renamed] = [marker(), marker(), marker()];
      const work = await addWork(liaison, 'migrationsverket', {
        title: `Stöd om ${title}`,
        description: `Läs mer om ${text}.`,
        kind: 'GRANT',
        supportOffered: ['FUNDING'],
      });
      await expect(finds(anonymous, title, 'WORK', work.id)).resolves.toBe(true);
      await expect(finds(anonymous, text, 'WORK', work.id)).resolves.toBe(true);
      await expect(finds(anonymous, `reseersättning ${title}`, 'WORK', work.id)).resolves.toBe(false);
      await expect(finds(anonymous, `mötesplats ${title}`, 'WORK', work.id)).resolves.toBe(false);

      await liaison.data(UPDATE_WORK, {
        id: work.id,
        version: work.version,
        input: { ...WORK_INPUT, title: `Stöd om ${renamed}`, description: 'Ny text.', kind: 'MEETING_PLACE', supportOffered: ['TRAVEL_REIMBURSEMENT'] },
      });
      await expect(finds(anonymous, renamed, 'WORK', work.id)).resolves.toBe(true);
      await expect(finds(anonymous, title, 'WORK', work.id)).resolves.toBe(false);
      await expect(finds(anonymous, text, 'WORK', work.id)).resolves.toBe(false);
      // The Swedish labels of the new kind and support are searchable at once.
      await expect(finds(anonymous, `reseersättning ${renamed}`, 'WORK', work.id)).resolves.toBe(true);
      await expect(finds(anonymous, `mötesplats ${renamed}`, 'WORK', work.id)).resolves.toBe(true);
      await expect(finds(anonymous, `statsbidrag ${renamed}`, 'WORK', work.id)).resolves.toBe(false);

      await liaison.data(REMOVE_WORK, { id: work.id });
      await expect(finds(anonymous, renamed, 'WORK', work.id)).resolves.toBe(false);
      await expect(documentOf('WORK', work.id)).resolves.toBeUndefined();
    });

    it('contact people: added, updated, removed', async () => {
      const [name, responsibility, renamed, newResponsibility] = [marker(), marker(), marker(), marker()];
      const contact = await addContact(liaison, 'migrationsverket', { name: `Alex ${name}`, title: 'Handläggare', responsibilities: [responsibility] });
      await expect(finds(anonymous, name, 'CONTACT', contact.id)).resolves.toBe(true);
      await expect(finds(anonymous, responsibility, 'CONTACT', contact.id)).resolves.toBe(true);

      await liaison.data(UPDATE_CONTACT, {
        id: contact.id,
        version: contact.version,
        input: { name: `Alex ${renamed}`, title: 'Handläggare', responsibilities: [newResponsibility] },
      });
      await expect(finds(anonymous, renamed, 'CONTACT', contact.id)).resolves.toBe(true);
      await expect(finds(anonymous, newResponsibility, 'CONTACT', contact.id)).resolves.toBe(true);
      await expect(finds(anonymous, name, 'CONTACT', contact.id)).resolves.toBe(false);
      await expect(finds(anonymous, responsibility, 'CONTACT', contact.id)).resolves.toBe(false);

      await liaison.data(REMOVE_CONTACT, { id: contact.id });
      await expect(finds(anonymous, renamed, 'CONTACT', contact.id)).resolves.toBe(false);
      await expect(documentOf('CONTACT', contact.id)).resolves.toBeUndefined();
    });

    it('meetings: scheduled, updated with a new agenda, published, cancelled', async () => {
      const [title, item, retitled, newItem, described] = [marker(), marker(), marker(), marker(), marker()];
      const meeting = await scheduleMeeting({ title: `Workshop om ${title}`, agenda: [{ title: `Inledning om ${item}` }] });
      await expect(finds(coordinator, title, 'MEETING', meeting.id)).resolves.toBe(true);
      await expect(finds(coordinator, item, 'MEETING', meeting.id)).resolves.toBe(true);
      await expect(finds(anonymous, title, 'MEETING', meeting.id)).resolves.toBe(false);

      await coordinator.data(UPDATE_MEETING, {
        id: meeting.id,
        version: meeting.version,
        input: meetingInput({ title: `Workshop om ${retitled}`, description: `Vi talar om ${described}.`, agenda: [{ title: `Inledning om ${newItem}` }] }),
      });
      for (const word of [retitled, newItem, described]) await expect(finds(coordinator, word, 'MEETING', meeting.id)).resolves.toBe(true);
      for (const word of [title, item]) await expect(finds(coordinator, word, 'MEETING', meeting.id)).resolves.toBe(false);
      await expect(finds(anonymous, retitled, 'MEETING', meeting.id)).resolves.toBe(false);

      await coordinator.data(PUBLISH_MEETING, { id: meeting.id });
      for (const word of [retitled, newItem, described]) await expect(finds(anonymous, word, 'MEETING', meeting.id)).resolves.toBe(true);

      // The agenda alone, on a published meeting.
      const lastItem = marker();
      await coordinator.data(UPDATE_MEETING, {
        id: meeting.id,
        version: await meetingVersion(meeting.id),
        input: meetingInput({ title: `Workshop om ${retitled}`, agenda: [{ title: `Avslutning om ${lastItem}` }] }),
      });
      await expect(finds(anonymous, lastItem, 'MEETING', meeting.id)).resolves.toBe(true);
      await expect(finds(anonymous, newItem, 'MEETING', meeting.id)).resolves.toBe(false);

      // Cancelled meetings stay public (the calendar shows them as cancelled).
      await coordinator.data(CANCEL_MEETING, { id: meeting.id, reason: 'Sjukdom' });
      await expect(finds(anonymous, retitled, 'MEETING', meeting.id)).resolves.toBe(true);
      await expect(documentOf('MEETING', meeting.id)).resolves.toMatchObject({ audience: 'PUBLIC' });
    });

    it('minutes: recorded unpublished, published, revised, and renamed with their meeting', async () => {
      const [draftWord, decision, action, publishedWord, retitled] = [marker(), marker(), marker(), marker(), marker()];
      const meetingId = await createMeeting(coordinator);
      await coordinator.data(RECORD_MINUTES, {
        id: meetingId,
        input: {
          body: `Utkast om ${draftWord}.`,
          decisions: [`Beslut om ${decision}`],
          actionItems: [{ description: `Åtgärd om ${action}` }],
          published: false,
        },
      });
      for (const word of [draftWord, decision, action]) {
        await expect(finds(coordinator, word, 'MINUTES', meetingId)).resolves.toBe(true);
        await expect(finds(member, word, 'MINUTES', meetingId)).resolves.toBe(false);
      }

      await coordinator.data(RECORD_MINUTES, {
        id: meetingId,
        input: {
          body: `Protokoll om ${publishedWord}.`,
          decisions: [`Beslut om ${decision}`],
          actionItems: [{ description: `Åtgärd om ${action}` }],
          published: true,
        },
      });
      for (const word of [publishedWord, decision, action]) await expect(finds(member, word, 'MINUTES', meetingId)).resolves.toBe(true);
      await expect(finds(coordinator, draftWord, 'MINUTES', meetingId)).resolves.toBe(false);
      await expect(finds(anonymous, publishedWord, 'MINUTES', meetingId)).resolves.toBe(false);

      // Minutes are titled after their meeting.
      await coordinator.data(UPDATE_MEETING, {
        id: meetingId,
        version: await meetingVersion(meetingId),
        input: meetingInput({ title: `Samråd om ${retitled}` }),
      });
      const { hits } = await search(member, retitled);
      expect(hits.map((hit) => `${hit.kind} ${hit.id}`).sort()).toEqual([`MEETING ${meetingId}`, `MINUTES ${meetingId}`]);
    });

    it('threads: started, replied to, edited, hidden and shown again (moderation)', async () => {
      const [title, body, replyWord, retitled, editedReply] = [marker(), marker(), marker(), marker(), marker()];
      const threadId = await startThread(member, { title: `Fråga om ${title}`, body: `Hur gör ni med ${body}?` });
      await expect(finds(member, title, 'THREAD', threadId)).resolves.toBe(true);
      await expect(finds(member, body, 'THREAD', threadId)).resolves.toBe(true);

      const replyId = await reply(liaison, threadId, `Vi gör ${replyWord}.`);
      await expect(finds(member, replyWord, 'THREAD', threadId)).resolves.toBe(true);

      await member.data(EDIT_THREAD, { id: threadId, input: { title: `Fråga om ${retitled}`, body: `Hur gör ni med ${body}?` } });
      await expect(finds(member, retitled, 'THREAD', threadId)).resolves.toBe(true);
      await expect(finds(member, title, 'THREAD', threadId)).resolves.toBe(false);

      await liaison.data(EDIT_REPLY, { id: replyId, body: `Vi gör ${editedReply}.` });
      await expect(finds(member, editedReply, 'THREAD', threadId)).resolves.toBe(true);
      await expect(finds(member, replyWord, 'THREAD', threadId)).resolves.toBe(false);

      await coordinator.data(HIDE_REPLY, { id: replyId, reason: 'Olämpligt' });
      await expect(finds(member, editedReply, 'THREAD', threadId)).resolves.toBe(false);
      await expect(finds(coordinator, editedReply, 'THREAD', threadId)).resolves.toBe(false);
      await expect(finds(member, retitled, 'THREAD', threadId)).resolves.toBe(true);

      await coordinator.data(UNHIDE_REPLY, { id: replyId });
      await expect(finds(member, editedReply, 'THREAD', threadId)).resolves.toBe(true);

      await coordinator.data(HIDE_THREAD, { id: threadId, reason: 'Olämpligt' });
      await expect(finds(member, retitled, 'THREAD', threadId)).resolves.toBe(false);
      await expect(finds(liaison, editedReply, 'THREAD', threadId)).resolves.toBe(false);
      await expect(finds(coordinator, retitled, 'THREAD', threadId)).resolves.toBe(true);

      await coordinator.data(UNHIDE_THREAD, { id: threadId });
      await expect(finds(member, retitled, 'THREAD', threadId)).resolves.toBe(true);
    });

    it('development areas: logged, then updated with notes and a new status', async () => {
      const [title, description, note, laterNote] = [marker(), marker(), marker(), marker()];
      const { logDevelopmentArea: area } = await member.data<{ logDevelopmentArea: { id: string } }>(LOG_AREA, {
        input: {
          title: `Behov av ${title}`,
          description: `Föreningar saknar ${description}.`,
          note: `Noterat ${note}`,
          ownerAgencySlugs: ['migrationsverket'],
        },
      });
      for (const word of [title, description, note]) await expect(finds(member, word, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(true);
      await expect(finds(anonymous, title, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(false);
      await expect(finds(member, `pågående ${title}`, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(false);

      await liaison.data(UPDATE_AREA, { id: area.id, status: 'IN_PROGRESS', note: `Arbetet pågår med ${laterNote}` });
      await expect(finds(member, laterNote, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(true);
      await expect(finds(member, `pågående ${title}`, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(true);
      await expect(finds(member, `identifierat ${title}`, 'DEVELOPMENT_AREA', area.id)).resolves.toBe(false);
    });
  });

  describe('a change that fails leaves the index as it was (same transaction)', () => {
    it('a stale version of an agency profile: CONFLICT, and its words are nowhere', async () => {
      const boverket = await agency('boverket');
      const before = await documentOf('AGENCY', boverket.id);
      const word = marker();
      const result = await coordinator.request(UPDATE_PROFILE, { slug: 'boverket', version: boverket.version - 1, input: { description: `Fel ${word}` } });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await expect(documentOf('AGENCY', boverket.id)).resolves.toEqual(before);
      await expect(inLexicon(word)).resolves.toBe(false);
      await expect(finds(anonymous, word, 'AGENCY', boverket.id)).resolves.toBe(false);
    });

    it('two edits of one version at once: the index holds the winner’s words, never the loser’s', async () => {
      const boverket = await agency('boverket');
      const words = [marker(), marker()];
      const results = await Promise.all(
        words.map((word, index) =>
          (index === 0 ? coordinator : admin).request(UPDATE_PROFILE, {
            slug: 'boverket',
            version: boverket.version,
            input: { description: `Boverket och ${word}.` },
          }),
        ),
      );
      expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const winner = words[results.findIndex((result) => !result.errors)]!;
      const loser = words[results.findIndex((result) => result.errors)]!;
      await expect(finds(anonymous, winner, 'AGENCY', boverket.id)).resolves.toBe(true);
      await expect(finds(anonymous, loser, 'AGENCY', boverket.id)).resolves.toBe(false);
      await expect(inLexicon(loser)).resolves.toBe(false);
      expect((await documentOf('AGENCY', boverket.id))!.body).toContain(winner);
    });

    it('a stale version of work and of a meeting: CONFLICT, documents unchanged', async () => {
      const [title, stale, meetingTitle, staleMeeting] = [marker(), marker(), marker(), marker()];
      const work = await addWork(liaison, 'migrationsverket', { title: `Stöd om ${title}` });
      await liaison.data(UPDATE_WORK, { id: work.id, version: work.version, input: { ...WORK_INPUT, title: `Stöd om ${title}`, description: 'Ändrad.' } });
      const workBefore = await documentOf('WORK', work.id);
      const workResult = await liaison.request(UPDATE_WORK, { id: work.id, version: work.version, input: { ...WORK_INPUT, title: `Stöd om ${stale}` } });
      expect(workResult.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await expect(documentOf('WORK', work.id)).resolves.toEqual(workBefore);
      await expect(inLexicon(stale)).resolves.toBe(false);

      const meeting = await scheduleMeeting({ title: `Möte om ${meetingTitle}` });
      await coordinator.data(UPDATE_MEETING, {
        id: meeting.id,
        version: meeting.version,
        input: meetingInput({ title: `Möte om ${meetingTitle}`, description: 'Ändrad beskrivning.' }),
      });
      const meetingBefore = await documentOf('MEETING', meeting.id);
      const meetingResult = await coordinator.request(UPDATE_MEETING, {
        id: meeting.id,
        version: meeting.version,
        input: meetingInput({ title: `Möte om ${staleMeeting}` }),
      });
      expect(meetingResult.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await expect(documentOf('MEETING', meeting.id)).resolves.toEqual(meetingBefore);
      await expect(inLexicon(staleMeeting)).resolves.toBe(false);
    });

    it('minutes refused for bad input: no document, no words', async () => {
      const word = marker();
      const meetingId = await createMeeting(coordinator);
      const result = await coordinator.request(RECORD_MINUTES, {
        id: meetingId,
        input: { body: `Protokoll om ${word}`, actionItems: [{ description: 'Gör något', ownerAgencySlug: 'finns-inte' }], published: true },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const [minutes] = await sql(`SELECT 1 FROM "minutes" WHERE "meeting_id" = $1::uuid`, [meetingId]);
      expect(minutes).toBeUndefined();
      await expect(sql(`SELECT 1 FROM "search_documents" WHERE "kind" = 'MINUTES' AND "body" LIKE $1`, [`%${word}%`])).resolves.toEqual([]);
      await expect(inLexicon(word)).resolves.toBe(false);
    });
  });

  describe('reindex', () => {
    const SNAPSHOT = `SELECT "kind"::text AS "kind", "source_id"::text AS "source_id", "agency_id"::text AS "agency_id", "audience"::text AS "audience",
      "title", "keywords", "body", "work_kind"::text AS "work_kind", "support_types"::text[] AS "support_types", "vector"::text AS "vector"
      FROM "search_documents" ORDER BY "kind", "source_id"`;
    const KINDS = ['AGENCY', 'WORK', 'CONTACT', 'MEETING', 'MINUTES', 'THREAD', 'DEVELOPMENT_AREA'];

    it('rebuilds a corrupted index to exactly what the triggers wrote, removing orphans, with progress per kind', async () => {
      // Something of every kind, so that every view is read.
      const meetingId = await createMeeting(coordinator, { title: 'Möte inför ombyggnaden' });
      await coordinator.data(RECORD_MINUTES, { id: meetingId, input: { body: 'Protokoll inför ombyggnaden.', published: true } });
      const threadId = await startThread(member, { title: 'Ombyggnaden', body: 'Hur gör ni?' });
      await member.data(LOG_AREA, { input: { title: 'Ombyggnad', description: 'Behov av ombyggnad.' } });
      const hiddenId = await startThread(member, { title: 'Dold inför ombyggnaden', body: 'Hemligt.' });
      await coordinator.data(HIDE_THREAD, { id: hiddenId, reason: 'Olämpligt' });

      const snapshot = await sql<{ kind: string }>(SNAPSHOT);
      for (const kind of KINDS) expect(snapshot.some((row) => row.kind === kind)).toBe(true);
      const skatteverket = await agency('skatteverket');
      const migrationsverket = await agency('migrationsverket');

      // Corrupt it: documents gone, a title and a vector changed, a hidden thread made public, an orphan added.
      await sql(`DELETE FROM "search_documents" WHERE "kind" = 'AGENCY' AND "source_id" = $1::uuid`, [skatteverket.id]);
      await sql(
        `DELETE FROM "search_documents" WHERE ("kind", "source_id") IN (SELECT "kind", "source_id" FROM "search_documents" WHERE "kind" = 'WORK' ORDER BY "source_id" LIMIT 3)`,
      );
      await sql(`DELETE FROM "search_documents" WHERE "kind" = 'THREAD' AND "source_id" = $1::uuid`, [threadId]);
      await sql(`UPDATE "search_documents" SET "title" = 'Fel titel' WHERE "kind" = 'AGENCY' AND "source_id" = $1::uuid`, [migrationsverket.id]);
      await sql(`UPDATE "search_documents" SET "vector" = to_tsvector('simple', 'skräp') WHERE "kind" = 'MINUTES'`);
      await sql(`UPDATE "search_documents" SET "audience" = 'PUBLIC' WHERE "kind" = 'THREAD' AND "source_id" = $1::uuid`, [hiddenId]);
      await sql(
        `INSERT INTO "search_documents" ("kind", "source_id", "audience", "title", "keywords", "body", "vector")
         VALUES ('WORK', $1::uuid, 'PUBLIC', 'Föräldralöst stöd', '', '', to_tsvector('swedish', 'Föräldralöst stöd'))`,
        [randomUUID()],
      );
      // The corruption shows.
      expect((await search(anonymous, 'Skatteverket')).hits.some((hit) => hit.kind === 'AGENCY')).toBe(false);
      expect((await search(anonymous, 'föräldralöst')).hits.map((hit) => hit.title)).toContain('Föräldralöst stöd');
      expect(await finds(anonymous, 'Dold inför ombyggnaden', 'THREAD', hiddenId)).toBe(true);

      const progress: ReindexProgress[] = [];
      const report = await reindexSearch(api.database.url, (step) => progress.push({ ...step }));

      expect(report).toEqual({ documents: snapshot.length, removed: 1, seconds: expect.any(Number) });
      expect(report.seconds).toBeGreaterThanOrEqual(0);
      await expect(sql(SNAPSHOT)).resolves.toEqual(snapshot);

      // Progress: each kind from 0 to its count, in order, never past its total.
      expect([...new Set(progress.map((step) => step.kind))]).toEqual(KINDS);
      for (const kind of KINDS) {
        const steps = progress.filter((step) => step.kind === kind);
        const count = snapshot.filter((row) => row.kind === kind).length;
        expect(steps[0]).toEqual({ kind, done: 0, total: count });
        expect(steps.at(-1)).toEqual({ kind, done: count, total: count });
        for (const step of steps) expect(step.done).toBeLessThanOrEqual(step.total);
      }

      // Searching works as before.
      expect((await search(anonymous, 'Skatteverket')).hits[0]).toMatchObject({ kind: 'AGENCY', id: skatteverket.id });
      expect((await search(anonymous, 'föräldralöst')).hits).toEqual([]);
      expect(await finds(anonymous, 'Dold inför ombyggnaden', 'THREAD', hiddenId)).toBe(false);
    });

    it('changes nothing on an intact index', async () => {
      const snapshot = await sql(SNAPSHOT);
      const report = await reindexSearch(api.database.url);
      expect(report).toMatchObject({ documents: snapshot.length, removed: 0 });
      await expect(sql(SNAPSHOT)).resolves.toEqual(snapshot);
    });
  });
});
