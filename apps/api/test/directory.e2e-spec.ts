import { DEMO, type GraphQLClient, startTestApp, type TestApp } from '#testing';

import { DirectoryRepository } from '../../../libs/directory/src/directory.repository.js';

const AGENCY = `query Agency($slug: String!) { agency(slug: $slug) { id slug name nameEn website description version updatedAt
  civilSocietyWork { id title kind supportOffered targetGroups howToApply agency { slug } }
  contacts { id name title email phone responsibilities agency { slug } }
  networks { slug } } }`;

const UPDATE_PROFILE = `mutation Update($slug: String!, $version: Int!, $input: AgencyProfileInput!) {
  updateAgencyProfile(slug: $slug, expectedVersion: $version, input: $input) { slug version nameEn website description } }`;

const ADD_WORK = `mutation Add($slug: String!, $input: WorkInput!) { addCivilSocietyWork(agencySlug: $slug, input: $input) { id title version agency { slug } } }`;
const ADD_CONTACT = `mutation Add($slug: String!, $input: ContactInput!) { addContactPerson(agencySlug: $slug, input: $input) { id name email phone } }`;

const WORK = {
  kind: 'MEETING_PLACE',
  title: 'Mötesplats i Malmö',
  summary: 'Träffar för asylsökande',
  description: 'Lokaler och material för föreningars aktiviteter.',
};

describe('the directory API', () => {
  let api: TestApp;
  let liaison: GraphQLClient;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApp();
    liaison = (await api.login(DEMO.liaisonMigrationsverket)).client;
    coordinator = (await api.login(DEMO.coordinator)).client;
  });

  afterAll(async () => {
    await api.close();
  });

  describe('reading', () => {
    it('lists the three networks with their current members (26 in the agency network; SST left at the merger)', async () => {
      const { networks } = await api.gql.data<{ networks: { slug: string; agencies: { slug: string }[] }[] }>('{ networks { slug agencies { slug } } }');
      expect(networks.map((network) => network.slug)).toEqual(['kommunnatverket', 'myndighetsnatverket', 'regionnatverket']);
      const members = networks.find((network) => network.slug === 'myndighetsnatverket')!.agencies.map((agency) => agency.slug);
      expect(members).toHaveLength(26);
      expect(members).not.toContain('sst');
      expect(members).toEqual([...members].sort());
    });

    it('pages through all agencies with cursors, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { agencies }: { agencies: { totalCount: number; nodes: { slug: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
          await api.gql.data(
            'query Page($after: String) { agencies(first: 10, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }',
            { after },
          );
        expect(agencies.totalCount).toBe(27);
        seen.push(...agencies.nodes.map((agency) => agency.slug));
        after = agencies.pageInfo.hasNextPage ? agencies.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(27);
      expect(seen).toEqual([...seen].sort());
    });

    it('filters agencies by network and by words in the name or abbreviation', async () => {
      const byNetwork = await api.gql.data<{ agencies: { totalCount: number } }>('{ agencies(filter: { networkSlug: "myndighetsnatverket" }) { totalCount } }');
      expect(byNetwork.agencies.totalCount).toBe(26);
      const byWords = await api.gql.data<{ agencies: { nodes: { slug: string }[] } }>('{ agencies(filter: { query: "brottsoffer" }) { nodes { slug } } }');
      expect(byWords.agencies.nodes.map((agency) => agency.slug)).toEqual(['brottsoffermyndigheten']);
      const byAbbreviation = await api.gql.data<{ agencies: { nodes: { slug: string }[] } }>('{ agencies(filter: { query: "MSB" }) { nodes { slug } } }');
      expect(byAbbreviation.agencies.nodes.map((agency) => agency.slug)).toContain('msb');
      const none = await api.gql.data<{ agencies: { totalCount: number; nodes: unknown[]; pageInfo: { endCursor: string | null } } }>(
        '{ agencies(filter: { query: "finns-inte-alls" }) { totalCount nodes { slug } pageInfo { endCursor } } }',
      );
      expect(none.agencies).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null } });
    });

    it('filters civil-society work by kind, agency, target group and support offered', async () => {
      const all = await api.gql.data<{ civilSocietyWork: { totalCount: number } }>('{ civilSocietyWork { totalCount } }');
      expect(all.civilSocietyWork.totalCount).toBe(69);
      const grants = await api.gql.data<{ civilSocietyWork: { nodes: { kind: string }[]; totalCount: number } }>(
        '{ civilSocietyWork(filter: { kind: [GRANT] }, first: 100) { totalCount nodes { kind } } }',
      );
      expect(grants.civilSocietyWork.totalCount).toBeGreaterThan(0);
      expect(grants.civilSocietyWork.nodes.every((work) => work.kind === 'GRANT')).toBe(true);
      const travel = await api.gql.data<{ civilSocietyWork: { nodes: { supportOffered: string[]; agency: { slug: string } }[] } }>(
        '{ civilSocietyWork(filter: { supportOffered: [TRAVEL_REIMBURSEMENT] }) { nodes { supportOffered agency { slug } } } }',
      );
      expect(travel.civilSocietyWork.nodes.map((work) => work.agency.slug)).toContain('migrationsverket');
      expect(travel.civilSocietyWork.nodes.every((work) => work.supportOffered.includes('TRAVEL_REIMBURSEMENT'))).toBe(true);
      const ofAgency = await api.gql.data<{ civilSocietyWork: { nodes: { agency: { slug: string } }[] } }>(
        '{ civilSocietyWork(filter: { agencySlug: "brottsoffermyndigheten" }) { nodes { agency { slug } } } }',
      );
      expect(ofAgency.civilSocietyWork.nodes.length).toBeGreaterThan(0);
      expect(ofAgency.civilSocietyWork.nodes.every((work) => work.agency.slug === 'brottsoffermyndigheten')).toBe(true);
      const byGroup = await api.gql.data<{ civilSocietyWork: { nodes: { targetGroups: string[] }[] } }>(
        '{ civilSocietyWork(filter: { targetGroup: "FÖRENING" }) { nodes { targetGroups } } }',
      );
      expect(byGroup.civilSocietyWork.nodes.length).toBeGreaterThan(0);
      expect(byGroup.civilSocietyWork.nodes.every((work) => work.targetGroups.some((group) => group.toLowerCase().includes('förening')))).toBe(true);
    });

    it('shows contact e-mail and phone to signed-in members only', async () => {
      const anonymous = await api.gql.data<{ agency: { contacts: { name: string; email: string | null; phone: string | null }[] } }>(AGENCY, {
        slug: 'skatteverket',
      });
      expect(anonymous.agency.contacts.length).toBeGreaterThan(0);
      for (const contact of anonymous.agency.contacts) expect(contact).toMatchObject({ name: expect.any(String), email: null, phone: null });
      const member = (await api.login(DEMO.member)).client;
      const signedIn = await member.data<{ agency: { contacts: { email: string | null; phone: string | null }[] } }>(AGENCY, { slug: 'skatteverket' });
      for (const contact of signedIn.agency.contacts) expect(contact.email).toMatch(/@skatteverket\.natverket\.example$/);
    });

    it('loads agencies by id as Prisma reads them, every column, whatever is asked for', async () => {
      // The loader behind every agency field reads with SQL of its own; a column added to the model must reach it too.
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      const agencies = (await api.prisma.client.agency.findMany()).sort(byId);
      const loaded = await api.app.get(DirectoryRepository).agenciesByIds([...agencies.map((agency) => agency.id), '00000000-0000-4000-8000-000000000000']);
      expect(agencies).toHaveLength(27);
      expect([...loaded].sort(byId)).toEqual(agencies);
      expect(Object.keys(loaded[0]!).sort()).toEqual(Object.keys(agencies[0]!).sort());
    });

    it('answers null for an unknown agency and NOT_FOUND for unknown ids', async () => {
      expect(await api.gql.data(AGENCY, { slug: 'finns-inte' })).toEqual({ agency: null });
      expect(await coordinator.code('mutation { removeCivilSocietyWork(id: "not-a-uuid") }')).toBe('NOT_FOUND');
      expect(await coordinator.code('mutation { removeContactPerson(id: "00000000-0000-4000-8000-000000000000") }')).toBe('NOT_FOUND');
    });
  });

  describe('editing', () => {
    it('lets a liaison update the profile, raising the version and writing an audit event in the same transaction', async () => {
      const before = await api.gql.data<{ agency: { version: number } }>(AGENCY, { slug: 'migrationsverket' });
      const { updateAgencyProfile } = await liaison.data<{ updateAgencyProfile: { version: number; nameEn: string; website: string } }>(UPDATE_PROFILE, {
        slug: 'migrationsverket',
        version: before.agency.version,
        input: { nameEn: '  Swedish Migration Agency  ', website: 'https://www.migrationsverket.se/English' },
      });
      expect(updateAgencyProfile).toMatchObject({
        version: before.agency.version + 1,
        nameEn: 'Swedish Migration Agency',
        website: 'https://www.migrationsverket.se/English',
      });
      const { auditLog } = await coordinator.data<{ auditLog: { nodes: { action: string; actor: { email: string }; before: string; after: string }[] } }>(
        '{ auditLog(entityType: "Agency", first: 1) { nodes { action actor { email } before after } } }',
      );
      expect(auditLog.nodes[0]).toMatchObject({ action: 'agency.updated', actor: { email: DEMO.liaisonMigrationsverket } });
      expect(JSON.parse(auditLog.nodes[0]!.after)).toMatchObject({ nameEn: 'Swedish Migration Agency', version: before.agency.version + 1 });
      expect(JSON.parse(auditLog.nodes[0]!.before)).toMatchObject({ version: before.agency.version });
    });

    it('lets exactly one of two concurrent edits of the same version win; the other is a CONFLICT and nothing is lost', async () => {
      const { agency } = await api.gql.data<{ agency: { version: number } }>(AGENCY, { slug: 'migrationsverket' });
      const auditBefore = await coordinator.data<{ auditLog: { totalCount: number } }>('{ auditLog(entityType: "Agency") { totalCount } }');
      const edits = ['Första beskrivningen', 'Andra beskrivningen'];
      const results = await Promise.all(
        edits.map((description, index) =>
          (index === 0 ? liaison : coordinator).request(UPDATE_PROFILE, { slug: 'migrationsverket', version: agency.version, input: { description } }),
        ),
      );
      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: expect.any(Number) });
      const after = await api.gql.data<{ agency: { version: number; description: string } }>(AGENCY, { slug: 'migrationsverket' });
      expect(after.agency.version).toBe(agency.version + 1);
      expect(after.agency.description).toBe((winners[0]!.data as { updateAgencyProfile: { description: string } }).updateAgencyProfile.description);
      const auditAfter = await coordinator.data<{ auditLog: { totalCount: number } }>('{ auditLog(entityType: "Agency") { totalCount } }');
      expect(auditAfter.auditLog.totalCount).toBe(auditBefore.auditLog.totalCount + 1);
    });

    it('refuses a stale version with the current state, so the editor can merge', async () => {
      const { agency } = await api.gql.data<{ agency: { version: number; description: string } }>(AGENCY, { slug: 'migrationsverket' });
      const result = await liaison.request(UPDATE_PROFILE, {
        slug: 'migrationsverket',
        version: agency.version - 1,
        input: { ministry: 'Justitiedepartementet' },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: agency.version, current: { description: agency.description } });
      const after = await api.gql.data<{ agency: { version: number } }>(AGENCY, { slug: 'migrationsverket' });
      expect(after.agency.version).toBe(agency.version);
    });

    it('adds, updates (with an optional version) and removes work and contacts, each audited', async () => {
      const { addCivilSocietyWork: work } = await liaison.data<{ addCivilSocietyWork: { id: string; version: number; agency: { slug: string } } }>(ADD_WORK, {
        slug: 'migrationsverket',
        input: { ...WORK, targetGroups: [' ideella föreningar ', ''], supportOffered: ['PREMISES', 'MATERIALS', 'PREMISES'] },
      });
      expect(work.agency.slug).toBe('migrationsverket');
      const update = `mutation U($id: ID!, $input: WorkInput!, $version: Int) { updateCivilSocietyWork(id: $id, input: $input, expectedVersion: $version) { title version targetGroups supportOffered } }`;
      const updated = await liaison.data<{ updateCivilSocietyWork: { version: number; targetGroups: string[]; supportOffered: string[] } }>(update, {
        id: work.id,
        input: { ...WORK, title: 'Mötesplats i Malmö och Lund', targetGroups: ['asylsökande'], supportOffered: ['PREMISES', 'PREMISES'] },
        version: work.version,
      });
      expect(updated.updateCivilSocietyWork).toMatchObject({ version: work.version + 1, targetGroups: ['asylsökande'], supportOffered: ['PREMISES'] });
      expect(await liaison.code(update, { id: work.id, input: WORK, version: work.version })).toBe('CONFLICT');
      expect(await liaison.data(`mutation { removeCivilSocietyWork(id: "${work.id}") }`)).toEqual({ removeCivilSocietyWork: true });
      expect(await liaison.code(`mutation { removeCivilSocietyWork(id: "${work.id}") }`)).toBe('NOT_FOUND');

      const { addContactPerson: contact } = await liaison.data<{ addContactPerson: { id: string; email: string } }>(ADD_CONTACT, {
        slug: 'migrationsverket',
        input: { name: 'Kim Testsson', email: 'Kim.Testsson@Migrationsverket.Natverket.Example', phone: '070-174 06 99', responsibilities: ['mötesplatser'] },
      });
      expect(contact.email).toBe('kim.testsson@migrationsverket.natverket.example');
      expect(await liaison.data(`mutation { removeContactPerson(id: "${contact.id}") }`)).toEqual({ removeContactPerson: true });

      const { auditLog } = await coordinator.data<{ auditLog: { nodes: { action: string }[] } }>('{ auditLog(first: 6) { nodes { action } } }');
      expect(auditLog.nodes.map((event) => event.action).slice(0, 4)).toEqual(['contact.removed', 'contact.created', 'work.removed', 'work.updated']);
    });
    it('keeps contact people’s e-mail and phone out of the audit log, so removing a contact erases them', async () => {
      const { addContactPerson: contact } = await liaison.data<{ addContactPerson: { id: string } }>(ADD_CONTACT, {
        slug: 'migrationsverket',
        input: { name: 'Robin Raderas', email: 'robin.raderas@migrationsverket.natverket.example', phone: '070-174 06 98' },
      });
      await liaison.data(`mutation { removeContactPerson(id: "${contact.id}") }`);
      const { auditLog } = await coordinator.data<{ auditLog: { nodes: { before: string | null; after: string | null }[] } }>(
        `{ auditLog(entityType: "ContactPerson", entityId: "${contact.id}") { nodes { before after } } }`,
      );
      expect(auditLog.nodes).toHaveLength(2);
      const text = JSON.stringify(auditLog.nodes);
      expect(text).toContain('Robin Raderas');
      expect(text).not.toContain('robin.raderas@');
      expect(text).not.toContain('174 06 98');
    });
  });

  describe('bad input', () => {
    it('names each invalid field and changes nothing', async () => {
      const { agency } = await api.gql.data<{ agency: { version: number; website: string } }>(AGENCY, { slug: 'migrationsverket' });
      const result = await liaison.request(UPDATE_PROFILE, {
        slug: 'migrationsverket',
        version: agency.version,
        input: { website: 'javascript:alert(1)', nameEn: 'x'.repeat(201), description: '   ' },
      });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { 'input.website': expect.any(String), 'input.nameEn': expect.any(String), 'input.description': expect.any(String) },
      });
      const after = await api.gql.data<{ agency: { version: number; website: string } }>(AGENCY, { slug: 'migrationsverket' });
      expect(after.agency).toEqual(agency);
    });

    it.each([
      ['an empty title', { ...WORK, title: '' }, 'input.title'],
      ['a title over 200 characters', { ...WORK, title: 'å'.repeat(201) }, 'input.title'],
      ['a description over 20 000 characters', { ...WORK, description: 'a'.repeat(20_001) }, 'input.description'],
      ['an ftp URL', { ...WORK, url: 'ftp://example.org/fil' }, 'input.url'],
      ['a URL that is not one', { ...WORK, url: 'inte en adress' }, 'input.url'],
      ['too many target groups', { ...WORK, targetGroups: Array.from({ length: 21 }, (_, index) => `grupp ${index}`) }, 'input.targetGroups'],
      ['an over-long target group', { ...WORK, targetGroups: ['g'.repeat(201)] }, 'input.targetGroups'],
    ])('refuses work with %s', async (_case, input, field) => {
      const before = await api.gql.data<{ civilSocietyWork: { totalCount: number } }>('{ civilSocietyWork { totalCount } }');
      const result = await liaison.request(ADD_WORK, { slug: 'migrationsverket', input });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {})).toEqual([field]);
      const after = await api.gql.data<{ civilSocietyWork: { totalCount: number } }>('{ civilSocietyWork { totalCount } }');
      expect(after.civilSocietyWork.totalCount).toBe(before.civilSocietyWork.totalCount);
    });

    it.each([
      ['a malformed e-mail', { name: 'Kim', email: 'kim@' }, 'input.email'],
      ['a phone number without digits', { name: 'Kim', phone: 'ring mig' }, 'input.phone'],
      ['a blank name', { name: ' ' }, 'input.name'],
    ])('refuses a contact with %s', async (_case, input, field) => {
      const result = await liaison.request(ADD_CONTACT, { slug: 'migrationsverket', input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    });

    it('calls an unknown enum value BAD_USER_INPUT naming the field, inline or in variables', async () => {
      const inline = await api.gql.request('{ civilSocietyWork(filter: { kind: [NOT_A_KIND] }) { totalCount } }');
      expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'filter.kind': expect.any(String) } });
      const variables = await liaison.request(ADD_WORK, { slug: 'migrationsverket', input: { ...WORK, kind: 'NOT_A_KIND' } });
      expect(variables.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.kind': expect.any(String) } });
    });

    it('bounds pagination and rejects damaged cursors', async () => {
      expect(await api.gql.code('{ agencies(first: 101) { totalCount } }')).toBe('BAD_USER_INPUT');
      expect(await api.gql.code('{ agencies(first: 0) { totalCount } }')).toBe('BAD_USER_INPUT');
      const damaged = await api.gql.request('{ agencies(after: "inte-en-markör") { totalCount } }');
      expect(damaged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    });

    it('refuses a request body over 1 MB with a clear error', async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ networks { slug } }', variables: { padding: 'x'.repeat(1_100_000) } }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining('1 MB'), extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it('refuses operations with more fields than the limit, however they are aliased', async () => {
      const aliases = Array.from({ length: 200 }, (_, index) => `a${index}: agencies(first: 100) { nodes { slug contacts { name } } }`).join(' ');
      const result = await api.gql.request(`{ ${aliases} }`);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('för många fält'), extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('bounds and cleans plain string arguments too', async () => {
      const nul = await api.gql.request('query A($slug: String!) { agency(slug: $slug) { slug } }', { slug: 'a\u0000b' });
      expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slug: expect.any(String) } });
      const long = await api.gql.request('query A($slug: String!) { agency(slug: $slug) { slug } }', { slug: 'a'.repeat(60_001) });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slug: expect.any(String) } });
      expect(await coordinator.code('{ auditLog(actorId: "abc") { totalCount } }')).toBe('BAD_USER_INPUT');
      // A typed wildcard means itself.
      expect((await api.gql.data<{ agencies: { totalCount: number } }>('{ agencies(filter: { query: "_" }) { totalCount } }')).agencies.totalCount).toBe(0);
    });

    it('refuses queries nested deeper than the limit', async () => {
      const deep = '{ networks { agencies { networks { agencies { networks { agencies { networks { agencies { networks { agencies { slug } } } } } } } } } } }';
      expect(await api.gql.code(deep)).toBe('BAD_USER_INPUT');
    });
  });

  describe('query budget', () => {
    const PAGE = `query Page($first: Int) { agencies(first: $first) { nodes { slug networks { slug } contacts { name email }
      civilSocietyWork { title agency { slug networks { slug } } } } } }`;

    it('runs a constant number of SQL statements for a page of agencies with their work, contacts and networks, whatever its size', async () => {
      const counts: number[] = [];
      for (const first of [1, 5, 27]) {
        const { statements } = await api.prisma.statements.measure(() => coordinator.data(PAGE, { first }));
        counts.push(statements);
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(new Set(counts).size).toBe(1);
      // page + count + work + contacts + memberships + networks + the viewer's session check
      expect(counts[0]).toBeLessThanOrEqual(8);
    });
  });
});
