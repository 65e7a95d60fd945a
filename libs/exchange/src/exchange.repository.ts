import { Injectable } from '@nestjs/common';

import type { PageRequest } from '#common';
import {
  type CivilSocietyWorkModel,
  type ExperienceReplyModel as ReplyRow,
  type ExperienceThreadModel as ThreadRow,
  type NotificationPreferenceModel,
  Prisma,
  PrismaService,
  type UserModel as UserRow,
} from '#prisma';

import type { Visibility } from './exchange-rules.js';

export type { ReplyRow, ThreadRow, UserRow };

export interface ThreadQuery {
  /** Normalised. */
  topic?: string;
  visibility: Visibility;
}

export interface NewThread {
  title: string;
  body: string;
  topics: string[];
  authorId: string;
  agencyId: string | null;
}

export type ThreadChange = Partial<Pick<ThreadRow, 'title' | 'body' | 'topics' | 'editedAt' | 'hiddenAt' | 'hiddenReason' | 'hiddenById' | 'answeredById'>>;
export type ReplyChange = Partial<Pick<ReplyRow, 'body' | 'editedAt' | 'hiddenAt' | 'hiddenReason' | 'hiddenById'>>;

export interface RevisionRow {
  id: string;
  threadId: string | null;
  replyId: string | null;
  title: string | null;
  body: string;
  editedById: string;
  replacedAt: Date;
}

export interface Person {
  id: string;
  email: string;
  name: string;
}

export interface DigestReplyRow {
  threadId: string;
  threadTitle: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** Posts the viewer may see: all for moderators; for others those not hidden, and their own. */
function visibleTo(visibility: Visibility): { OR?: ({ hiddenAt: null } | { authorId: string })[] } {
  return visibility.seeHidden ? {} : { OR: [{ hiddenAt: null }, { authorId: visibility.viewerId }] };
}

/** Threads, replies, their history and links, follows and mail preferences: the exchange's tables. */
@Injectable()
export class ExchangeRepository {
  constructor(private readonly prisma: PrismaService) {}

  findThread(id: string): Promise<ThreadRow | null> {
    return this.prisma.client.experienceThread.findUnique({ where: { id } });
  }

  threadsByIds(ids: readonly string[]): Promise<ThreadRow[]> {
    return this.prisma.client.experienceThread.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Locks the thread's row until the transaction ends: edits, answers and moderation of one thread happen one at a time. */
  async lockThread(id: string): Promise<ThreadRow | null> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`SELECT id FROM experience_threads WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length ? this.findThread(id) : null;
  }

  /** A page of threads, latest activity first, fetched with one extra row to tell whether more follow. */
  async pageThreads(query: ThreadQuery, page: PageRequest): Promise<{ rows: ThreadRow[]; total: number }> {
    const where: Prisma.ExperienceThreadWhereInput = { AND: [visibleTo(query.visibility), query.topic ? { topics: { has: query.topic } } : {}] };
    const after = page.after;
    const pageWhere: Prisma.ExperienceThreadWhereInput = after
      ? {
          AND: [where, { OR: [{ lastActivityAt: { lt: new Date(after.key) } }, { lastActivityAt: new Date(after.key), id: { lt: after.id } }] }],
        }
      : where;
    const [rows, total] = await Promise.all([
      this.prisma.client.experienceThread.findMany({ where: pageWhere, orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }], take: page.take + 1 }),
      this.prisma.client.experienceThread.count({ where }),
    ]);
    return { rows, total };
  }

  createThread(thread: NewThread, workIds: string[]): Promise<ThreadRow> {
    return this.prisma.client.experienceThread.create({
      data: { ...thread, relatedWork: { create: workIds.map((workId) => ({ workId })) } },
    });
  }

  updateThread(id: string, change: ThreadChange): Promise<ThreadRow> {
    return this.prisma.client.experienceThread.update({ where: { id }, data: change });
  }

  /** A new reply makes the thread the latest active one. */
  touchThread(id: string, at: Date): Promise<unknown> {
    return this.prisma.client.experienceThread.update({ where: { id }, data: { lastActivityAt: at } });
  }

  async setWorkLinks(threadId: string, workIds: string[]): Promise<void> {
    await this.prisma.client.threadWorkLink.deleteMany({ where: { threadId, workId: { notIn: workIds } } });
    await this.prisma.client.threadWorkLink.createMany({ data: workIds.map((workId) => ({ threadId, workId })), skipDuplicates: true });
  }

  async workIdsOfThread(threadId: string): Promise<string[]> {
    const links = await this.prisma.client.threadWorkLink.findMany({ where: { threadId }, select: { workId: true }, orderBy: { workId: 'asc' } });
    return links.map((link) => link.workId);
  }

  /** Which of these ids name civil-society work that exists. */
  async existingWorkIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.client.civilSocietyWork.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /** Linked work of each thread, in title order. */
  async workOfThreads(threadIds: readonly string[]): Promise<{ threadId: string; work: CivilSocietyWorkModel }[]> {
    return this.prisma.client.threadWorkLink.findMany({
      where: { threadId: { in: [...threadIds] } },
      include: { work: true },
      orderBy: [{ work: { title: 'asc' } }, { workId: 'asc' }],
    });
  }

  findReply(id: string): Promise<ReplyRow | null> {
    return this.prisma.client.experienceReply.findUnique({ where: { id } });
  }

  repliesByIds(ids: readonly string[]): Promise<ReplyRow[]> {
    return this.prisma.client.experienceReply.findMany({ where: { id: { in: [...ids] } } });
  }

  async lockReply(id: string): Promise<ReplyRow | null> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`SELECT id FROM experience_replies WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length ? this.findReply(id) : null;
  }

  createReply(threadId: string, authorId: string, body: string, at: Date): Promise<ReplyRow> {
    return this.prisma.client.experienceReply.create({ data: { threadId, authorId, body, createdAt: at } });
  }

  updateReply(id: string, change: ReplyChange): Promise<ReplyRow> {
    return this.prisma.client.experienceReply.update({ where: { id }, data: change });
  }

  /** The replies of each thread that the viewer may see, oldest first. */
  repliesOf(threadIds: readonly string[], visibility: Visibility): Promise<ReplyRow[]> {
    return this.prisma.client.experienceReply.findMany({
      where: { threadId: { in: [...threadIds] }, ...visibleTo(visibility) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** How many replies of each thread the viewer may see. */
  async replyCounts(threadIds: readonly string[], visibility: Visibility): Promise<Map<string, number>> {
    const groups = await this.prisma.client.experienceReply.groupBy({
      by: ['threadId'],
      where: { threadId: { in: [...threadIds] }, ...visibleTo(visibility) },
      _count: { _all: true },
    });
    return new Map(groups.map((group) => [group.threadId, group._count._all]));
  }

  addRevision(revision: { threadId?: string; replyId?: string; title?: string | null; body: string; editedById: string; at: Date }): Promise<unknown> {
    const { at, ...fields } = revision;
    return this.prisma.client.postRevision.create({ data: { ...fields, createdAt: at } });
  }

  /** Earlier versions of each post, oldest first. */
  async revisionsOf(kind: 'thread' | 'reply', ids: readonly string[]): Promise<RevisionRow[]> {
    const rows = await this.prisma.client.postRevision.findMany({
      where: kind === 'thread' ? { threadId: { in: [...ids] } } : { replyId: { in: [...ids] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(({ createdAt, ...row }) => ({ ...row, replacedAt: createdAt }));
  }

  /** Topics of the threads the viewer may see, most used first, then alphabetically. */
  topicCounts(visibility: Visibility): Promise<{ topic: string; threadCount: number }[]> {
    const visible = visibility.seeHidden ? Prisma.sql`TRUE` : Prisma.sql`(t.hidden_at IS NULL OR t.author_id = ${visibility.viewerId}::uuid)`;
    return this.prisma.client.$queryRaw<{ topic: string; threadCount: number }[]>`
      SELECT topic, count(*)::int AS "threadCount"
      FROM experience_threads t CROSS JOIN LATERAL unnest(t.topics) AS topic
      WHERE ${visible}
      GROUP BY topic ORDER BY count(*) DESC, topic ASC`;
  }

  /** Adds the follow unless it is there; true when it was added. */
  async followThread(userId: string, threadId: string): Promise<boolean> {
    return (await this.prisma.client.threadFollow.createMany({ data: [{ userId, threadId }], skipDuplicates: true })).count === 1;
  }

  async unfollowThread(userId: string, threadId: string): Promise<boolean> {
    return (await this.prisma.client.threadFollow.deleteMany({ where: { userId, threadId } })).count === 1;
  }

  async followTopic(userId: string, topic: string): Promise<boolean> {
    return (await this.prisma.client.topicFollow.createMany({ data: [{ userId, topic }], skipDuplicates: true })).count === 1;
  }

  async unfollowTopic(userId: string, topic: string): Promise<boolean> {
    return (await this.prisma.client.topicFollow.deleteMany({ where: { userId, topic } })).count === 1;
  }

  /** Of these threads, the ones the user follows. */
  async followedAmong(userId: string, threadIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.prisma.client.threadFollow.findMany({ where: { userId, threadId: { in: [...threadIds] } }, select: { threadId: true } });
    return new Set(rows.map((row) => row.threadId));
  }

  /** Threads the user follows and may see, latest activity first. */
  followedThreads(userId: string, visibility: Visibility): Promise<ThreadRow[]> {
    return this.prisma.client.experienceThread.findMany({
      where: { followers: { some: { userId } }, ...visibleTo(visibility) },
      orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }],
    });
  }

  async followedTopics(userId: string): Promise<string[]> {
    const rows = await this.prisma.client.topicFollow.findMany({ where: { userId }, select: { topic: true }, orderBy: { topic: 'asc' } });
    return rows.map((row) => row.topic);
  }

  preference(userId: string): Promise<NotificationPreferenceModel | null> {
    return this.prisma.client.notificationPreference.findUnique({ where: { userId } });
  }

  savePreference(userId: string, change: { weeklyDigest: boolean; lastDigestAt?: Date | null }): Promise<NotificationPreferenceModel> {
    return this.prisma.client.notificationPreference.upsert({ where: { userId }, create: { userId, ...change }, update: change });
  }

  /**
   * Who hears of a new reply at once: active users who follow the thread or
   * one of its topics, not its author, and not on a weekly digest. Each once,
   * however many of those they follow.
   */
  replyRecipients(threadId: string, topics: string[], replyAuthorId: string): Promise<Person[]> {
    return this.prisma.client.user.findMany({
      where: {
        id: { not: replyAuthorId },
        disabledAt: null,
        OR: [{ threadFollows: { some: { threadId } } }, ...(topics.length ? [{ topicFollows: { some: { topic: { in: topics } } } }] : [])],
        NOT: { notification: { is: { weeklyDigest: true } } },
      },
      select: { id: true, email: true, name: true },
      orderBy: { email: 'asc' },
    });
  }

  /** Active users on a weekly digest whose last digest was made at or before `cutoff` (or never). */
  async dueDigestUsers(cutoff: Date): Promise<string[]> {
    const rows = await this.prisma.client.notificationPreference.findMany({
      where: { weeklyDigest: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: cutoff } }], user: { disabledAt: null } },
      select: { userId: true },
      orderBy: { userId: 'asc' },
    });
    return rows.map((row) => row.userId);
  }

  /**
   * Takes one user's digest if it is still due, locking the preference until
   * the transaction ends; a row another process holds is skipped, so two
   * processes never send the same digest.
   */
  async claimDueDigest(userId: string, cutoff: Date): Promise<(Person & { lastDigestAt: Date | null }) | null> {
    const rows = await this.prisma.client.$queryRaw<{ lastDigestAt: Date | null }[]>`
      SELECT last_digest_at AS "lastDigestAt" FROM notification_preferences
      WHERE user_id = ${userId}::uuid AND weekly_digest AND (last_digest_at IS NULL OR last_digest_at <= ${cutoff})
      FOR UPDATE SKIP LOCKED`;
    if (!rows.length) return null;
    const user = await this.prisma.client.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, disabledAt: true } });
    if (!user || user.disabledAt) return null;
    return { id: user.id, email: user.email, name: user.name, lastDigestAt: rows[0]!.lastDigestAt };
  }

  /**
   * Replies in (since, until] that the user would hear of: in threads they
   * follow or under topics they follow, not their own, not hidden, not in a
   * hidden thread. Oldest first, at most `take`; `total` counts them all.
   */
  async digestReplies(userId: string, topics: string[], since: Date, until: Date, take: number): Promise<{ rows: DigestReplyRow[]; total: number }> {
    const where: Prisma.ExperienceReplyWhereInput = {
      createdAt: { gt: since, lte: until },
      authorId: { not: userId },
      hiddenAt: null,
      thread: {
        hiddenAt: null,
        OR: [{ followers: { some: { userId } } }, ...(topics.length ? [{ topics: { hasSome: topics } }] : [])],
      },
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.experienceReply.findMany({
        where,
        select: { threadId: true, body: true, createdAt: true, thread: { select: { title: true } }, author: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take,
      }),
      this.prisma.client.experienceReply.count({ where }),
    ]);
    return {
      rows: rows.map((row) => ({ threadId: row.threadId, threadTitle: row.thread.title, author: row.author.name, body: row.body, createdAt: row.createdAt })),
      total,
    };
  }
}
