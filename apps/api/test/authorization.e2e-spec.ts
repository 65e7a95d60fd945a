import { DEMO, type GraphQLClient, type GraphQLResponse, startTestApp, TEST_PASSWORD, type TestApp } from '#testing';

/**
 * Every directory and auth mutation, run as every role, against DESIGN.md's
 * table of who may do what. The expectations come from the table below,
 * copied by hand, and never from the app's own permission module: a wrong
 * rule there must make this test fail.
 */

const ACTORS = ['anonymous', 'member', 'liaison', 'coordinator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];

/** What the API answers: a success, or the first error's `extensions.code`. */
type Code = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A cell of the table: allowed, not allowed, or allowed only on the actor's own agency. */
type Cell = '✓' | '' | 'own';

// Laid out as DESIGN.md's table, one column per role, so that the two can be compared by eye.
const RULES = {
  //                                anonymous member  liaison  coordinator admin
  // DESIGN.md: "read contact e-mail and phone, threads, published minutes, development areas"
  readContactDetails: ['', '✓', '✓', '✓', '✓'],
  // DESIGN.md: "edit own agency's profile, work and contacts"
  editAgency: ['', '', 'own', '✓', '✓'],
  // DESIGN.md: "invite LIAISON or MEMBER"
  inviteLiaisonOrMember: ['', '', '', '✓', '✓'],
  // DESIGN.md: "invite COORDINATOR or ADMIN; manage networks"
  inviteCoordinatorOrAdmin: ['', '', '', '', '✓'],
  // Not a row of DESIGN.md's table: its "who uses it" table gives admins "everything, plus users",
  // and the contract (auditLog's description) gives the audit log to coordinators and admins.
  readAuditLog: ['', '', '', '✓', '✓'],
  manageUsers: ['', '', '', '', '✓'],
  // Signing in, refreshing, signing out and accepting an invitation must work for anyone,
  // or nobody could ever become signed in.
  signIn: ['✓', '✓', '✓', '✓', '✓'],
} satisfies Record<string, readonly [Cell, Cell, Cell, Cell, Cell]>;
type Rule = keyof typeof RULES;

/** The demo accounts' agencies (DESIGN.md, "Demo accounts"); what 'own' in the table refers to. */
const HOME_AGENCY: Record<Actor, string | null> = {
  anonymous: null,
  member: 'skatteverket',
  liaison: 'migrationsverket',
  coordinator: 'mucf',
  admin: null,
};

const ACCOUNT: Record<Exclude<Actor, 'anonymous'>, string> = {
  member: DEMO.member,
  liaison: DEMO.liaisonMigrationsverket,
  coordinator: DEMO.coordinator,
  admin: DEMO.admin,
};

/**
 * The liaison's own agency, and another: the member's own, which a member may
 * not edit either. Neither is the coordinator's or the admin's.
 */
const TARGET_AGENCIES = ['migrationsverket', 'skatteverket'] as const;

function expected(rule: Rule, actor: Actor, agencySlug?: string): Code {
  const cell: Cell = RULES[rule][ACTORS.indexOf(actor)];
  if (cell === '✓' || (cell === 'own' && agencySlug !== undefined && agencySlug === HOME_AGENCY[actor])) return 'OK';
  return actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

function codeOf(result: GraphQLResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

let serial = 0;
/** A label no other case uses, so that one case never finds another's leftovers. */
function unique(prefix: string): string {
  serial += 1;
  return `${prefix} ${serial}`;
}

function workInput(title: string): Record<string, unknown> {
  return {
    kind: 'GRANT',
    title,
    summary: 'Made by the authorization test.',
    description: 'A grant that exists only for the authorization test.',
    targetGroups: ['Ideella föreningar'],
    supportOffered: ['FUNDING'],
  };
}

function contactInput(name: string): Record<string, unknown> {
  return { name, title: 'Handläggare', email: 'handlaggare@example.org', phone: '010-123 45 67', responsibilities: ['Bidrag'] };
}

interface AgencyState {
  agency: {
    id: string;
    version: number;
    ministry: string | null;
    civilSocietyWork: { id: string; title: string; version: number }[];
    contacts: { id: string; name: string; version: number }[];
  } & Record<string, unknown>;
  auditLog: { totalCount: number };
}

// Everything a directory mutation could touch, and the audit log's size: a refused mutation must leave all of it as it was.
const STATE = `query State($slug: String!) {
  agency(slug: $slug) {
    id version name nameEn abbreviation website ministry description descriptionEn updatedAt
    civilSocietyWork { id kind title titleEn summary description descriptionEn targetGroups supportOffered howToApply url version updatedAt }
    contacts { id name title email phone responsibilities version }
  }
  auditLog(first: 1) { totalCount }
}`;

const ADD_WORK = `mutation AddWork($agencySlug: String!, $input: WorkInput!) { addCivilSocietyWork(agencySlug: $agencySlug, input: $input) { id } }`;
const ADD_CONTACT = `mutation AddContact($agencySlug: String!, $input: ContactInput!) { addContactPerson(agencySlug: $agencySlug, input: $input) { id } }`;
const INVITE = `mutation Invite($email: String!, $name: String!, $role: Role!, $agencySlug: String) {
  inviteUser(email: $email, name: $name, role: $role, agencySlug: $agencySlug) { id email role acceptUrl }
}`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`;
const ME = `query Me { me { email } }`;

interface DirectoryContext {
  slug: string;
  /** The work item or contact the case acts on, made fresh for it; '' when the mutation makes its own. */
  id: string;
  label: string;
  before: AgencyState;
}

interface DirectoryMutation {
  name: string;
  /** Makes, as admin, the item the mutation acts on: an earlier case may have changed or removed the last one. */
  prepare?: (admin: GraphQLClient, slug: string) => Promise<string>;
  document: string;
  variables: (context: DirectoryContext) => Record<string, unknown>;
  /** What an allowed mutation must have changed. */
  expectDone: (context: DirectoryContext, after: AgencyState) => void;
}

async function addWork(admin: GraphQLClient, slug: string): Promise<string> {
  const { addCivilSocietyWork } = await admin.data<{ addCivilSocietyWork: { id: string } }>(ADD_WORK, {
    agencySlug: slug,
    input: workInput(unique('Target work')),
  });
  return addCivilSocietyWork.id;
}

async function addContact(admin: GraphQLClient, slug: string): Promise<string> {
  const { addContactPerson } = await admin.data<{ addContactPerson: { id: string } }>(ADD_CONTACT, {
    agencySlug: slug,
    input: contactInput(unique('Target Contact')),
  });
  return addContactPerson.id;
}

const DIRECTORY_MUTATIONS: DirectoryMutation[] = [
  {
    name: 'updateAgencyProfile',
    document: `mutation Update($slug: String!, $expectedVersion: Int!, $input: AgencyProfileInput!) {
      updateAgencyProfile(slug: $slug, expectedVersion: $expectedVersion, input: $input) { version }
    }`,
    // The current version, so that a refusal can only be about who asks and never a CONFLICT.
    variables: ({ slug, label, before }) => ({ slug, expectedVersion: before.agency.version, input: { ministry: label } }),
    expectDone: ({ label, before }, after) => {
      expect(after.agency.version).toBe(before.agency.version + 1);
      expect(after.agency.ministry).toBe(label);
    },
  },
  {
    name: 'addCivilSocietyWork',
    document: ADD_WORK,
    variables: ({ slug, label }) => ({ agencySlug: slug, input: workInput(label) }),
    expectDone: ({ label, before }, after) => {
      expect(after.agency.civilSocietyWork).toHaveLength(before.agency.civilSocietyWork.length + 1);
      expect(after.agency.civilSocietyWork.map((work) => work.title)).toContain(label);
    },
  },
  {
    name: 'updateCivilSocietyWork',
    prepare: addWork,
    document: `mutation UpdateWork($id: ID!, $input: WorkInput!) { updateCivilSocietyWork(id: $id, input: $input) { id } }`,
    variables: ({ id, label }) => ({ id, input: workInput(label) }),
    expectDone: ({ id, label }, after) => {
      expect(after.agency.civilSocietyWork.find((work) => work.id === id)).toMatchObject({ title: label, version: 2 });
    },
  },
  {
    name: 'removeCivilSocietyWork',
    prepare: addWork,
    document: `mutation RemoveWork($id: ID!) { removeCivilSocietyWork(id: $id) }`,
    variables: ({ id }) => ({ id }),
    expectDone: ({ id, before }, after) => {
      expect(after.agency.civilSocietyWork).toHaveLength(before.agency.civilSocietyWork.length - 1);
      expect(after.agency.civilSocietyWork.map((work) => work.id)).not.toContain(id);
    },
  },
  {
    name: 'addContactPerson',
    document: ADD_CONTACT,
    variables: ({ slug, label }) => ({ agencySlug: slug, input: contactInput(label) }),
    expectDone: ({ label, before }, after) => {
      expect(after.agency.contacts).toHaveLength(before.agency.contacts.length + 1);
      expect(after.agency.contacts.map((contact) => contact.name)).toContain(label);
    },
  },
  {
    name: 'updateContactPerson',
    prepare: addContact,
    document: `mutation UpdateContact($id: ID!, $input: ContactInput!) { updateContactPerson(id: $id, input: $input) { id } }`,
    variables: ({ id, label }) => ({ id, input: contactInput(label) }),
    expectDone: ({ id, label }, after) => {
      expect(after.agency.contacts.find((contact) => contact.id === id)).toMatchObject({ name: label, version: 2 });
    },
  },
  {
    name: 'removeContactPerson',
    prepare: addContact,
    document: `mutation RemoveContact($id: ID!) { removeContactPerson(id: $id) }`,
    variables: ({ id }) => ({ id }),
    expectDone: ({ id, before }, after) => {
      expect(after.agency.contacts).toHaveLength(before.agency.contacts.length - 1);
      expect(after.agency.contacts.map((contact) => contact.id)).not.toContain(id);
    },
  },
];

const INVITATIONS = [
  { role: 'LIAISON', agencySlug: 'migrationsverket', rule: 'inviteLiaisonOrMember' },
  { role: 'MEMBER', agencySlug: 'skatteverket', rule: 'inviteLiaisonOrMember' },
  { role: 'COORDINATOR', agencySlug: 'mucf', rule: 'inviteCoordinatorOrAdmin' },
  { role: 'ADMIN', agencySlug: null, rule: 'inviteCoordinatorOrAdmin' },
] as const satisfies readonly { role: string; agencySlug: string | null; rule: Rule }[];

const USER_SWITCHES = [
  { mutation: 'disableUser', startsDisabled: false },
  { mutation: 'enableUser', startsDisabled: true },
] as const;

/**
 * The account the sign-in cases use: no actor's, so that their sessions and
 * failed attempts (the login throttle counts them) cannot touch the actors'.
 */
const SPARE_ACCOUNT = DEMO.liaisonBrottsoffermyndigheten;
const NEW_PASSWORD = 'ett-långt-lösenord-för-testet';

describe('who may do what (DESIGN.md, "Rules that the tests hold")', () => {
  let api: TestApp;
  const clients = {} as Record<Actor, GraphQLClient>;

  beforeAll(async () => {
    api = await startTestApp();
    clients.anonymous = api.gql;
    // One sign-in per role for the whole file: each costs an Argon2 verification.
    const sessions = await Promise.all(
      ACTORS.filter((actor) => actor !== 'anonymous').map(async (actor) => [actor, (await api.login(ACCOUNT[actor])).client] as const),
    );
    for (const [actor, client] of sessions) clients[actor] = client;
  });

  afterAll(async () => {
    await api.close();
  });

  async function auditCount(): Promise<number> {
    const { auditLog } = await clients.admin.data<{ auditLog: { totalCount: number } }>(`query { auditLog(first: 1) { totalCount } }`);
    return auditLog.totalCount;
  }

  async function invite(by: GraphQLClient, email: string): Promise<string> {
    const { inviteUser } = await by.data<{ inviteUser: { acceptUrl: string } }>(INVITE, {
      email,
      name: 'Ny Användare',
      role: 'MEMBER',
      agencySlug: 'skatteverket',
    });
    return new URL(inviteUser.acceptUrl).searchParams.get('token')!;
  }

  describe.each(DIRECTORY_MUTATIONS)('$name', (mutation) => {
    const cases = ACTORS.flatMap((actor) => TARGET_AGENCIES.map((slug) => ({ actor, slug, code: expected('editAgency', actor, slug) })));

    it.each(cases)('as $actor on $slug: $code', async ({ actor, slug, code }) => {
      const id = mutation.prepare ? await mutation.prepare(clients.admin, slug) : '';
      const before = await clients.admin.data<AgencyState>(STATE, { slug });
      const context: DirectoryContext = { slug, id, label: unique(`${mutation.name} by ${actor}`), before };

      const result = await clients[actor].request(mutation.document, mutation.variables(context));

      expect(codeOf(result)).toBe(code);
      const after = await clients.admin.data<AgencyState>(STATE, { slug });
      if (code === 'OK') {
        expect(after.auditLog.totalCount).toBe(before.auditLog.totalCount + 1);
        mutation.expectDone(context, after);
      } else {
        // Nothing written: not the agency, its work, its contacts, nor an audit event.
        expect(after).toEqual(before);
      }
    });
  });

  describe.each(INVITATIONS)('inviteUser as $role', ({ role, agencySlug, rule }) => {
    it.each(ACTORS.map((actor) => ({ actor, code: expected(rule, actor) })))('by $actor: $code', async ({ actor, code }) => {
      const email = `${unique(`invitee-${role}-by-${actor}`).replace(/ /g, '-').toLowerCase()}@example.org`;
      const auditBefore = await auditCount();

      const result = await clients[actor].request(INVITE, { email, name: 'Inbjuden Person', role, agencySlug });

      expect(codeOf(result)).toBe(code);
      const invitations = await api.prisma.client.invitation.findMany({ where: { email }, select: { role: true } });
      expect(invitations).toEqual(code === 'OK' ? [{ role }] : []);
      expect(await auditCount()).toBe(auditBefore + (code === 'OK' ? 1 : 0));
    });
  });

  describe.each(USER_SWITCHES)('$mutation', ({ mutation, startsDisabled }) => {
    it.each(ACTORS.map((actor) => ({ actor, code: expected('manageUsers', actor) })))('by $actor: $code', async ({ actor, code }) => {
      // A fresh account of its own: disabling a demo account would end an actor's session.
      const target = await api.prisma.client.user.create({
        data: {
          email: `${unique(`${mutation}-by-${actor}`).replace(/ /g, '-').toLowerCase()}@example.org`,
          name: 'Målkonto',
          role: 'MEMBER',
          passwordHash: 'never-signs-in',
          disabledAt: startsDisabled ? new Date() : null,
        },
      });
      const auditBefore = await auditCount();

      const result = await clients[actor].request(`mutation Switch($id: ID!) { ${mutation}(id: $id) { id active } }`, { id: target.id });

      expect(codeOf(result)).toBe(code);
      const after = await api.prisma.client.user.findUniqueOrThrow({ where: { id: target.id } });
      if (code === 'OK') {
        expect(result.data).toEqual({ [mutation]: { id: target.id, active: startsDisabled } });
        expect(after.disabledAt === null).toBe(startsDisabled);
        expect(await auditCount()).toBe(auditBefore + 1);
      } else {
        expect(after.disabledAt).toEqual(target.disabledAt);
        expect(await auditCount()).toBe(auditBefore);
      }
    });
  });

  describe('the sign-in mutations, open to anyone', () => {
    const cases = ACTORS.map((actor) => ({ actor, code: expected('signIn', actor) }));

    it.each(cases)('login by $actor: $code', async ({ actor, code }) => {
      const result = await clients[actor].request<{ login: { accessToken: string } }>(LOGIN, { email: SPARE_ACCOUNT, password: TEST_PASSWORD });

      expect(codeOf(result)).toBe(code);
      const { me } = await api.gql.as(result.data!.login.accessToken).data<{ me: { email: string } }>(ME);
      expect(me.email).toBe(SPARE_ACCOUNT);
    });

    // Whoever asks, a wrong password is a failed sign-in, never a session.
    it.each(ACTORS)('login with a wrong password by %s: UNAUTHENTICATED', async (actor) => {
      const result = await clients[actor].request(LOGIN, { email: SPARE_ACCOUNT, password: `${TEST_PASSWORD}-fel` });

      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.data?.login ?? null).toBeNull();
    });

    it.each(cases)('refreshSession by $actor: $code', async ({ actor, code }) => {
      const session = await api.login(SPARE_ACCOUNT);

      const result = await clients[actor].request<{ refreshSession: { refreshToken: string } }>(
        `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { refreshToken } }`,
        { refreshToken: session.refreshToken },
      );

      expect(codeOf(result)).toBe(code);
      expect(result.data!.refreshSession.refreshToken).not.toBe(session.refreshToken);
    });

    it.each(cases)('logout by $actor: $code', async ({ actor, code }) => {
      const session = await api.login(SPARE_ACCOUNT);

      const result = await clients[actor].request<{ logout: boolean }>(`mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`, {
        refreshToken: session.refreshToken,
      });

      expect(codeOf(result)).toBe(code);
      expect(result.data).toEqual({ logout: true });
      // The session has ended: its access token no longer signs anyone in.
      await expect(session.client.code(ME)).resolves.toBe('UNAUTHENTICATED');
    });

    it.each(cases)('acceptInvitation by $actor: $code', async ({ actor, code }) => {
      const email = `${unique(`accepts-as-${actor}`).replace(/ /g, '-').toLowerCase()}@example.org`;
      const token = await invite(clients.admin, email);

      const result = await clients[actor].request<{ acceptInvitation: { user: { email: string; role: string } } }>(
        `mutation Accept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { user { email role } } }`,
        { token, password: NEW_PASSWORD },
      );

      expect(codeOf(result)).toBe(code);
      expect(result.data!.acceptInvitation.user).toEqual({ email, role: 'MEMBER' });
    });
  });

  describe('queries', () => {
    it.each(ACTORS.map((actor) => ({ actor, code: expected('readAuditLog', actor) })))('auditLog by $actor: $code', async ({ actor, code }) => {
      const result = await clients[actor].request<{ auditLog: { totalCount: number } }>(`query { auditLog(first: 1) { totalCount } }`);

      expect(codeOf(result)).toBe(code);
      if (code === 'OK') expect(result.data!.auditLog.totalCount).toBeGreaterThanOrEqual(0);
      else expect(result.data?.auditLog ?? null).toBeNull();
    });

    it.each(ACTORS.map((actor) => ({ actor, shown: expected('readContactDetails', actor) === 'OK' })))(
      'contact e-mail and phone for $actor: shown $shown',
      async ({ actor, shown }) => {
        type Contacts = { contacts: { name: string; email: string | null; phone: string | null }[] };
        const data = await clients[actor].data<Record<string, Contacts>>(
          `query { ${TARGET_AGENCIES.map((slug) => `${slug}: agency(slug: "${slug}") { contacts { name email phone } }`).join(' ')} }`,
        );

        const contacts = Object.values(data).flatMap((agency) => agency.contacts);
        // The seeded contacts all have an e-mail address and a phone number, so null can only mean hidden.
        expect(contacts.length).toBeGreaterThan(0);
        for (const contact of contacts) {
          // Names are for everyone (DESIGN.md: "read directory, work, contact names").
          expect(contact.name).toEqual(expect.any(String));
          if (shown) {
            expect(contact.email).toEqual(expect.any(String));
            expect(contact.phone).toEqual(expect.any(String));
          } else {
            expect(contact.email).toBeNull();
            expect(contact.phone).toBeNull();
          }
        }
      },
    );
  });
});
