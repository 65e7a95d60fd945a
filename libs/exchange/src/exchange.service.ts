import { Injectable } from '@nestjs/common';

import { assertCan, Permission, type SignedInViewer, type Viewer } from '#access';
import { AuditService } from '#audit';
import { BadUserInputError, ConflictError, type Connection, FieldChecks, ForbiddenError, isUuid, NotFoundError, pageRequest, toConnection } from '#common';
import { PrismaService } from '#prisma';

import type { ThreadInput } from './dto/exchange.inputs.js';
import { ExchangeRepository, type ReplyRow, type ThreadRow } from './exchange.repository.js';
import { readerVisibility } from './exchange-access.js';
import { ExchangeNotificationsService } from './exchange-notifications.service.js';
import { isVisible, MAX_BODY_LENGTH, MAX_REASON_LENGTH, normaliseTopic, normaliseTopics, type Visibility, withinEditWindow } from './exchange-rules.js';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Checks a body that comes as a plain argument (class-validator only sees input types); Markdown is kept as written. */
function checkBody(field: string, body: string): void {
  new FieldChecks().text(field, body, { max: MAX_BODY_LENGTH }).throwIfAny();
}

function checkReason(reason: string): string {
  new FieldChecks().text('reason', reason, { max: MAX_REASON_LENGTH }).throwIfAny();
  return reason.trim();
}

/**
 * The experience exchange: members start threads and reply, authors edit
 * their own posts for 24 hours (the earlier version kept) and mark which
 * reply answered them, coordinators hide posts with a reason.
 */
@Injectable()
export class ExchangeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly exchange: ExchangeRepository,
    private readonly audit: AuditService,
    private readonly notifications: ExchangeNotificationsService,
  ) {}

  /** What the viewer may see; UNAUTHENTICATED for anonymous viewers. */
  visibility(viewer: Viewer): Visibility {
    return readerVisibility(viewer);
  }

  isVisible(visibility: Visibility, post: { authorId: string; hiddenAt: Date | null }): boolean {
    return isVisible(visibility, post);
  }

  /**
   * Earlier versions are for the author and moderators only: a version from
   * before an edit may hold exactly what a coordinator hid the post for.
   */
  mayReadRevisions(viewer: Viewer, post: { authorId: string }): boolean {
    const visibility = this.visibility(viewer);
    return visibility.seeHidden || visibility.viewerId === post.authorId;
  }

  async threads(viewer: Viewer, topic?: string | null, first?: number | null, after?: string | null): Promise<Connection<ThreadRow>> {
    const visibility = this.visibility(viewer);
    const page = pageRequest(first, after, 'instant');
    const wanted = topic ? normaliseTopic(topic) : '';
    const { rows, total } = await this.exchange.pageThreads({ topic: wanted || undefined, visibility }, page);
    return toConnection(rows, total, page, (thread) => thread.lastActivityAt.toISOString());
  }

  /** One thread, or null when there is none the viewer may see. */
  async thread(viewer: Viewer, id: string): Promise<ThreadRow | null> {
    const visibility = this.visibility(viewer);
    const thread = isUuid(id) ? await this.exchange.findThread(id) : null;
    return thread && isVisible(visibility, thread) ? thread : null;
  }

  topics(viewer: Viewer): Promise<{ topic: string; threadCount: number }[]> {
    return this.exchange.topicCounts(this.visibility(viewer));
  }

  start(viewer: Viewer, input: ThreadInput): Promise<ThreadRow> {
    assertCan(viewer, Permission.takePartInExchange);
    return this.prisma.transaction(async () => {
      const workIds = await this.checkWork(input.relatedWorkIds ?? []);
      const thread = await this.exchange.createThread(
        { title: input.title, body: input.body, topics: normaliseTopics(input.topics ?? []), authorId: viewer.id, agencyId: viewer.agencyId },
        workIds,
      );
      // Whoever asks wants to hear the answers; they can unfollow.
      await this.exchange.followThread(viewer.id, thread.id);
      await this.audit.record(viewer, {
        action: 'thread.started',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        after: { ...thread, relatedWorkIds: workIds, followedByAuthor: true },
      });
      return thread;
    });
  }

  reply(viewer: Viewer, threadId: string, body: string): Promise<ReplyRow> {
    assertCan(viewer, Permission.takePartInExchange);
    checkBody('body', body);
    return this.prisma.transaction(async () => {
      const thread = await this.lockVisibleThread(viewer, threadId);
      // Those who can still see a hidden thread must not carry on its conversation (nor mail followers about it).
      if (thread.hiddenAt) throw new ConflictError('Tråden är dold och tar inte emot svar. / The thread is hidden and takes no replies.');
      const now = new Date();
      const reply = await this.exchange.createReply(thread.id, viewer.id, body, now);
      await this.exchange.touchThread(thread.id, now);
      await this.notifications.notifyReply(thread, reply, viewer);
      await this.audit.record(viewer, { action: 'reply.posted', entityType: 'ExperienceReply', entityId: reply.id, after: reply });
      return reply;
    });
  }

  /** Title and body are replaced (the earlier version kept as a revision); topics and links only when given. */
  editThread(viewer: Viewer, id: string, input: ThreadInput): Promise<ThreadRow> {
    assertCan(viewer, Permission.takePartInExchange);
    return this.prisma.transaction(async () => {
      const thread = await this.lockVisibleThread(viewer, id);
      const now = new Date();
      this.assertMayEdit(viewer, thread, now);
      const workIds = input.relatedWorkIds === null || input.relatedWorkIds === undefined ? null : await this.checkWork(input.relatedWorkIds);
      const topics = input.topics === null || input.topics === undefined ? thread.topics : normaliseTopics(input.topics);
      const workBefore = await this.exchange.workIdsOfThread(thread.id);
      const textChanged = input.title !== thread.title || input.body !== thread.body;
      const topicsChanged = !sameList(topics, thread.topics);
      const workChanged = workIds !== null && !sameSet(workIds, workBefore);
      if (!textChanged && !topicsChanged && !workChanged) return thread;
      if (textChanged) {
        await this.exchange.addRevision({ threadId: thread.id, title: thread.title, body: thread.body, editedById: viewer.id, at: now });
      }
      const updated = await this.exchange.updateThread(thread.id, { title: input.title, body: input.body, topics, editedAt: now });
      if (workChanged) await this.exchange.setWorkLinks(thread.id, workIds);
      await this.audit.record(viewer, {
        action: 'thread.edited',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        before: { ...thread, relatedWorkIds: workBefore },
        after: { ...updated, relatedWorkIds: workIds ?? workBefore },
      });
      return updated;
    });
  }

  editReply(viewer: Viewer, id: string, body: string): Promise<ReplyRow> {
    assertCan(viewer, Permission.takePartInExchange);
    checkBody('body', body);
    return this.prisma.transaction(async () => {
      const reply = await this.lockVisibleReply(viewer, id);
      const now = new Date();
      this.assertMayEdit(viewer, reply, now);
      if (body === reply.body) return reply;
      await this.exchange.addRevision({ replyId: reply.id, body: reply.body, editedById: viewer.id, at: now });
      const updated = await this.exchange.updateReply(reply.id, { body, editedAt: now });
      await this.audit.record(viewer, { action: 'reply.edited', entityType: 'ExperienceReply', entityId: reply.id, before: reply, after: updated });
      return updated;
    });
  }

  hideThread(viewer: Viewer, id: string, reason: string): Promise<ThreadRow> {
    assertCan(viewer, Permission.moderateExchange);
    const why = checkReason(reason);
    return this.prisma.transaction(async () => {
      const thread = await this.lockThread(id);
      if (thread.hiddenAt && thread.hiddenReason === why) return thread;
      const updated = await this.exchange.updateThread(thread.id, { hiddenAt: thread.hiddenAt ?? new Date(), hiddenReason: why, hiddenById: viewer.id });
      // Mail not yet sent about the thread's replies must not carry them out after all.
      await this.notifications.withdrawMail(thread.id);
      await this.audit.record(viewer, {
        action: 'thread.hidden',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        before: { hiddenAt: thread.hiddenAt, hiddenReason: thread.hiddenReason },
        after: { hiddenAt: updated.hiddenAt, hiddenReason: updated.hiddenReason },
      });
      return updated;
    });
  }

  unhideThread(viewer: Viewer, id: string): Promise<ThreadRow> {
    assertCan(viewer, Permission.moderateExchange);
    return this.prisma.transaction(async () => {
      const thread = await this.lockThread(id);
      if (!thread.hiddenAt) return thread;
      const updated = await this.exchange.updateThread(thread.id, { hiddenAt: null, hiddenReason: null, hiddenById: null });
      await this.audit.record(viewer, {
        action: 'thread.unhidden',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        before: { hiddenAt: thread.hiddenAt, hiddenReason: thread.hiddenReason },
        after: { hiddenAt: null, hiddenReason: null },
      });
      return updated;
    });
  }

  /** Hides a reply; a hidden reply cannot stand as the thread's answer, so it stops being one. */
  hideReply(viewer: Viewer, id: string, reason: string): Promise<ReplyRow> {
    assertCan(viewer, Permission.moderateExchange);
    const why = checkReason(reason);
    return this.prisma.transaction(async () => {
      const found = isUuid(id) ? await this.exchange.findReply(id) : null;
      if (!found) throw new NotFoundError('Svaret');
      // Thread first, then reply: the same order as everywhere else, so two moderators never deadlock.
      const thread = await this.lockThread(found.threadId);
      const reply = (await this.exchange.lockReply(id))!;
      if (reply.hiddenAt && reply.hiddenReason === why) return reply;
      const updated = await this.exchange.updateReply(reply.id, { hiddenAt: reply.hiddenAt ?? new Date(), hiddenReason: why, hiddenById: viewer.id });
      const wasAnswer = thread.answeredById === reply.id;
      if (wasAnswer) await this.exchange.updateThread(thread.id, { answeredById: null });
      await this.notifications.withdrawMail(thread.id, reply.id);
      await this.audit.record(viewer, {
        action: 'reply.hidden',
        entityType: 'ExperienceReply',
        entityId: reply.id,
        before: { hiddenAt: reply.hiddenAt, hiddenReason: reply.hiddenReason, answerOfThread: wasAnswer },
        after: { hiddenAt: updated.hiddenAt, hiddenReason: updated.hiddenReason, answerOfThread: false },
      });
      return updated;
    });
  }

  unhideReply(viewer: Viewer, id: string): Promise<ReplyRow> {
    assertCan(viewer, Permission.moderateExchange);
    return this.prisma.transaction(async () => {
      const reply = isUuid(id) ? await this.exchange.lockReply(id) : null;
      if (!reply) throw new NotFoundError('Svaret');
      if (!reply.hiddenAt) return reply;
      const updated = await this.exchange.updateReply(reply.id, { hiddenAt: null, hiddenReason: null, hiddenById: null });
      await this.audit.record(viewer, {
        action: 'reply.unhidden',
        entityType: 'ExperienceReply',
        entityId: reply.id,
        before: { hiddenAt: reply.hiddenAt, hiddenReason: reply.hiddenReason },
        after: { hiddenAt: null, hiddenReason: null },
      });
      return updated;
    });
  }

  /** The thread's author says which reply helped. */
  markAnswered(viewer: Viewer, threadId: string, replyId: string): Promise<ThreadRow> {
    assertCan(viewer, Permission.takePartInExchange);
    return this.prisma.transaction(async () => {
      const thread = await this.lockVisibleThread(viewer, threadId);
      this.assertThreadAuthor(viewer, thread);
      const reply = isUuid(replyId) ? await this.exchange.findReply(replyId) : null;
      if (!reply || reply.threadId !== thread.id) throw BadUserInputError.field('replyId', 'Det finns inget sådant svar i tråden.');
      if (reply.hiddenAt) throw BadUserInputError.field('replyId', 'Ett dolt svar kan inte markeras som det som hjälpte.');
      if (thread.answeredById === reply.id) return thread;
      const updated = await this.exchange.updateThread(thread.id, { answeredById: reply.id });
      await this.audit.record(viewer, {
        action: 'thread.answered',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        before: { answeredById: thread.answeredById },
        after: { answeredById: reply.id },
      });
      return updated;
    });
  }

  unmarkAnswered(viewer: Viewer, threadId: string): Promise<ThreadRow> {
    assertCan(viewer, Permission.takePartInExchange);
    return this.prisma.transaction(async () => {
      const thread = await this.lockVisibleThread(viewer, threadId);
      this.assertThreadAuthor(viewer, thread);
      if (!thread.answeredById) return thread;
      const updated = await this.exchange.updateThread(thread.id, { answeredById: null });
      await this.audit.record(viewer, {
        action: 'thread.unanswered',
        entityType: 'ExperienceThread',
        entityId: thread.id,
        before: { answeredById: thread.answeredById },
        after: { answeredById: null },
      });
      return updated;
    });
  }

  private assertMayEdit(viewer: SignedInViewer, post: { authorId: string; createdAt: Date }, now: Date): void {
    if (post.authorId !== viewer.id) throw new ForbiddenError('Bara den som skrev inlägget kan ändra det. / Only the author may edit a post.');
    if (!withinEditWindow(post.createdAt, now)) {
      throw new ForbiddenError('Ett inlägg kan bara ändras under 24 timmar efter att det skrevs. / A post can be edited for 24 hours only.');
    }
  }

  private assertThreadAuthor(viewer: SignedInViewer, thread: ThreadRow): void {
    if (thread.authorId !== viewer.id) {
      throw new ForbiddenError('Bara den som startade tråden kan markera vilket svar som hjälpte. / Only the thread’s author may mark its answer.');
    }
  }

  /** Every id must name civil-society work that exists; duplicates count once. */
  private async checkWork(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const existing = await this.exchange.existingWorkIds(unique.filter(isUuid));
    const unknown = unique.filter((id) => !existing.has(id));
    if (unknown.length) throw BadUserInputError.field('input.relatedWorkIds', `Okänd verksamhet: ${unknown.join(', ')}.`);
    return unique;
  }

  private async lockThread(id: string): Promise<ThreadRow> {
    const thread = isUuid(id) ? await this.exchange.lockThread(id) : null;
    if (!thread) throw new NotFoundError('Tråden');
    return thread;
  }

  /** The thread, locked, if the viewer may see it; NOT_FOUND otherwise, so a hidden thread's existence is not given away. */
  private async lockVisibleThread(viewer: SignedInViewer, id: string): Promise<ThreadRow> {
    const thread = await this.lockThread(id);
    if (!isVisible(this.visibility(viewer), thread)) throw new NotFoundError('Tråden');
    return thread;
  }

  /** The reply, locked, if the viewer may see it and its thread. */
  private async lockVisibleReply(viewer: SignedInViewer, id: string): Promise<ReplyRow> {
    const found = isUuid(id) ? await this.exchange.findReply(id) : null;
    if (!found) throw new NotFoundError('Svaret');
    const visibility = this.visibility(viewer);
    const thread = await this.exchange.findThread(found.threadId);
    const reply = await this.exchange.lockReply(id);
    if (!reply || !thread || !isVisible(visibility, thread) || !isVisible(visibility, reply)) throw new NotFoundError('Svaret');
    return reply;
  }
}
