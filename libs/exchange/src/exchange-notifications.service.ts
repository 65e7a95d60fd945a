import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import { assertCan, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import { FieldChecks, isUuid, NotFoundError } from '#common';
import { AppConfig } from '#config';
import { OutboxService } from '#mail';
import { PrismaService } from '#prisma';

import { ExchangeRepository, type ReplyRow, type ThreadRow } from './exchange.repository.js';
import { readerVisibility } from './exchange-access.js';
import { DIGEST_MAX_REPLIES, digestMail, replyMail } from './exchange-mails.js';
import { DIGEST_INTERVAL_MS, digestSince, isVisible, MAX_TOPIC_LENGTH, normaliseTopic } from './exchange-rules.js';

/** How often the timer looks for digests that are due. */
const DIGEST_CHECK_MS = 60 * 60 * 1000;

export interface ExchangeFollows {
  threads: ThreadRow[];
  topics: string[];
  weeklyDigest: boolean;
  lastDigestAt: Date | null;
}

/**
 * Following threads and topics, and hearing of new replies: one mail per
 * reply through the outbox, in the reply's own transaction, or a weekly
 * digest instead. The digest timer runs hourly beside the outbox's, and is
 * off when the outbox's is (OUTBOX_RETRY_SECONDS=0, as in tests).
 */
@Injectable()
export class ExchangeNotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Exchange');
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(
    private readonly prisma: PrismaService,
    private readonly exchange: ExchangeRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.outboxRetrySeconds > 0) {
      this.timer = setInterval(() => void this.sendDueDigests(), DIGEST_CHECK_MS);
      this.timer.unref();
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  threadUrl(threadId: string): string {
    return `${this.config.publicUrl}/erfarenheter/${threadId}`;
  }

  /**
   * Mails everyone who follows the thread or one of its topics about a new
   * reply, once each; never its author, nor those on a weekly digest. Must run
   * in the reply's transaction, so a reply that rolls back mails nobody.
   */
  async notifyReply(thread: ThreadRow, reply: ReplyRow, author: { name: string }): Promise<number> {
    const recipients = await this.exchange.replyRecipients(thread.id, thread.topics, reply.authorId);
    for (const recipient of recipients) {
      await this.outbox.enqueue({
        ...replyMail(recipient, { threadTitle: thread.title, threadUrl: this.threadUrl(thread.id), replyAuthor: author.name, replyBody: reply.body }),
        reference: replyReference(thread.id, reply.id),
      });
    }
    return recipients.length;
  }

  /** Unsent mail that quotes a thread's replies (all of them, or one) is withdrawn when moderation hides them. */
  async withdrawMail(threadId: string, replyId?: string): Promise<number> {
    return this.outbox.withdraw(replyId ? { suffix: `/ExperienceReply:${replyId}` } : { prefix: `ExperienceThread:${threadId}/` });
  }

  async follows(viewer: Viewer): Promise<ExchangeFollows> {
    const visibility = readerVisibility(viewer);
    const [threads, topics, preference] = await Promise.all([
      this.exchange.followedThreads(visibility.viewerId, visibility),
      this.exchange.followedTopics(visibility.viewerId),
      this.exchange.preference(visibility.viewerId),
    ]);
    return { threads, topics, weeklyDigest: preference?.weeklyDigest ?? false, lastDigestAt: preference?.lastDigestAt ?? null };
  }

  async followThread(viewer: Viewer, threadId: string): Promise<ExchangeFollows> {
    assertCan(viewer, Permission.takePartInExchange);
    await this.prisma.transaction(async () => {
      const thread = isUuid(threadId) ? await this.exchange.findThread(threadId) : null;
      if (!thread || !isVisible(readerVisibility(viewer), thread)) throw new NotFoundError('Tråden');
      if (await this.exchange.followThread(viewer.id, thread.id)) {
        await this.audit.record(viewer, { action: 'thread.followed', entityType: 'ExperienceThread', entityId: thread.id, after: { userId: viewer.id } });
      }
    });
    return this.follows(viewer);
  }

  /** Unfollowing works whatever became of the thread (hidden since, say); following nothing is no error. */
  async unfollowThread(viewer: Viewer, threadId: string): Promise<ExchangeFollows> {
    assertCan(viewer, Permission.takePartInExchange);
    await this.prisma.transaction(async () => {
      const thread = isUuid(threadId) ? await this.exchange.findThread(threadId) : null;
      if (!thread) throw new NotFoundError('Tråden');
      if (await this.exchange.unfollowThread(viewer.id, thread.id)) {
        await this.audit.record(viewer, { action: 'thread.unfollowed', entityType: 'ExperienceThread', entityId: thread.id, before: { userId: viewer.id } });
      }
    });
    return this.follows(viewer);
  }

  async followTopic(viewer: Viewer, topic: string): Promise<ExchangeFollows> {
    assertCan(viewer, Permission.takePartInExchange);
    const normalised = this.checkTopic(topic);
    await this.prisma.transaction(async () => {
      if (await this.exchange.followTopic(viewer.id, normalised)) {
        await this.audit.record(viewer, { action: 'topic.followed', entityType: 'Topic', entityId: normalised, after: { userId: viewer.id } });
      }
    });
    return this.follows(viewer);
  }

  async unfollowTopic(viewer: Viewer, topic: string): Promise<ExchangeFollows> {
    assertCan(viewer, Permission.takePartInExchange);
    const normalised = this.checkTopic(topic);
    await this.prisma.transaction(async () => {
      if (await this.exchange.unfollowTopic(viewer.id, normalised)) {
        await this.audit.record(viewer, { action: 'topic.unfollowed', entityType: 'Topic', entityId: normalised, before: { userId: viewer.id } });
      }
    });
    return this.follows(viewer);
  }

  /**
   * One mail per reply, or a weekly digest. Turning the digest on starts its
   * week now: the first digest then holds what came after, not the replies
   * already mailed one by one.
   */
  async setNotifications(viewer: Viewer, weeklyDigest: boolean): Promise<ExchangeFollows> {
    assertCan(viewer, Permission.takePartInExchange);
    await this.prisma.transaction(async () => {
      const before = await this.exchange.preference(viewer.id);
      if ((before?.weeklyDigest ?? false) === weeklyDigest) return;
      const saved = await this.exchange.savePreference(viewer.id, weeklyDigest ? { weeklyDigest, lastDigestAt: new Date() } : { weeklyDigest });
      await this.audit.record(viewer, {
        action: 'exchange.notifications.changed',
        entityType: 'NotificationPreference',
        entityId: viewer.id,
        before: before ? { weeklyDigest: before.weeklyDigest, lastDigestAt: before.lastDigestAt } : null,
        after: { weeklyDigest: saved.weeklyDigest, lastDigestAt: saved.lastDigestAt },
      });
    });
    return this.follows(viewer);
  }

  /** Coordinators: sends the digests that are due now, as the hourly timer would. */
  triggerDigests(viewer: Viewer): Promise<number> {
    assertCan(viewer, Permission.moderateExchange);
    return this.sendWeeklyDigests(new Date(), viewer);
  }

  /**
   * Mails each digest user whose last digest is a week old (or who never had
   * one) the replies since then (or of the last week) in the threads and
   * topics they follow, and records `now` as their last digest; someone with
   * nothing new gets no mail, but their week starts over. Each user in a
   * transaction of their own; returns how many mails were queued.
   */
  async sendWeeklyDigests(now: Date, actor: { id: string } | null = null): Promise<number> {
    const cutoff = new Date(now.getTime() - DIGEST_INTERVAL_MS);
    let queued = 0;
    for (const userId of await this.exchange.dueDigestUsers(cutoff)) {
      const mailed = await this.prisma.transaction(async () => {
        const user = await this.exchange.claimDueDigest(userId, cutoff);
        if (!user) return false;
        const since = digestSince(user.lastDigestAt, now);
        const topics = await this.exchange.followedTopics(userId);
        const { rows, total } = await this.exchange.digestReplies(userId, topics, since, now, DIGEST_MAX_REPLIES);
        if (total > 0) {
          await this.outbox.enqueue(
            digestMail(
              user,
              rows.map((row) => ({ ...row, threadUrl: this.threadUrl(row.threadId) })),
              total,
              since,
            ),
          );
        }
        await this.exchange.savePreference(userId, { weeklyDigest: true, lastDigestAt: now });
        await this.audit.record(actor, {
          action: 'exchange.digest.made',
          entityType: 'NotificationPreference',
          entityId: userId,
          before: { lastDigestAt: user.lastDigestAt },
          after: { lastDigestAt: now, replies: total, mailed: total > 0 },
        });
        return total > 0;
      });
      if (mailed) queued += 1;
    }
    return queued;
  }

  /** The timer's round: one at a time per process; a failure is logged and tried again next hour. */
  private sendDueDigests(): Promise<number> {
    this.running ??= this.sendWeeklyDigests(new Date())
      .then((queued) => {
        if (queued) this.logger.log(`${queued} veckobrev från erfarenhetsutbytet ligger i utkorgen.`);
        return queued;
      })
      .catch((error: unknown) => {
        this.logger.error(`Veckobrev: ${(error as Error).message}`);
        return 0;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private checkTopic(topic: string): string {
    const normalised = normaliseTopic(topic);
    new FieldChecks().text('topic', normalised, { max: MAX_TOPIC_LENGTH }).throwIfAny();
    return normalised;
  }
}

/** The outbox reference of a reply mail: by thread first, so hiding a thread withdraws all of its mail at once. */
function replyReference(threadId: string, replyId: string): string {
  return `ExperienceThread:${threadId}/ExperienceReply:${replyId}`;
}
