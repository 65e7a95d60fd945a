import { randomUUID } from 'node:crypto';

import { ExchangeNotificationsService } from '#exchange';
import { DEMO, type GraphQLClient, type GraphQLResponse, startTestApp, type TestApp } from '#testing';

/**
 * The experience exchange over HTTP against a real database: who may do what
 * (against DESIGN.md's table, copied by hand below, never imported from the
 * app), threads and replies, the 24-hour edit window and its history,
 * moderation, topics, paging by latest activity, following and its mail,
 * the weekly digest, and bad input.
 */

const DAY = 24 * 3_600_000;

const THREAD_FIELDS = `id title body topics createdAt lastActivityAt editedAt editableUntil hidden hiddenReason answered replyCount followedByMe
  author { email } agency { slug } relatedWork { id title agency { slug } } answer { id }
  revisions { title body replacedAt editedBy { email } }
  replies { id body hidden hiddenReason author { email } }`;

const START = `mutation Start($input: ThreadInput!) { startExperienceThread(input: $input) { ${THREAD_FIELDS} } }`;
const REPLY = `mutation Reply($threadId: ID!, $body: String!) { replyToThread(threadId: $threadId, body: $body) { id body threadId createdAt author { email } } }`;
const EDIT_THREAD = `mutation EditThread($id: ID!, $input: ThreadInput!) { editExperienceThread(id: $id, input: $input) { ${THREAD_FIELDS} } }`;
const EDIT_REPLY = `mutation EditReply($id: ID!, $body: String!) {
  editExperienceReply(id: $id, body: $body) { id body editedAt editableUntil revisions { title body replacedAt editedBy { email } } } }`;
const HIDE_THREAD = `mutation HideThread($id: ID!, $reason: String!) { hideExperienceThread(id: $id, reason: $reason) { id hidden hiddenReason } }`;
const UNHIDE_THREAD = `mutation UnhideThread($id: ID!) { unhideExperienceThread(id: $id) { id hidden hiddenReason } }`;
const HIDE_REPLY = `mutation HideReply($id: ID!, $reason: String!) { hideExperienceReply(id: $id, reason: $reason) { id hidden hiddenReason } }`;
const UNHIDE_REPLY = `mutation UnhideReply($id: ID!) { unhideExperienceReply(id: $id) { id hidden hiddenReason } }`;
const MARK_ANSWERED = `mutation Mark($threadId: ID!, $replyId: ID!) { markThreadAnswered(threadId: $threadId, replyId: $replyId) { id answered answer { id } } }`;
const UNMARK_ANSWERED = `mutation Unmark($threadId: ID!) { unmarkThreadAnswered(threadId: $threadId) { id answered answer { id } } }`;
const FOLLOWS_FIELDS = `threads { id } topics weeklyDigest lastDigestAt`;
const FOLLOW_THREAD = `mutation FollowThread($threadId: ID!) { followThread(threadId: $threadId) { ${FOLLOWS_FIELDS} } }`;
const UNFOLLOW_THREAD = `mutation UnfollowThread($threadId: ID!) { unfollowThread(threadId: $threadId) { ${FOLLOWS_FIELDS} } }`;
const FOLLOW_TOPIC = `mutation FollowTopic($topic: String!) { followTopic(topic: $topic) { ${FOLLOWS_FIELDS} } }`;
const UNFOLLOW_TOPIC = `mutation UnfollowTopic($topic: String!) { unfollowTopic(topic: $topic) { ${FOLLOWS_FIELDS} } }`;
const SET_NOTIFICATIONS = `mutation Notifications($weeklyDigest: Boolean!) { setExchangeNotifications(weeklyDigest: $weeklyDigest) { ${FOLLOWS_FIELDS} } }`;
const SEND_DIGESTS = `mutation Digests { sendExchangeDigests }`;

const THREAD = `query Thread($id: ID!) { experienceThread(id: $id) { ${THREAD_FIELDS} } }`;
const THREADS = `query Threads($topic: String, $first: Int, $after: String) {
  experienceThreads(topic: $topic, first: $first, after: $after) {
    totalCount nodes { id title hidden hiddenReason replyCount lastActivityAt } pageInfo { hasNextPage endCursor } } }`;
const TOPICS = `query Topics { experienceTopics { topic threadCount } }`;
const MY_FOLLOWS = `query Follows { myExchangeFollows { ${FOLLOWS_FIELDS} } }`;

interface Revision {
  title: string | null;
  body: string;
  replacedAt: string;
  editedBy: { email: string };
}

interface ReplyView {
  id: string;
  body: string;
  hidden: boolean;
  hiddenReason: string | null;
  author: { email: string };
}

interface ThreadView {
  id: string;
  title: string;
  body: string;
  topics: string[];
  createdAt: string;
  lastActivityAt: string;
  editedAt: string | null;
  editableUntil: string;
  hidden: boolean;
  hiddenReason: string | null;
  answered: boolean;
  replyCount: number;
  followedByMe: boolean;
  author: { email: string };
  agency: { slug: string } | null;
  relatedWork: { id: string; title: string; agency: { slug: string } }[];
  answer: { id: string } | null;
  revisions: Revision[];
  replies: ReplyView[];
}

interface ThreadPage {
  totalCount: number;
  nodes: { id: string; title: string; hidden: boolean; hiddenReason: string | null; replyCount: number; lastActivityAt: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Follows {
  threads: { id: string }[];
  topics: string[];
  weeklyDigest: boolean;
  lastDigestAt: string | null;
}

let serial = 0;
/** A label no other case uses, so that one case never finds another's leftovers. */
function unique(prefix: string): string {
  serial += 1;
  return `${prefix} ${serial}`;
}

function codeOf(result: GraphQLResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

async function startThread(client: GraphQLClient, input: Record<string, unknown> = {}): Promise<ThreadView> {
  const { startExperienceThread } = await client.data<{ startExperienceThread: ThreadView }>(START, {
    input: { title: unique('Hur gör ni med IOP?'), body: 'Vi funderar på ett **idéburet offentligt partnerskap**.', ...input },
  });
  return startExperienceThread;
}

async function replyTo(client: GraphQLClient, threadId: string, body = unique('Vi gjorde så här')): Promise<{ id: string; body: string; createdAt: string }> {
  const { replyToThread } = await client.data<{ replyToThread: { id: string; body: string; createdAt: string } }>(REPLY, { threadId, body });
  return replyToThread;
}

async function threadAs(client: GraphQLClient, id: string): Promise<ThreadView | null> {
  return (await client.data<{ experienceThread: ThreadView | null }>(THREAD, { id })).experienceThread;
}

async function threadsAs(client: GraphQLClient, variables: Record<string, unknown>): Promise<ThreadPage> {
  return (await client.data<{ experienceThreads: ThreadPage }>(THREADS, variables)).experienceThreads;
}

describe('the experience exchange', () => {
  let api: TestApp;
  let member: GraphQLClient;
  let liaison: GraphQLClient;
  let coordinator: GraphQLClient;
  let admin: GraphQLClient;
  /** A signed-in member who is none of the actors: the "someone else" of the rules. */
  let bystander: GraphQLClient;

  /** A member of Skatteverket made for one test, signed in. */
  async function newMember(name: string): Promise<{ id: string; email: string; name: string; client: GraphQLClient }> {
    const template = await api.prisma.client.user.findUniqueOrThrow({ where: { email: DEMO.member } });
    const email = `${unique(name)
      .normalize('NFD')
      .replace(/[^a-zA-Z0-9]+/g, '.')
      .toLowerCase()}@skatteverket.example`;
    const user = await api.prisma.client.user.create({
      data: { email, name, role: 'MEMBER', agencyId: template.agencyId, passwordHash: template.passwordHash },
    });
    return { id: user.id, email, name, client: (await api.login(email)).client };
  }

  /** Everything the exchange could write, with the outbox and the audit log: a refused call must leave all of it as it was. */
  async function exchangeState(): Promise<Record<string, unknown>> {
    const db = api.prisma.client;
    const [threads, replies, revisions, workLinks, threadFollows, topicFollows, preferences, outbox, auditEvents] = await Promise.all([
      db.experienceThread.findMany({ orderBy: { id: 'asc' } }),
      db.experienceReply.findMany({ orderBy: { id: 'asc' } }),
      db.postRevision.count(),
      db.threadWorkLink.count(),
      db.threadFollow.findMany({ orderBy: [{ userId: 'asc' }, { threadId: 'asc' }] }),
      db.topicFollow.findMany({ orderBy: [{ userId: 'asc' }, { topic: 'asc' }] }),
      db.notificationPreference.findMany({ orderBy: { userId: 'asc' } }),
      db.outboxMessage.count(),
      db.auditEvent.count(),
    ]);
    return { threads, replies, revisions, workLinks, threadFollows, topicFollows, preferences, outbox, auditEvents };
  }

  async function auditCount(): Promise<number> {
    return api.prisma.client.auditEvent.count();
  }

  beforeAll(async () => {
    // Timers off: the outbox and the digests run when a test says so.
    api = await startTestApp({ env: { OUTBOX_RETRY_SECONDS: '0' } });
    const sessions = await Promise.all(
      [DEMO.member, DEMO.liaisonMigrationsverket, DEMO.coordinator, DEMO.admin, DEMO.liaisonBrottsoffermyndigheten].map(
        async (email) => (await api.login(email)).client,
      ),
    );
    [member, liaison, coordinator, admin, bystander] = sessions as [GraphQLClient, GraphQLClient, GraphQLClient, GraphQLClient, GraphQLClient];
  });

  afterAll(async () => {
    await api.close();
  });

  describe('who may do what (DESIGN.md, "Rules that the tests hold")', () => {
    const ACTORS = ['anonymous', 'member', 'liaison', 'coordinator', 'admin'] as const;
    type Actor = (typeof ACTORS)[number];
    type Cell = '✓' | '' | 'own';
    type Code = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

    // Laid out as DESIGN.md's table, one column per role, so that the two can be compared by eye.
    const RULES = {
      //                  anonymous member liaison coordinator admin
      // DESIGN.md: "read contact e-mail and phone, threads, published minutes, development areas"
      readThreads: ['', '✓', '✓', '✓', '✓'],
      // DESIGN.md: "start threads, reply, log development areas"; following a thread or topic and
      // choosing how to hear of replies go with taking part.
      takePart: ['', '✓', '✓', '✓', '✓'],
      // The issue: authors edit their own posts (for 24 hours) and mark their own thread answered;
      // nobody else may, whatever the role.
      ownPost: ['', 'own', 'own', 'own', 'own'],
      // DESIGN.md's roles: coordinators moderate (hide posts, send the digests now); admins may do everything.
      moderate: ['', '', '', '✓', '✓'],
    } satisfies Record<string, readonly [Cell, Cell, Cell, Cell, Cell]>;
    type Rule = keyof typeof RULES;

    function expected(rule: Rule, actor: Actor, whose: 'own' | 'other'): Code {
      const cell: Cell = RULES[rule][ACTORS.indexOf(actor)];
      if (cell === '✓' || (cell === 'own' && whose === 'own')) return 'OK';
      return actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    }

    const ACCOUNT: Record<Exclude<Actor, 'anonymous'>, string> = {
      member: DEMO.member,
      liaison: DEMO.liaisonMigrationsverket,
      coordinator: DEMO.coordinator,
      admin: DEMO.admin,
    };

    interface Target {
      label: string;
      threadId: string;
      replyId: string;
    }

    interface Preparation {
      /** Writes the posts the mutation is about: the actor for their own, the bystander for someone else's. */
      owner: GraphQLClient;
      /** The actor, signed in; null when anonymous. */
      actor: GraphQLClient | null;
      label: string;
    }

    interface ExchangeMutation {
      name: string;
      rule: Rule;
      prepare: (preparation: Preparation) => Promise<Target>;
      document: string;
      variables: (target: Target) => Record<string, unknown>;
      /** What an allowed call must have changed. */
      expectDone: (target: Target, actorId: string, data: Record<string, unknown>) => Promise<void>;
      /** Audit events an allowed call writes; null when that depends on the rest of the database. */
      audits?: number | null;
    }

    const none = async ({ label }: Preparation): Promise<Target> => ({ label, threadId: '', replyId: '' });
    const othersThread = async ({ label }: Preparation): Promise<Target> => ({ label, threadId: (await startThread(bystander)).id, replyId: '' });
    const ownersThread = async ({ owner, label }: Preparation): Promise<Target> => ({ label, threadId: (await startThread(owner)).id, replyId: '' });

    const MUTATIONS: ExchangeMutation[] = [
      {
        name: 'startExperienceThread',
        rule: 'takePart',
        prepare: none,
        document: START,
        variables: ({ label }) => ({ input: { title: label, body: 'Hur når ni unga?', topics: ['Unga'] } }),
        expectDone: async ({ label }, actorId) => {
          const thread = await api.prisma.client.experienceThread.findFirstOrThrow({ where: { title: label } });
          expect(thread).toMatchObject({ authorId: actorId, topics: ['unga'] });
        },
      },
      {
        name: 'replyToThread',
        rule: 'takePart',
        prepare: othersThread,
        document: REPLY,
        variables: ({ threadId, label }) => ({ threadId, body: label }),
        expectDone: async ({ threadId, label }, actorId) => {
          await expect(api.prisma.client.experienceReply.count({ where: { threadId, body: label, authorId: actorId } })).resolves.toBe(1);
        },
      },
      {
        name: 'editExperienceThread',
        rule: 'ownPost',
        prepare: ownersThread,
        document: EDIT_THREAD,
        variables: ({ threadId, label }) => ({ id: threadId, input: { title: label, body: 'Ändrad text.' } }),
        expectDone: async ({ threadId, label }) => {
          await expect(api.prisma.client.experienceThread.findUniqueOrThrow({ where: { id: threadId } })).resolves.toMatchObject({ title: label });
          await expect(api.prisma.client.postRevision.count({ where: { threadId } })).resolves.toBe(1);
        },
      },
      {
        name: 'editExperienceReply',
        rule: 'ownPost',
        prepare: async ({ owner, label }) => {
          const threadId = (await startThread(bystander)).id;
          return { label, threadId, replyId: (await replyTo(owner, threadId)).id };
        },
        document: EDIT_REPLY,
        variables: ({ replyId, label }) => ({ id: replyId, body: label }),
        expectDone: async ({ replyId, label }) => {
          await expect(api.prisma.client.experienceReply.findUniqueOrThrow({ where: { id: replyId } })).resolves.toMatchObject({ body: label });
          await expect(api.prisma.client.postRevision.count({ where: { replyId } })).resolves.toBe(1);
        },
      },
      {
        name: 'markThreadAnswered',
        rule: 'ownPost',
        prepare: async ({ owner, label }) => {
          const threadId = (await startThread(owner)).id;
          return { label, threadId, replyId: (await replyTo(bystander, threadId)).id };
        },
        document: MARK_ANSWERED,
        variables: ({ threadId, replyId }) => ({ threadId, replyId }),
        expectDone: async ({ threadId, replyId }) => {
          await expect(api.prisma.client.experienceThread.findUniqueOrThrow({ where: { id: threadId } })).resolves.toMatchObject({ answeredById: replyId });
        },
      },
      {
        name: 'unmarkThreadAnswered',
        rule: 'ownPost',
        prepare: async ({ owner, label }) => {
          const threadId = (await startThread(owner)).id;
          const replyId = (await replyTo(bystander, threadId)).id;
          await owner.data(MARK_ANSWERED, { threadId, replyId });
          return { label, threadId, replyId };
        },
        document: UNMARK_ANSWERED,
        variables: ({ threadId }) => ({ threadId }),
        expectDone: async ({ threadId }) => {
          await expect(api.prisma.client.experienceThread.findUniqueOrThrow({ where: { id: threadId } })).resolves.toMatchObject({ answeredById: null });
        },
      },
      {
        name: 'followThread',
        rule: 'takePart',
        prepare: othersThread,
        document: FOLLOW_THREAD,
        variables: ({ threadId }) => ({ threadId }),
        expectDone: async ({ threadId }, actorId, data) => {
          await expect(api.prisma.client.threadFollow.count({ where: { threadId, userId: actorId } })).resolves.toBe(1);
          expect((data.followThread as Follows).threads.map((thread) => thread.id)).toContain(threadId);
        },
      },
      {
        name: 'unfollowThread',
        rule: 'takePart',
        prepare: async (preparation) => {
          const target = await othersThread(preparation);
          await preparation.actor?.data(FOLLOW_THREAD, { threadId: target.threadId });
          return target;
        },
        document: UNFOLLOW_THREAD,
        variables: ({ threadId }) => ({ threadId }),
        expectDone: async ({ threadId }, actorId) => {
          await expect(api.prisma.client.threadFollow.count({ where: { threadId, userId: actorId } })).resolves.toBe(0);
        },
      },
      {
        name: 'followTopic',
        rule: 'takePart',
        prepare: none,
        document: FOLLOW_TOPIC,
        variables: ({ label }) => ({ topic: `  ${label.toUpperCase()} ` }),
        expectDone: async ({ label }, actorId, data) => {
          await expect(api.prisma.client.topicFollow.count({ where: { topic: label.toLowerCase(), userId: actorId } })).resolves.toBe(1);
          expect((data.followTopic as Follows).topics).toContain(label.toLowerCase());
        },
      },
      {
        name: 'unfollowTopic',
        rule: 'takePart',
        prepare: async (preparation) => {
          await preparation.actor?.data(FOLLOW_TOPIC, { topic: preparation.label });
          return none(preparation);
        },
        document: UNFOLLOW_TOPIC,
        variables: ({ label }) => ({ topic: label }),
        expectDone: async ({ label }, actorId) => {
          await expect(api.prisma.client.topicFollow.count({ where: { topic: label.toLowerCase(), userId: actorId } })).resolves.toBe(0);
        },
      },
      {
        name: 'setExchangeNotifications',
        rule: 'takePart',
        prepare: none,
        document: SET_NOTIFICATIONS,
        variables: () => ({ weeklyDigest: true }),
        expectDone: async (_target, actorId) => {
          await expect(api.prisma.client.notificationPreference.findUniqueOrThrow({ where: { userId: actorId } })).resolves.toMatchObject({
            weeklyDigest: true,
          });
        },
      },
      {
        name: 'hideExperienceThread',
        rule: 'moderate',
        prepare: othersThread,
        document: HIDE_THREAD,
        variables: ({ threadId, label }) => ({ id: threadId, reason: label }),
        expectDone: async ({ threadId, label }) => {
          await expect(api.prisma.client.experienceThread.findUniqueOrThrow({ where: { id: threadId } })).resolves.toMatchObject({
            hiddenReason: label,
            hiddenAt: expect.any(Date),
          });
        },
      },
      {
        name: 'unhideExperienceThread',
        rule: 'moderate',
        prepare: async (preparation) => {
          const target = await othersThread(preparation);
          await admin.data(HIDE_THREAD, { id: target.threadId, reason: 'Fel forum.' });
          return target;
        },
        document: UNHIDE_THREAD,
        variables: ({ threadId }) => ({ id: threadId }),
        expectDone: async ({ threadId }) => {
          await expect(api.prisma.client.experienceThread.findUniqueOrThrow({ where: { id: threadId } })).resolves.toMatchObject({
            hiddenAt: null,
            hiddenReason: null,
          });
        },
      },
      {
        name: 'hideExperienceReply',
        rule: 'moderate',
        prepare: async (preparation) => {
          const target = await othersThread(preparation);
          return { ...target, replyId: (await replyTo(bystander, target.threadId)).id };
        },
        document: HIDE_REPLY,
        variables: ({ replyId, label }) => ({ id: replyId, reason: label }),
        expectDone: async ({ replyId, label }) => {
          await expect(api.prisma.client.experienceReply.findUniqueOrThrow({ where: { id: replyId } })).resolves.toMatchObject({ hiddenReason: label });
        },
      },
      {
        name: 'unhideExperienceReply',
        rule: 'moderate',
        prepare: async (preparation) => {
          const target = await othersThread(preparation);
          const replyId = (await replyTo(bystander, target.threadId)).id;
          await admin.data(HIDE_REPLY, { id: replyId, reason: 'Personuppgifter.' });
          return { ...target, replyId };
        },
        document: UNHIDE_REPLY,
        variables: ({ replyId }) => ({ id: replyId }),
        expectDone: async ({ replyId }) => {
          await expect(api.prisma.client.experienceReply.findUniqueOrThrow({ where: { id: replyId } })).resolves.toMatchObject({ hiddenAt: null });
        },
      },
      {
        name: 'sendExchangeDigests',
        rule: 'moderate',
        prepare: none,
        document: SEND_DIGESTS,
        variables: () => ({}),
        expectDone: async (_target, _actorId, data) => {
          expect(data.sendExchangeDigests).toEqual(expect.any(Number));
        },
        audits: null,
      },
    ];

    const QUERIES = [
      { name: 'experienceThreads', document: THREADS, variables: () => ({}) },
      { name: 'experienceThread', document: THREAD, variables: (threadId: string) => ({ id: threadId }) },
      { name: 'experienceTopics', document: TOPICS, variables: () => ({}) },
      { name: 'myExchangeFollows', document: MY_FOLLOWS, variables: () => ({}) },
    ];

    const clients = {} as Record<Actor, GraphQLClient>;
    const ids = {} as Record<Actor, string>;

    beforeAll(async () => {
      clients.anonymous = api.gql;
      Object.assign(clients, { member, liaison, coordinator, admin });
      ids.anonymous = '';
      for (const actor of ACTORS.filter((actor): actor is Exclude<Actor, 'anonymous'> => actor !== 'anonymous')) {
        ids[actor] = (await api.prisma.client.user.findUniqueOrThrow({ where: { email: ACCOUNT[actor] } })).id;
      }
    });

    describe.each(MUTATIONS)('$name', (mutation) => {
      const cases = ACTORS.flatMap((actor) =>
        (mutation.rule === 'ownPost' && actor !== 'anonymous' ? (['own', 'other'] as const) : (['other'] as const)).map((whose) => ({
          actor,
          whose,
          code: expected(mutation.rule, actor, whose),
        })),
      );

      it.each(cases)('as $actor on $whose post: $code', async ({ actor, whose, code }) => {
        const actorClient = actor === 'anonymous' ? null : clients[actor];
        const target = await mutation.prepare({
          owner: whose === 'own' ? actorClient! : bystander,
          actor: actorClient,
          label: unique(`${mutation.name} by ${actor}`),
        });
        const before = await exchangeState();

        const result = await clients[actor].request<Record<string, unknown>>(mutation.document, mutation.variables(target));

        expect(codeOf(result)).toBe(code);
        const after = await exchangeState();
        if (code === 'OK') {
          await mutation.expectDone(target, ids[actor], result.data!);
          if (mutation.audits !== null) expect(after.auditEvents).toBe((before.auditEvents as number) + (mutation.audits ?? 1));
        } else {
          // Nothing written: no post, revision, link, follow, setting, mail nor audit event.
          expect(after).toEqual(before);
        }
      });
    });

    describe.each(QUERIES)('$name', (query) => {
      it.each(ACTORS.map((actor) => ({ actor, code: expected('readThreads', actor, 'other') })))('as $actor: $code', async ({ actor, code }) => {
        const threadId = (await startThread(bystander)).id;
        const result = await clients[actor].request<Record<string, unknown>>(query.document, query.variables(threadId));
        expect(codeOf(result)).toBe(code);
        if (code === 'OK') expect(result.data?.[query.name]).toBeTruthy();
        else expect(result.data?.[query.name] ?? null).toBeNull();
      });
    });
  });

  describe('threads', () => {
    it('keeps Markdown exactly as written, and shows the author, their agency, topics and the linked work', async () => {
      const work = await api.prisma.client.civilSocietyWork.findMany({ take: 2, orderBy: { title: 'asc' }, include: { agency: true } });
      const body = '    kodblock först\n\n# Rubrik\n\n<script>alert("x")</script> **fet** & _kursiv_\n';
      const thread = await startThread(member, { body, topics: ['IOP'], relatedWorkIds: [work[1]!.id, work[0]!.id, work[0]!.id] });

      expect(thread).toMatchObject({
        body,
        topics: ['iop'],
        author: { email: DEMO.member },
        agency: { slug: 'skatteverket' },
        replyCount: 0,
        replies: [],
        revisions: [],
        answered: false,
        answer: null,
        hidden: false,
        hiddenReason: null,
        editedAt: null,
        followedByMe: true,
      });
      expect(thread.relatedWork).toEqual(work.map((item) => ({ id: item.id, title: item.title, agency: { slug: item.agency.slug } })));
      expect(new Date(thread.editableUntil).getTime() - new Date(thread.createdAt).getTime()).toBe(DAY);
      expect(thread.lastActivityAt).toBe(thread.createdAt);
      await expect(threadAs(liaison, thread.id)).resolves.toMatchObject({ body, followedByMe: false });
    });

    it('shows no agency for an author without one', async () => {
      await expect(startThread(admin)).resolves.toMatchObject({ author: { email: DEMO.admin }, agency: null });
    });

    it('answers null for a thread that does not exist or an id that is no id', async () => {
      await expect(threadAs(member, randomUUID())).resolves.toBeNull();
      await expect(threadAs(member, 'inte-ett-id')).resolves.toBeNull();
    });

    it('lists replies oldest first, bumps the thread’s latest activity and counts them', async () => {
      const thread = await startThread(member);
      const first = await replyTo(liaison, thread.id, 'Första svaret');
      const second = await replyTo(coordinator, thread.id, 'Andra svaret');

      const seen = (await threadAs(member, thread.id))!;
      expect(seen.replies.map((reply) => [reply.body, reply.author.email])).toEqual([
        ['Första svaret', DEMO.liaisonMigrationsverket],
        ['Andra svaret', DEMO.coordinator],
      ]);
      expect(seen.replyCount).toBe(2);
      expect(seen.lastActivityAt).toBe(second.createdAt);
      expect(new Date(first.createdAt).getTime()).toBeLessThanOrEqual(new Date(second.createdAt).getTime());
    });

    it('lets the author mark the reply that helped, move the mark and take it away', async () => {
      const thread = await startThread(member);
      const first = await replyTo(liaison, thread.id);
      const second = await replyTo(coordinator, thread.id);
      const other = await startThread(member);
      const elsewhere = await replyTo(liaison, other.id);

      await expect(member.data(MARK_ANSWERED, { threadId: thread.id, replyId: first.id })).resolves.toEqual({
        markThreadAnswered: { id: thread.id, answered: true, answer: { id: first.id } },
      });
      await expect(member.data(MARK_ANSWERED, { threadId: thread.id, replyId: second.id })).resolves.toMatchObject({
        markThreadAnswered: { answer: { id: second.id } },
      });
      // Only the thread's author, and only a reply of this thread.
      await expect(coordinator.code(MARK_ANSWERED, { threadId: thread.id, replyId: first.id })).resolves.toBe('FORBIDDEN');
      const foreign = await member.request(MARK_ANSWERED, { threadId: thread.id, replyId: elsewhere.id });
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { replyId: expect.any(String) } });
      await expect(threadAs(liaison, thread.id)).resolves.toMatchObject({ answered: true, answer: { id: second.id } });

      await expect(member.data(UNMARK_ANSWERED, { threadId: thread.id })).resolves.toEqual({
        unmarkThreadAnswered: { id: thread.id, answered: false, answer: null },
      });
    });

    it('writes an audit event for each change, in the change’s transaction', async () => {
      const before = await auditCount();
      const thread = await startThread(member);
      const reply = await replyTo(liaison, thread.id);
      await member.data(EDIT_THREAD, { id: thread.id, input: { title: 'Ny titel', body: 'Ny text' } });
      await liaison.data(EDIT_REPLY, { id: reply.id, body: 'Ny svarstext' });
      await member.data(MARK_ANSWERED, { threadId: thread.id, replyId: reply.id });
      await coordinator.data(HIDE_REPLY, { id: reply.id, reason: 'Fel tråd' });
      await coordinator.data(HIDE_THREAD, { id: thread.id, reason: 'Dubblett' });
      await coordinator.data(UNHIDE_THREAD, { id: thread.id });

      const events = await api.prisma.client.auditEvent.findMany({ where: { entityId: { in: [thread.id, reply.id] } }, orderBy: { createdAt: 'asc' } });
      expect(await auditCount()).toBe(before + events.length);
      expect(events.map((event) => event.action)).toEqual([
        'thread.started',
        'reply.posted',
        'thread.edited',
        'reply.edited',
        'thread.answered',
        'reply.hidden',
        'thread.hidden',
        'thread.unhidden',
      ]);
      // Hiding the reply that helped took away the mark, in the same change.
      expect(events[5]!.before).toMatchObject({ answerOfThread: true });
      await expect(threadAs(member, thread.id)).resolves.toMatchObject({ answered: false, answer: null });
    });
  });

  describe('the 24-hour edit window and the history of edits', () => {
    async function backdate(kind: 'thread' | 'reply', id: string, ageMs: number): Promise<void> {
      const createdAt = new Date(Date.now() - ageMs);
      if (kind === 'thread') await api.prisma.client.experienceThread.update({ where: { id }, data: { createdAt } });
      else await api.prisma.client.experienceReply.update({ where: { id }, data: { createdAt } });
    }

    it('keeps each earlier version of a thread, oldest first, with who replaced it and when', async () => {
      const thread = await startThread(member, { title: 'Version 1', body: 'Text 1', topics: ['a'] });
      await member.data(EDIT_THREAD, { id: thread.id, input: { title: 'Version 2', body: 'Text 2' } });
      const { editExperienceThread: edited } = await member.data<{ editExperienceThread: ThreadView }>(EDIT_THREAD, {
        id: thread.id,
        input: { title: 'Version 3', body: 'Text 3', topics: ['B', 'a'] },
      });

      expect(edited).toMatchObject({ title: 'Version 3', body: 'Text 3', topics: ['b', 'a'], editedAt: expect.any(String) });
      expect(edited.revisions.map(({ title, body, editedBy }) => ({ title, body, editedBy: editedBy.email }))).toEqual([
        { title: 'Version 1', body: 'Text 1', editedBy: DEMO.member },
        { title: 'Version 2', body: 'Text 2', editedBy: DEMO.member },
      ]);
      const [first, second] = edited.revisions.map((revision) => new Date(revision.replacedAt).getTime());
      expect(first).toBeLessThanOrEqual(second!);
      expect(second).toBe(new Date(edited.editedAt!).getTime());
      // Topics and links left out stay as they were.
      await member.data(EDIT_THREAD, { id: thread.id, input: { title: 'Version 4', body: 'Text 3' } });
      await expect(threadAs(liaison, thread.id)).resolves.toMatchObject({ title: 'Version 4', topics: ['b', 'a'] });
    });

    it('writes nothing for an edit that changes nothing', async () => {
      const thread = await startThread(member, { title: 'Oförändrad', body: 'Samma', topics: ['x'] });
      const before = await exchangeState();
      await member.data(EDIT_THREAD, { id: thread.id, input: { title: ' Oförändrad ', body: 'Samma', topics: ['X '] } });
      expect(await exchangeState()).toEqual(before);
    });

    it('keeps each earlier version of a reply', async () => {
      const thread = await startThread(member);
      const reply = await replyTo(liaison, thread.id, 'Svar 1');
      await liaison.data(EDIT_REPLY, { id: reply.id, body: 'Svar 2' });
      const { editExperienceReply: edited } = await liaison.data<{ editExperienceReply: { body: string; revisions: Revision[] } }>(EDIT_REPLY, {
        id: reply.id,
        body: 'Svar 3',
      });
      expect(edited.body).toBe('Svar 3');
      expect(edited.revisions.map(({ title, body, editedBy }) => ({ title, body, editedBy: editedBy.email }))).toEqual([
        { title: null, body: 'Svar 1', editedBy: DEMO.liaisonMigrationsverket },
        { title: null, body: 'Svar 2', editedBy: DEMO.liaisonMigrationsverket },
      ]);
    });

    it.each(['thread', 'reply'] as const)('lets the author edit a %s until 24 hours have passed, then refuses and writes nothing', async (kind) => {
      const thread = await startThread(member);
      const reply = await replyTo(member, thread.id);
      const id = kind === 'thread' ? thread.id : reply.id;
      const edit = (body: string) =>
        kind === 'thread' ? member.request(EDIT_THREAD, { id, input: { title: thread.title, body } }) : member.request(EDIT_REPLY, { id, body });

      await backdate(kind, id, DAY - 60_000);
      expect(codeOf(await edit('Ändrad inom ett dygn'))).toBe('OK');

      await backdate(kind, id, DAY + 1_000);
      const before = await exchangeState();
      const late = await edit('För sent');
      expect(codeOf(late)).toBe('FORBIDDEN');
      expect(late.errors?.[0]?.message).toMatch(/24/);
      expect(await exchangeState()).toEqual(before);
    });

    it.each(['thread', 'reply'] as const)('refuses an edit of someone else’s %s, even by a coordinator or admin', async (kind) => {
      const thread = await startThread(member);
      const reply = await replyTo(member, thread.id);
      const before = await exchangeState();
      for (const client of [liaison, coordinator, admin]) {
        const result =
          kind === 'thread'
            ? await client.request(EDIT_THREAD, { id: thread.id, input: { title: 'Kapad', body: 'Kapad' } })
            : await client.request(EDIT_REPLY, { id: reply.id, body: 'Kapad' });
        expect(codeOf(result)).toBe('FORBIDDEN');
      }
      expect(await exchangeState()).toEqual(before);
    });
  });

  describe('moderation', () => {
    it('keeps earlier versions to the author and coordinators: an edit made while hidden does not leak what was hidden', async () => {
      const thread = await startThread(member);
      const reply = await replyTo(liaison, thread.id, unique('Ring Anna Svensson, personnummer 19800101-1234'));
      await coordinator.data(HIDE_REPLY, { id: reply.id, reason: 'Personuppgifter' });
      await liaison.data(EDIT_REPLY, { id: reply.id, body: 'Ring vår handläggare.' });
      await coordinator.data(UNHIDE_REPLY, { id: reply.id });
      const revisionsAs = async (client: GraphQLClient) =>
        (
          await client.data<{ experienceThread: { replies: { id: string; revisions?: Revision[] }[] } }>(
            `query T($id: ID!) { experienceThread(id: $id) { replies { id revisions { body } } } }`,
            { id: thread.id },
          )
        ).experienceThread.replies.find((row) => row.id === reply.id)!.revisions!;
      expect((await revisionsAs(liaison)).map((revision) => revision.body)).toEqual([reply.body]);
      expect((await revisionsAs(coordinator)).map((revision) => revision.body)).toEqual([reply.body]);
      expect(await revisionsAs(member)).toEqual([]);
      expect(await revisionsAs(bystander)).toEqual([]);
    });

    it('withdraws unsent reply mail when the reply or its thread is hidden, and leaves other mail alone', async () => {
      // A fresh asker, following the thread as its author and getting one mail per reply.
      const asker = await newMember('Frågar Om Mejl');
      const thread = await startThread(asker.client);
      const hiddenReply = await replyTo(liaison, thread.id, unique('Något som ska döljas'));
      const keptReply = await replyTo(bystander, thread.id, unique('Något som får stå kvar'));
      const statuses = async (replyId: string) =>
        (await api.prisma.client.outboxMessage.findMany({ where: { reference: { endsWith: `/ExperienceReply:${replyId}` } }, select: { status: true } })).map(
          (row) => row.status,
        );
      expect(await statuses(hiddenReply.id)).toContain('PENDING');
      await coordinator.data(HIDE_REPLY, { id: hiddenReply.id, reason: 'Fel tråd' });
      expect(new Set(await statuses(hiddenReply.id))).toEqual(new Set(['WITHDRAWN']));
      expect(await statuses(keptReply.id)).toContain('PENDING');
      await coordinator.data(HIDE_THREAD, { id: thread.id, reason: 'Hela tråden' });
      expect(new Set(await statuses(keptReply.id))).toEqual(new Set(['WITHDRAWN']));
    });

    it('refuses NUL characters as bad input instead of failing in the database', async () => {
      const result = await member.request(START, { input: { title: 'Rubrik', body: 'Text med \u0000 i' } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.body': expect.any(String) } });
      const reply = await member.request(REPLY, { threadId: (await startThread(member)).id, body: 'a\u0000b' });
      expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { body: expect.any(String) } });
    });

    it('calls forged cursors bad input', async () => {
      for (const forged of [
        ['inte-ett-datum', randomUUID()],
        [new Date().toISOString(), 'inte-ett-id'],
      ]) {
        const after = Buffer.from(JSON.stringify(forged)).toString('base64url');
        expect((await member.request(THREADS, { after })).errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { after: expect.any(String) },
        });
      }
    });

    it('hides a thread from everyone but its author (marked) and coordinators (marked)', async () => {
      const topic = unique('moderering').toLowerCase();
      const shown = await startThread(member, { topics: [topic] });
      const hidden = await startThread(member, { topics: [topic] });

      await expect(coordinator.data(HIDE_THREAD, { id: hidden.id, reason: '  Innehåller personuppgifter.  ' })).resolves.toEqual({
        hideExperienceThread: { id: hidden.id, hidden: true, hiddenReason: 'Innehåller personuppgifter.' },
      });

      // The author sees it, marked, with the reason.
      await expect(threadAs(member, hidden.id)).resolves.toMatchObject({ hidden: true, hiddenReason: 'Innehåller personuppgifter.' });
      const forAuthor = await threadsAs(member, { topic });
      expect(forAuthor.totalCount).toBe(2);
      expect(forAuthor.nodes.find((node) => node.id === hidden.id)).toMatchObject({ hidden: true, hiddenReason: 'Innehåller personuppgifter.' });
      // Others do not see it at all: not by id, not in lists or counts.
      for (const other of [liaison, bystander]) {
        await expect(threadAs(other, hidden.id)).resolves.toBeNull();
        const page = await threadsAs(other, { topic });
        expect(page.totalCount).toBe(1);
        expect(page.nodes.map((node) => node.id)).toEqual([shown.id]);
      }
      const { experienceTopics } = await liaison.data<{ experienceTopics: { topic: string; threadCount: number }[] }>(TOPICS);
      expect(experienceTopics.find((count) => count.topic === topic)).toEqual({ topic, threadCount: 1 });
      // Coordinators and admins see everything, marked.
      for (const moderator of [coordinator, admin]) {
        await expect(threadAs(moderator, hidden.id)).resolves.toMatchObject({ hidden: true, hiddenReason: 'Innehåller personuppgifter.' });
        expect((await threadsAs(moderator, { topic })).totalCount).toBe(2);
      }

      // No more replies, and following it is for those who can see it.
      await expect(member.code(REPLY, { threadId: hidden.id, body: 'Hallå?' })).resolves.toBe('CONFLICT');
      await expect(liaison.code(REPLY, { threadId: hidden.id, body: 'Hallå?' })).resolves.toBe('NOT_FOUND');
      await expect(liaison.code(FOLLOW_THREAD, { threadId: hidden.id })).resolves.toBe('NOT_FOUND');

      await coordinator.data(UNHIDE_THREAD, { id: hidden.id });
      await expect(threadAs(liaison, hidden.id)).resolves.toMatchObject({ hidden: false, hiddenReason: null });
    });

    it('leaves hidden replies out for others, and out of their reply count', async () => {
      const thread = await startThread(member);
      const kept = await replyTo(bystander, thread.id, 'Ett bra svar');
      const hidden = await replyTo(liaison, thread.id, 'Ett olämpligt svar');
      await coordinator.data(HIDE_REPLY, { id: hidden.id, reason: 'Olämpligt' });

      // The thread's author is not the reply's: it is gone for them.
      await expect(threadAs(member, thread.id)).resolves.toMatchObject({ replyCount: 1, replies: [{ id: kept.id, hidden: false }] });
      expect((await threadsAs(member, {})).nodes.find((node) => node.id === thread.id)).toMatchObject({ replyCount: 1 });
      // The reply's author sees it, marked.
      const forAuthor = (await threadAs(liaison, thread.id))!;
      expect(forAuthor.replyCount).toBe(2);
      expect(forAuthor.replies.find((reply) => reply.id === hidden.id)).toMatchObject({ hidden: true, hiddenReason: 'Olämpligt' });
      // Coordinators see both, marked.
      await expect(threadAs(coordinator, thread.id)).resolves.toMatchObject({
        replyCount: 2,
        replies: [
          { id: kept.id, hidden: false },
          { id: hidden.id, hidden: true, hiddenReason: 'Olämpligt' },
        ],
      });
      // Nobody else can edit it into view, nor mark it as the answer.
      const refused = await member.request(MARK_ANSWERED, { threadId: thread.id, replyId: hidden.id });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { replyId: expect.any(String) } });

      await coordinator.data(UNHIDE_REPLY, { id: hidden.id });
      await expect(threadAs(member, thread.id)).resolves.toMatchObject({ replyCount: 2 });
    });

    it.each([
      ['thread', HIDE_THREAD],
      ['reply', HIDE_REPLY],
    ] as const)('refuses to hide a %s without a reason, and writes nothing', async (kind, document) => {
      const thread = await startThread(member);
      const reply = await replyTo(liaison, thread.id);
      const id = kind === 'thread' ? thread.id : reply.id;
      const before = await exchangeState();
      for (const reason of ['', '   ']) {
        const result = await coordinator.request(document, { id, reason });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: expect.any(String) } });
      }
      expect(await exchangeState()).toEqual(before);
    });

    it('answers NOT_FOUND for hiding what does not exist', async () => {
      await expect(coordinator.code(HIDE_THREAD, { id: randomUUID(), reason: 'x' })).resolves.toBe('NOT_FOUND');
      await expect(coordinator.code(HIDE_REPLY, { id: 'inte-ett-id', reason: 'x' })).resolves.toBe('NOT_FOUND');
    });
  });

  describe('topics', () => {
    it('normalises topics (lower case, trimmed, de-duplicated) and lists them with counts, most used first', async () => {
      const prefix = unique('ämne').replace(/ /g, '');
      const first = await startThread(member, { topics: [`  ${prefix}-Bidrag `, `${prefix}-BIDRAG`, `${prefix}-Ideella   Föreningar`, '   '] });
      expect(first.topics).toEqual([`${prefix}-bidrag`, `${prefix}-ideella föreningar`]);
      await startThread(liaison, { topics: [`${prefix}-bidrag`] });

      const { experienceTopics } = await member.data<{ experienceTopics: { topic: string; threadCount: number }[] }>(TOPICS);
      const ours = experienceTopics.filter((count) => count.topic.startsWith(prefix));
      expect(ours).toEqual([
        { topic: `${prefix}-bidrag`, threadCount: 2 },
        { topic: `${prefix}-ideella föreningar`, threadCount: 1 },
      ]);
      const counts = experienceTopics.map((count) => count.threadCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      // The filter is normalised the same way.
      const filtered = await threadsAs(coordinator, { topic: `  ${prefix.toUpperCase()}-BIDRAG ` });
      expect(filtered.totalCount).toBe(2);
    });

    it('counts at most 10 distinct topics after normalisation', async () => {
      const ten = Array.from({ length: 10 }, (_, index) => `t${index}`);
      await expect(startThread(member, { topics: [...ten, 'T0 ', 't1'] })).resolves.toMatchObject({ topics: ten });
      const eleven = await member.request(START, { input: { title: 'För många', body: 'x', topics: [...ten, 't10'] } });
      expect(eleven.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.topics': expect.any(String) } });
    });
  });

  describe('paging by latest activity', () => {
    it('lists threads latest activity first, a reply moving its thread to the top, page by page without gaps or repeats', async () => {
      const topic = unique('sidor').toLowerCase();
      const threads: ThreadView[] = [];
      for (let index = 0; index < 5; index += 1) threads.push(await startThread(member, { title: `Sida ${index}`, topics: [topic] }));
      // Distinct, known activity times: thread 0 the latest, thread 4 the oldest.
      const base = Date.now() - 3_600_000;
      for (const [index, thread] of threads.entries()) {
        await api.prisma.client.experienceThread.update({ where: { id: thread.id }, data: { lastActivityAt: new Date(base - index * 60_000) } });
      }
      await replyTo(liaison, threads[4]!.id);

      const seen: string[] = [];
      const hasNext: boolean[] = [];
      let after: string | null = null;
      do {
        const page: ThreadPage = await threadsAs(bystander, { topic, first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.nodes.map((node) => node.id));
        hasNext.push(page.pageInfo.hasNextPage);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);

      expect(seen).toEqual([4, 0, 1, 2, 3].map((index) => threads[index]!.id));
      expect(hasNext).toEqual([true, true, false]);
    });

    it('refuses a page size out of bounds and a damaged cursor', async () => {
      const zero = await member.request(THREADS, { first: 0 });
      expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
      const damaged = await member.request(THREADS, { after: 'inte-en-markör' });
      expect(damaged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    });

    it('runs a constant number of SQL statements for a page of threads with all their fields, whatever its size', async () => {
      const topic = unique('budget').toLowerCase();
      const work = await api.prisma.client.civilSocietyWork.findFirstOrThrow();
      for (let index = 0; index < 8; index += 1) {
        const thread = await startThread(member, { topics: [topic], relatedWorkIds: [work.id] });
        const reply = await replyTo(liaison, thread.id);
        await liaison.data(EDIT_REPLY, { id: reply.id, body: 'Ändrat' });
        await member.data(MARK_ANSWERED, { threadId: thread.id, replyId: reply.id });
      }
      const page = `query Page($topic: String, $first: Int) { experienceThreads(topic: $topic, first: $first) { totalCount nodes {
        ${THREAD_FIELDS} replies { revisions { body editedBy { email } } } } } }`;
      const counts: number[] = [];
      for (const first of [2, 8]) {
        const { statements } = await api.prisma.statements.measure(() => coordinator.data(page, { topic, first }));
        counts.push(statements);
      }
      expect(counts[0]).toBe(counts[1]);
    });
  });

  describe('following and mail', () => {
    async function replyMails(title: string): Promise<{ recipient: string; subject: string; text: string }[]> {
      return api.prisma.client.outboxMessage.findMany({
        where: { kind: 'exchange.reply', subject: `Nytt svar: ${title}` },
        orderBy: [{ createdAt: 'asc' }, { recipient: 'asc' }],
        select: { recipient: true, subject: true, text: true },
      });
    }

    it('mails each follower of the thread or its topics once per reply, never the reply’s author, through the outbox', async () => {
      const topic = unique('följ').toLowerCase();
      const asker = await newMember('Frågande Person');
      const threadFollower = await newMember('Trådföljare');
      const topicFollower = await newMember('Ämnesföljare');
      const both = await newMember('Följer Båda');
      const replier = await newMember('Svarande Person');
      const bystanderMember = await newMember('Ingen Följare');

      const thread = await startThread(asker.client, { topics: [topic, 'annat'] });
      await threadFollower.client.data(FOLLOW_THREAD, { threadId: thread.id });
      await topicFollower.client.data(FOLLOW_TOPIC, { topic: ` ${topic.toUpperCase()} ` });
      await both.client.data(FOLLOW_THREAD, { threadId: thread.id });
      await both.client.data(FOLLOW_TOPIC, { topic });
      await expect(both.client.data(MY_FOLLOWS)).resolves.toEqual({
        myExchangeFollows: { threads: [{ id: thread.id }], topics: [topic], weeklyDigest: false, lastDigestAt: null },
      });
      // The one who asked follows their thread from the start.
      await expect(asker.client.data(MY_FOLLOWS)).resolves.toMatchObject({ myExchangeFollows: { threads: [{ id: thread.id }] } });

      await replyTo(replier.client, thread.id, 'Vi har **goda** erfarenheter av IOP.');

      const mails = await replyMails(thread.title);
      expect(mails.map((mail) => mail.recipient).sort()).toEqual([asker.email, both.email, threadFollower.email, topicFollower.email].sort());
      for (const mail of mails) {
        expect(mail.subject).toBe(`Nytt svar: ${thread.title}`);
        expect(mail.text).toContain('Svarande Person');
        expect(mail.text).toContain('Vi har **goda** erfarenheter av IOP.');
        expect(mail.text).toContain(`/erfarenheter/${thread.id}`);
      }
      expect(mails.map((mail) => mail.recipient)).not.toContain(replier.email);
      expect(mails.map((mail) => mail.recipient)).not.toContain(bystanderMember.email);

      // The asker replies: everyone else who follows hears of it, not the asker.
      await replyTo(asker.client, thread.id, 'Tack!');
      const second = (await replyMails(thread.title)).slice(mails.length);
      expect(second.map((mail) => mail.recipient).sort()).toEqual([both.email, threadFollower.email, topicFollower.email].sort());

      // Unfollowing ends the mail; following again what one follows changes nothing.
      await threadFollower.client.data(UNFOLLOW_THREAD, { threadId: thread.id });
      await topicFollower.client.data(UNFOLLOW_TOPIC, { topic: topic.toUpperCase() });
      const auditBefore = await auditCount();
      await both.client.data(FOLLOW_THREAD, { threadId: thread.id });
      await both.client.data(FOLLOW_TOPIC, { topic });
      expect(await auditCount()).toBe(auditBefore);
      await replyTo(replier.client, thread.id, 'Ett tredje svar');
      const third = (await replyMails(thread.title)).slice(mails.length + second.length);
      expect(third.map((mail) => mail.recipient).sort()).toEqual([asker.email, both.email].sort());
    });

    it('sends no mail for a reply that is refused', async () => {
      const asker = await newMember('Frågar Igen');
      const thread = await startThread(asker.client);
      await expect(liaison.code(REPLY, { threadId: thread.id, body: '   ' })).resolves.toBe('BAD_USER_INPUT');
      await expect(replyMails(thread.title)).resolves.toEqual([]);
    });
  });

  describe('the weekly digest', () => {
    let digests: ExchangeNotificationsService;

    beforeAll(() => {
      digests = api.app.get(ExchangeNotificationsService);
    });

    async function digestMails(recipient: string): Promise<{ subject: string; text: string }[]> {
      return api.prisma.client.outboxMessage.findMany({
        where: { kind: 'exchange.digest', recipient },
        orderBy: { createdAt: 'asc' },
        select: { subject: true, text: true },
      });
    }

    async function countDigests(): Promise<number> {
      return api.prisma.client.outboxMessage.count({ where: { kind: 'exchange.digest' } });
    }

    it('replaces the mail per reply with one mail a week of what is new in the threads and topics followed', async () => {
      const topic = unique('veckobrev').toLowerCase();
      const reader = await newMember('Veckoläsare');
      const asker = await newMember('Frågeställare');
      const replier = await newMember('Svarare');

      const followed = await startThread(asker.client, { title: unique('Följd tråd') });
      const underTopic = await startThread(asker.client, { title: unique('Tråd under ämnet'), topics: [topic] });
      const unrelated = await startThread(asker.client, { title: unique('Annan tråd') });
      await reader.client.data(FOLLOW_THREAD, { threadId: followed.id });
      await reader.client.data(FOLLOW_TOPIC, { topic });

      const { setExchangeNotifications } = await reader.client.data<{ setExchangeNotifications: Follows }>(SET_NOTIFICATIONS, { weeklyDigest: true });
      expect(setExchangeNotifications).toMatchObject({ weeklyDigest: true, lastDigestAt: expect.any(String) });
      const weekStart = new Date(setExchangeNotifications.lastDigestAt!);

      const old = await replyTo(replier.client, followed.id, 'Gammalt svar');
      await api.prisma.client.experienceReply.update({ where: { id: old.id }, data: { createdAt: new Date(weekStart.getTime() - 3_600_000) } });
      await replyTo(replier.client, followed.id, 'Nytt svar i följd tråd');
      await replyTo(replier.client, underTopic.id, 'Nytt svar under ämnet');
      await replyTo(replier.client, unrelated.id, 'Svar i annan tråd');
      await replyTo(reader.client, followed.id, 'Läsarens eget svar');
      const hidden = await replyTo(replier.client, underTopic.id, 'Dolt svar');
      await coordinator.data(HIDE_REPLY, { id: hidden.id, reason: 'Olämpligt' });

      // No mail per reply for a digest reader (the asker, who follows their threads, gets them).
      const perReply = await api.prisma.client.outboxMessage.findMany({ where: { kind: 'exchange.reply', recipient: reader.email } });
      expect(perReply).toEqual([]);
      await expect(api.prisma.client.outboxMessage.count({ where: { kind: 'exchange.reply', recipient: asker.email } })).resolves.toBeGreaterThan(0);

      // Not due until a week has passed.
      await coordinator.data(SEND_DIGESTS);
      await expect(digestMails(reader.email)).resolves.toEqual([]);

      const aWeekLater = new Date(weekStart.getTime() + 7 * DAY + 60_000);
      const before = await countDigests();
      const queued = await digests.sendWeeklyDigests(aWeekLater);
      expect(queued).toBe((await countDigests()) - before);

      const [digest, ...more] = await digestMails(reader.email);
      expect(more).toEqual([]);
      expect(digest!.subject).toBe('Veckobrev från erfarenhetsutbytet: 2 nya svar');
      expect(digest!.text).toContain('Nytt svar i följd tråd');
      expect(digest!.text).toContain('Nytt svar under ämnet');
      expect(digest!.text).toContain(`/erfarenheter/${followed.id}`);
      expect(digest!.text).toContain(followed.title);
      for (const left of ['Gammalt svar', 'Svar i annan tråd', 'Läsarens eget svar', 'Dolt svar']) expect(digest!.text).not.toContain(left);
      await expect(api.prisma.client.notificationPreference.findUniqueOrThrow({ where: { userId: reader.id } })).resolves.toMatchObject({
        lastDigestAt: aWeekLater,
      });

      // Once made, the next is a week away.
      await expect(digests.sendWeeklyDigests(aWeekLater)).resolves.toBe(0);
      await expect(digestMails(reader.email)).resolves.toHaveLength(1);

      // Turning the digest off brings back the mail per reply.
      await reader.client.data(SET_NOTIFICATIONS, { weeklyDigest: false });
      await replyTo(replier.client, followed.id, 'Svar efter veckobrevet');
      await expect(api.prisma.client.outboxMessage.count({ where: { kind: 'exchange.reply', recipient: reader.email } })).resolves.toBe(1);
    });

    it('covers the last 7 days for someone who never had a digest, and the coordinator’s trigger counts the mails', async () => {
      const reader = await newMember('Förste Läsare');
      const asker = await newMember('Frågar Här');
      const thread = await startThread(asker.client, { title: unique('Första veckobrevet') });
      await reader.client.data(FOLLOW_THREAD, { threadId: thread.id });
      await reader.client.data(SET_NOTIFICATIONS, { weeklyDigest: true });
      await api.prisma.client.notificationPreference.update({ where: { userId: reader.id }, data: { lastDigestAt: null } });
      const tooOld = await replyTo(asker.client, thread.id, 'Åtta dagar gammalt');
      await api.prisma.client.experienceReply.update({ where: { id: tooOld.id }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
      await replyTo(asker.client, thread.id, 'Från i veckan');

      const before = await countDigests();
      const { sendExchangeDigests } = await coordinator.data<{ sendExchangeDigests: number }>(SEND_DIGESTS);
      expect(sendExchangeDigests).toBe((await countDigests()) - before);
      expect(sendExchangeDigests).toBeGreaterThanOrEqual(1);

      const [digest] = await digestMails(reader.email);
      expect(digest!.subject).toBe('Veckobrev från erfarenhetsutbytet: 1 nytt svar');
      expect(digest!.text).toContain('Från i veckan');
      expect(digest!.text).not.toContain('Åtta dagar gammalt');
    });

    it('sends nothing when nothing is new, but starts the week over', async () => {
      const reader = await newMember('Tyst Vecka');
      await reader.client.data(SET_NOTIFICATIONS, { weeklyDigest: true });
      const now = new Date(Date.now() + 7 * DAY + 60_000);
      await digests.sendWeeklyDigests(now);
      await expect(digestMails(reader.email)).resolves.toEqual([]);
      await expect(api.prisma.client.notificationPreference.findUniqueOrThrow({ where: { userId: reader.id } })).resolves.toMatchObject({ lastDigestAt: now });
    });
  });

  describe('bad input: a clear error naming the field, and nothing written', () => {
    const fiftyThousand = 'a'.repeat(50_000);
    const input = (fields: Record<string, unknown>) => ({ input: { title: 'Titel', body: 'Text', ...fields } });

    const cases: { name: string; field: string; document: string; variables: () => Promise<Record<string, unknown>> }[] = [
      { name: 'a blank title', field: 'input.title', document: START, variables: async () => input({ title: '   ' }) },
      { name: 'an empty body', field: 'input.body', document: START, variables: async () => input({ body: '' }) },
      { name: 'a blank body', field: 'input.body', document: START, variables: async () => input({ body: ' \n\t ' }) },
      { name: 'a body over 50 000 characters', field: 'input.body', document: START, variables: async () => input({ body: `${fiftyThousand}a` }) },
      {
        name: 'more than 10 topics',
        field: 'input.topics',
        document: START,
        variables: async () => input({ topics: Array.from({ length: 11 }, (_, index) => `ämne ${index}`) }),
      },
      { name: 'a topic over 50 characters', field: 'input.topics', document: START, variables: async () => input({ topics: ['a'.repeat(51)] }) },
      { name: 'a link to unknown work', field: 'input.relatedWorkIds', document: START, variables: async () => input({ relatedWorkIds: [randomUUID()] }) },
      { name: 'a link that is no id', field: 'input.relatedWorkIds', document: START, variables: async () => input({ relatedWorkIds: ['inte-ett-id'] }) },
      { name: 'a blank reply', field: 'body', document: REPLY, variables: async () => ({ threadId: (await startThread(bystander)).id, body: '  ' }) },
      {
        name: 'a reply over 50 000 characters',
        field: 'body',
        document: REPLY,
        variables: async () => ({ threadId: (await startThread(bystander)).id, body: `${fiftyThousand}a` }),
      },
      {
        name: 'an edit with a blank title',
        field: 'input.title',
        document: EDIT_THREAD,
        variables: async () => ({ id: (await startThread(member)).id, ...input({ title: '' }) }),
      },
      {
        name: 'an edit linking unknown work',
        field: 'input.relatedWorkIds',
        document: EDIT_THREAD,
        variables: async () => ({ id: (await startThread(member)).id, ...input({ relatedWorkIds: [randomUUID()] }) }),
      },
      {
        name: 'a reply edited blank',
        field: 'body',
        document: EDIT_REPLY,
        variables: async () => ({ id: (await replyTo(member, (await startThread(bystander)).id)).id, body: '' }),
      },
      {
        name: 'marking a reply of another thread',
        field: 'replyId',
        document: MARK_ANSWERED,
        variables: async () => ({ threadId: (await startThread(member)).id, replyId: (await replyTo(member, (await startThread(bystander)).id)).id }),
      },
      { name: 'a blank topic to follow', field: 'topic', document: FOLLOW_TOPIC, variables: async () => ({ topic: '  ' }) },
    ];

    it.each(cases)('$name: BAD_USER_INPUT naming $field', async ({ field, document, variables }) => {
      const prepared = await variables();
      const before = await exchangeState();

      const result = await member.request(document, prepared);

      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0]?.extensions?.fields ?? {})).toEqual([field]);
      expect(await exchangeState()).toEqual(before);
    });

    it('accepts a body of exactly 50 000 characters, stored as written', async () => {
      const thread = await startThread(member, { body: fiftyThousand });
      expect(thread.body).toBe(fiftyThousand);
      await expect(replyTo(liaison, thread.id, fiftyThousand)).resolves.toMatchObject({ body: fiftyThousand });
    });
  });
});
