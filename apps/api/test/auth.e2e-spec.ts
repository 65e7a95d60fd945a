import { DEMO, type GraphQLClient, type GraphQLErrorBody, startTestApp, TEST_PASSWORD, type TestApp } from '#testing';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id email role agency { slug } } }
}`;
const ME = `query { me { id email role agency { slug } } }`;
const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken } }`;
const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;
const INVITE = `mutation Invite($email: String!, $name: String!, $role: Role!, $agencySlug: String) {
  inviteUser(email: $email, name: $name, role: $role, agencySlug: $agencySlug) { id email role expiresAt acceptUrl }
}`;
const ACCEPT = `mutation Accept($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { accessToken refreshToken user { id email role agency { slug } } }
}`;
const DISABLE = `mutation Disable($id: ID!) { disableUser(id: $id) { id active } }`;
const ENABLE = `mutation Enable($id: ID!) { enableUser(id: $id) { id active } }`;
const INVITATION_AUDIT = `query Audit($entityId: ID) {
  auditLog(entityType: "Invitation", entityId: $entityId) { totalCount nodes { action entityId actor { email } } }
}`;
/** Open to anonymous viewers, so only the bad token can make it fail. */
const PUBLIC_QUERY = `query { agency(slug: "skatteverket") { slug } }`;

interface SessionUser {
  id: string;
  email: string;
  role: string;
  agency: { slug: string } | null;
}
interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}
interface Invitation {
  id: string;
  email: string;
  role: string;
  expiresAt: string;
  acceptUrl: string;
}
interface AuditLog {
  totalCount: number;
  nodes: { action: string; entityId: string; actor: { email: string } | null }[];
}

interface AccessTokenPayload {
  sub: string;
  sid: string;
  iat: number;
  exp: number;
}

/** The claims of a JWT, read without verifying it: the server's answers are what test its validity. */
function jwtPayload(token: string): AccessTokenPayload {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as AccessTokenPayload;
}

/** A password that passes the length rule and belongs to no demo account. */
const NEW_PASSWORD = 'ett-nytt-långt-lösenord';
const DAY_MS = 86_400_000;

describe('Sign-in, sessions and invitations (auth)', () => {
  let api: TestApp;
  let coordinator: GraphQLClient;
  let admin: GraphQLClient;
  let addresses = 0;

  beforeAll(async () => {
    api = await startTestApp();
    coordinator = (await api.login(DEMO.coordinator)).client;
    admin = (await api.login(DEMO.admin)).client;
  });

  afterAll(async () => {
    await api.close();
  });

  /** A fresh address per use, so that tests never share accounts, invitations or throttle counters. */
  function uniqueEmail(label: string): string {
    return `${label}.${++addresses}.${Date.now().toString(36)}@example.org`;
  }

  async function firstError(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
    const { errors } = await client.request(query, variables);
    expect(errors?.length).toBeGreaterThan(0);
    return errors![0]!;
  }

  async function invite(email: string, role = 'MEMBER', agencySlug: string | null = 'skatteverket'): Promise<{ invitation: Invitation; token: string }> {
    const { inviteUser } = await coordinator.data<{ inviteUser: Invitation }>(INVITE, { email, name: 'Testa Testsson', role, agencySlug });
    const token = new URL(inviteUser.acceptUrl).searchParams.get('token');
    expect(token).toBeTruthy();
    return { invitation: inviteUser, token: token! };
  }

  /** A new MEMBER account, made the only way accounts are made: invite, then accept. */
  async function newAccount(label: string): Promise<Session> {
    const { token } = await invite(uniqueEmail(label));
    const { acceptInvitation } = await api.gql.data<{ acceptInvitation: Session }>(ACCEPT, { token, password: NEW_PASSWORD });
    return acceptInvitation;
  }

  function refresh(refreshToken: string) {
    return api.gql.request<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { refreshToken });
  }

  it('signs in with the right password only, ignores e-mail case, and answers an unknown address like a wrong password', async () => {
    const { login } = await api.gql.data<{ login: Session }>(LOGIN, { email: DEMO.member, password: TEST_PASSWORD });
    expect(login.accessToken).toEqual(expect.any(String));
    expect(login.refreshToken).toEqual(expect.any(String));
    expect(login.user).toMatchObject({ email: DEMO.member, role: 'MEMBER', agency: { slug: expect.any(String) } });

    const shouted = await api.gql.data<{ login: Session }>(LOGIN, { email: DEMO.member.toUpperCase(), password: TEST_PASSWORD });
    expect(shouted.login.user.email).toBe(DEMO.member);

    // The same code and message for both, so the answer does not reveal which addresses have accounts.
    const wrongPassword = await firstError(api.gql, LOGIN, { email: DEMO.member, password: 'fel-lösenord-helt-klart' });
    const unknownEmail = await firstError(api.gql, LOGIN, { email: 'ingen.alls@natverket.example', password: TEST_PASSWORD });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.message).toBe(wrongPassword.message);

    await expect(api.gql.code(LOGIN, { email: '', password: '' })).resolves.toBe('BAD_USER_INPUT');
    await expect(api.gql.code(LOGIN, { email: DEMO.member, password: '' })).resolves.toBe('BAD_USER_INPUT');

    const me = await api.gql.as(login.accessToken).data<{ me: SessionUser | null }>(ME);
    expect(me.me).toEqual(login.user);
    await expect(api.gql.data<{ me: SessionUser | null }>(ME)).resolves.toEqual({ me: null });

    // A bad token is an error, not a silent downgrade to anonymous, so a client knows to sign in again.
    await expect(api.gql.as('not-a-jwt').code(PUBLIC_QUERY)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.as('not-a-jwt').code(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.code(PUBLIC_QUERY)).resolves.toBe('OK');
  });

  it('issues access tokens that live 15 minutes', async () => {
    const { accessToken } = await api.login(DEMO.member);
    expect(accessToken.split('.')).toHaveLength(3);
    const payload = jwtPayload(accessToken);
    expect(payload.exp - payload.iat).toBe(900);
    // iat is "now", not some fixed or stale time.
    expect(Math.abs(payload.iat - Date.now() / 1000)).toBeLessThan(60);
  });

  it('rotates refresh tokens, and a reused one ends its whole chain but not other sessions', async () => {
    const first = await api.login(DEMO.liaisonMigrationsverket);
    const other = await api.login(DEMO.liaisonMigrationsverket);

    const rotated = await refresh(first.refreshToken);
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The access token carries only {sub, sid, iat, exp}, so one refreshed within the same second
    // is byte-identical to the old one; what matters is that it is freshly issued for the same session.
    const before = jwtPayload(first.accessToken);
    const after = jwtPayload(second.accessToken);
    expect(after).toMatchObject({ sub: before.sub, sid: before.sid });
    expect(after.iat).toBeGreaterThanOrEqual(before.iat);
    expect(after.exp - after.iat).toBe(900);
    await expect(api.gql.as(second.accessToken).code(ME)).resolves.toBe('OK');

    // Replaying the used token looks like theft: it is refused and the chain ends.
    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(refresh(second.refreshToken).then((r) => r.errors?.[0]?.extensions?.code)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.as(second.accessToken).code(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.as(first.accessToken).code(ME)).resolves.toBe('UNAUTHENTICATED');

    // The other sign-in of the same user is its own chain and lives on.
    const me = await other.client.data<{ me: SessionUser | null }>(ME);
    expect(me.me?.email).toBe(DEMO.liaisonMigrationsverket);
    const otherRotated = await refresh(other.refreshToken);
    expect(otherRotated.errors).toBeUndefined();
    expect(otherRotated.data!.refreshSession.refreshToken).toEqual(expect.any(String));
  });

  it('lets only one of two concurrent uses of a refresh token succeed', async () => {
    const { refreshToken } = await api.login(DEMO.liaisonBrottsoffermyndigheten);
    const results = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    const succeeded = results.filter((result) => !result.errors && result.data?.refreshSession);
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
  });

  it('ends the session on logout: refresh and access token both stop working', async () => {
    const session = await api.login(DEMO.member);
    await expect(session.client.code(ME)).resolves.toBe('OK');

    await expect(api.gql.data<{ logout: boolean }>(LOGOUT, { refreshToken: session.refreshToken })).resolves.toEqual({ logout: true });
    await expect(refresh(session.refreshToken).then((r) => r.errors?.[0]?.extensions?.code)).resolves.toBe('UNAUTHENTICATED');
    // The access token is refused at once, not only when it expires.
    await expect(session.client.code(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.data<{ logout: boolean }>(LOGOUT, { refreshToken: session.refreshToken })).resolves.toEqual({ logout: false });
    await expect(api.gql.data<{ logout: boolean }>(LOGOUT, { refreshToken: 'never-issued' })).resolves.toEqual({ logout: false });
  });

  it('ends all sessions of a disabled user at once and lets it sign in again once enabled', async () => {
    const account = await newAccount('disabled');
    const client = api.gql.as(account.accessToken);
    await expect(client.code(ME)).resolves.toBe('OK');

    const disabled = await admin.data<{ disableUser: { id: string; active: boolean } }>(DISABLE, { id: account.user.id });
    expect(disabled.disableUser).toEqual({ id: account.user.id, active: false });
    await expect(client.code(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(refresh(account.refreshToken).then((r) => r.errors?.[0]?.extensions?.code)).resolves.toBe('UNAUTHENTICATED');
    await expect(api.gql.code(LOGIN, { email: account.user.email, password: NEW_PASSWORD })).resolves.toBe('UNAUTHENTICATED');

    const enabled = await admin.data<{ enableUser: { id: string; active: boolean } }>(ENABLE, { id: account.user.id });
    expect(enabled.enableUser).toEqual({ id: account.user.id, active: true });
    const again = await api.login(account.user.email, NEW_PASSWORD);
    await expect(again.client.data<{ me: SessionUser | null }>(ME).then((r) => r.me?.id)).resolves.toBe(account.user.id);
    // Sessions ended by the disabling stay ended.
    await expect(client.code(ME)).resolves.toBe('UNAUTHENTICATED');

    const { me: self } = await admin.data<{ me: SessionUser }>(ME);
    const selfDisable = await firstError(admin, DISABLE, { id: self.id });
    expect(selfDisable.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(admin.code(ME)).resolves.toBe('OK');
  });

  describe('invitations', () => {
    it('invites a member, who accepts once, sets a password and is signed in', async () => {
      const email = uniqueEmail('member');
      const before = Date.now();
      const { invitation, token } = await invite(email);
      expect(invitation).toMatchObject({ email, role: 'MEMBER' });
      expect(invitation.acceptUrl).toContain(token);
      const ttl = new Date(invitation.expiresAt).getTime() - before;
      expect(Math.abs(ttl - 7 * DAY_MS)).toBeLessThan(60_000);

      const { acceptInvitation } = await api.gql.data<{ acceptInvitation: Session }>(ACCEPT, { token, password: NEW_PASSWORD });
      expect(acceptInvitation.user).toMatchObject({ email, role: 'MEMBER', agency: { slug: 'skatteverket' } });
      await expect(
        api.gql
          .as(acceptInvitation.accessToken)
          .data<{ me: SessionUser | null }>(ME)
          .then((r) => r.me?.email),
      ).resolves.toBe(email);
      await expect(api.login(email, NEW_PASSWORD).then((s) => s.accessToken)).resolves.toEqual(expect.any(String));

      const reuse = await firstError(api.gql, ACCEPT, { token, password: NEW_PASSWORD });
      expect(reuse.extensions?.code).toBe('BAD_USER_INPUT');
      expect(reuse.extensions?.fields).toHaveProperty('token');
    });

    it('refuses an expired invitation', async () => {
      const { invitation, token } = await invite(uniqueEmail('expired'));
      await api.prisma.client.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      const expired = await firstError(api.gql, ACCEPT, { token, password: NEW_PASSWORD });
      expect(expired.extensions?.code).toBe('BAD_USER_INPUT');
      expect(expired.extensions?.fields).toHaveProperty('token');
      await expect(api.prisma.client.user.count({ where: { email: invitation.email } })).resolves.toBe(0);
    });

    it('refuses a password under 12 or over 256 characters without using up the invitation', async () => {
      const email = uniqueEmail('password');
      const { token } = await invite(email);
      for (const password of ['a'.repeat(11), 'a'.repeat(257)]) {
        const refused = await firstError(api.gql, ACCEPT, { token, password });
        expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
        expect(refused.extensions?.fields).toHaveProperty('password');
      }
      // The limits themselves are allowed.
      const { acceptInvitation } = await api.gql.data<{ acceptInvitation: Session }>(ACCEPT, { token, password: 'a'.repeat(12) });
      expect(acceptInvitation.user.email).toBe(email);
      const { token: longToken } = await invite(uniqueEmail('longpassword'));
      await expect(api.gql.code(ACCEPT, { token: longToken, password: 'å'.repeat(256) })).resolves.toBe('OK');
    });

    it('refuses bad invitations: existing account, liaison without agency, unknown agency, malformed e-mail', async () => {
      await expect(coordinator.code(INVITE, { email: DEMO.member, name: 'Finns Redan', role: 'MEMBER', agencySlug: 'skatteverket' })).resolves.toBe('CONFLICT');
      // Matched case-insensitively, like sign-in.
      await expect(
        coordinator.code(INVITE, { email: DEMO.member.toUpperCase(), name: 'Finns Redan', role: 'MEMBER', agencySlug: 'skatteverket' }),
      ).resolves.toBe('CONFLICT');

      const noAgency = await firstError(coordinator, INVITE, { email: uniqueEmail('liaison'), name: 'Utan Myndighet', role: 'LIAISON', agencySlug: null });
      expect(noAgency.extensions?.code).toBe('BAD_USER_INPUT');
      expect(noAgency.extensions?.fields).toHaveProperty('agencySlug');

      const unknownAgency = await firstError(coordinator, INVITE, {
        email: uniqueEmail('unknown'),
        name: 'Okänd Myndighet',
        role: 'MEMBER',
        agencySlug: 'finns-inte',
      });
      expect(unknownAgency.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknownAgency.extensions?.fields).toHaveProperty('agencySlug');

      const badEmail = await firstError(coordinator, INVITE, { email: 'inte-en-adress', name: 'Fel Adress', role: 'MEMBER', agencySlug: 'skatteverket' });
      expect(badEmail.extensions?.code).toBe('BAD_USER_INPUT');
      expect(badEmail.extensions?.fields).toHaveProperty('email');
    });

    it('lets a new invitation to the same address replace the open one', async () => {
      const email = uniqueEmail('twice');
      const first = await invite(email);
      const second = await invite(email);
      expect(second.token).not.toBe(first.token);

      const stale = await firstError(api.gql, ACCEPT, { token: first.token, password: NEW_PASSWORD });
      expect(stale.extensions?.code).toBe('BAD_USER_INPUT');
      expect(stale.extensions?.fields).toHaveProperty('token');
      await expect(api.gql.code(ACCEPT, { token: second.token, password: NEW_PASSWORD })).resolves.toBe('OK');
    });

    it('records every invitation in the audit log, with the inviter as actor', async () => {
      const { auditLog: before } = await coordinator.data<{ auditLog: AuditLog }>(INVITATION_AUDIT);
      const first = await invite(uniqueEmail('audited'));
      const second = await invite(uniqueEmail('audited'), 'LIAISON', 'migrationsverket');

      const { auditLog: after } = await coordinator.data<{ auditLog: AuditLog }>(INVITATION_AUDIT);
      expect(after.totalCount).toBe(before.totalCount + 2);
      for (const { invitation } of [first, second]) {
        const { auditLog } = await coordinator.data<{ auditLog: AuditLog }>(INVITATION_AUDIT, { entityId: invitation.id });
        expect(auditLog.totalCount).toBe(1);
        expect(auditLog.nodes).toEqual([{ action: 'invitation.created', entityId: invitation.id, actor: { email: DEMO.coordinator } }]);
      }
    });
  });

  it('stores passwords as argon2id with at least 19 MiB of memory and 2 passes', async () => {
    const account = await newAccount('argon');
    const { passwordHash } = await api.prisma.client.user.findUniqueOrThrow({ where: { id: account.user.id }, select: { passwordHash: true } });
    expect(passwordHash.startsWith('$argon2id$v=19$m=19456,t=2')).toBe(true);
    // The prefix pins today's values; the rule is a floor, checked on the parsed parameters.
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
    expect(passwordHash).not.toContain(NEW_PASSWORD);
  });

  it('refuses sign-in, even with the right password, after 10 wrong ones for an address', async () => {
    const { user } = await newAccount('throttled');
    for (let attempt = 1; attempt <= 10; attempt++) {
      await expect(api.gql.code(LOGIN, { email: user.email, password: `fel-lösenord-nummer-${attempt}` })).resolves.toBe('UNAUTHENTICATED');
    }
    const limited = await firstError(api.gql, LOGIN, { email: user.email, password: NEW_PASSWORD });
    expect(limited.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = limited.extensions?.retryAfterSeconds;
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter as number).toBeGreaterThan(0);
    expect(retryAfter as number).toBeLessThanOrEqual(15 * 60);
    // Other addresses are not held back by this one's failures.
    await expect(api.login(DEMO.member).then((s) => s.accessToken)).resolves.toEqual(expect.any(String));
  });

  it('holds the limit when the wrong passwords come all at once', async () => {
    const { user } = await newAccount('burst');
    const codes = await Promise.all(Array.from({ length: 30 }, (_, attempt) => api.gql.code(LOGIN, { email: user.email, password: `fel-${attempt}` })));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(20);
  });
});
