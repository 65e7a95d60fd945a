import { Injectable } from '@nestjs/common';

import type { PageRequest } from '#common';
import { type OutboxMessageModel, OutboxStatus, Prisma, PrismaService } from '#prisma';

export interface NewMessage {
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  calendar?: string | null;
  /** What the mail tells of, so that it can be withdrawn while unsent (see OutboxService.withdraw). */
  reference?: string | null;
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  async addAll(messages: NewMessage[]): Promise<void> {
    await this.prisma.client.outboxMessage.createMany({
      data: messages.map((message) => ({ ...message, calendar: message.calendar ?? null, reference: message.reference ?? null })),
    });
  }

  /** Unsent mail whose reference starts with `prefix` or ends with `suffix` stops being sent. */
  async withdraw(match: { prefix?: string; suffix?: string }): Promise<number> {
    const reference = match.prefix ? { startsWith: match.prefix } : { endsWith: match.suffix };
    const { count } = await this.prisma.client.outboxMessage.updateMany({
      where: { status: OutboxStatus.PENDING, reference },
      data: { status: OutboxStatus.WITHDRAWN },
    });
    return count;
  }

  /**
   * Takes up to `limit` messages that are due, skipping rows another process
   * holds, and pushes their next attempt ahead so that nobody else takes them
   * while this process sends.
   */
  claimDue(limit: number, now: Date, leaseUntil: Date): Promise<OutboxMessageModel[]> {
    return this.prisma.client.$queryRaw<OutboxMessageModel[]>`
      UPDATE outbox_messages SET next_attempt = ${leaseUntil}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM outbox_messages WHERE status = 'PENDING' AND next_attempt <= ${now}
        ORDER BY next_attempt, created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, recipient, subject, text, calendar, reference, status, attempts, last_error AS "lastError",
                next_attempt AS "nextAttempt", sent_at AS "sentAt", created_at AS "createdAt"`;
  }

  markSent(id: string, at: Date): Promise<unknown> {
    return this.prisma.client.outboxMessage.update({ where: { id }, data: { status: OutboxStatus.SENT, sentAt: at, lastError: null } });
  }

  markFailed(id: string, error: string, nextAttempt: Date, giveUp: boolean): Promise<unknown> {
    return this.prisma.client.outboxMessage.update({
      where: { id },
      data: { status: giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, lastError: error, nextAttempt },
    });
  }

  async page(status: OutboxStatus | undefined, recipient: string | undefined, page: PageRequest): Promise<{ rows: OutboxMessageModel[]; total: number }> {
    const where: Prisma.OutboxMessageWhereInput = { status, recipient };
    const after = page.after;
    const pageWhere: Prisma.OutboxMessageWhereInput = after
      ? { AND: [where, { OR: [{ createdAt: { lt: new Date(after.key) } }, { createdAt: new Date(after.key), id: { lt: after.id } }] }] }
      : where;
    const [rows, total] = await Promise.all([
      this.prisma.client.outboxMessage.findMany({ where: pageWhere, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.take + 1 }),
      this.prisma.client.outboxMessage.count({ where }),
    ]);
    return { rows, total };
  }
}
