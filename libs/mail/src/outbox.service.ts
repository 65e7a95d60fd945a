import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import { assertCan, Permission, type Viewer } from '#access';
import { type Connection, pageRequest, toConnection } from '#common';
import { AppConfig } from '#config';
import { type OutboxMessageModel, type OutboxStatus, PrismaService } from '#prisma';

import { MailTransport } from './mail-transport.js';
import { type NewMessage, OutboxRepository } from './outbox.repository.js';

const BATCH = 20;
const MAX_ATTEMPTS = 10;
/** How long a claimed message is left alone while it is being sent. */
const LEASE_MS = 60_000;

/**
 * The transactional outbox. A change enqueues its e-mail in its own
 * transaction, so a mail is never lost nor sent for a change that rolled
 * back; delivery happens after commit and is retried with growing pauses
 * while the mail server is down. Without SMTP_URL the mail stays here for
 * coordinators to read, and the log says so.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private timer?: NodeJS.Timeout;
  private delivering: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.transport.configured) this.logger.log('SMTP_URL saknas: e-post sparas i utkorgen (outbox) och skickas inte.');
    if (this.config.outboxRetrySeconds > 0) {
      this.timer = setInterval(() => void this.deliverDue(), this.config.outboxRetrySeconds * 1000);
      this.timer.unref();
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Queues a mail inside the caller's transaction and sends it once that commits. */
  async enqueue(message: NewMessage): Promise<void> {
    await this.enqueueAll([message]);
  }

  /** Queues many mails with one statement (a selection tells every registrant at once). */
  async enqueueAll(messages: NewMessage[]): Promise<void> {
    if (!this.prisma.inTransaction) throw new Error(`Mail ${messages[0]?.kind} enqueued outside a transaction`);
    if (messages.length === 0) return;
    await this.outbox.addAll(messages);
    if (!this.transport.configured) {
      this.logger.log(
        messages.length === 1
          ? `E-post "${messages[0]!.subject}" till ${messages[0]!.recipient} ligger i utkorgen.`
          : `${messages.length} e-postmeddelanden ligger i utkorgen.`,
      );
    }
    this.prisma.afterCommit(() => void this.deliverDue());
  }

  /**
   * Withdraws unsent mail about something that may no longer be told (a post
   * a coordinator hid), in the caller's transaction. Mail already sent stays sent.
   */
  withdraw(match: { prefix: string } | { suffix: string }): Promise<number> {
    if (!this.prisma.inTransaction) throw new Error('Mail withdrawn outside a transaction');
    return this.outbox.withdraw(match);
  }

  /**
   * Sends what is due now; returns how many went. One delivery run at a time
   * per process: a call while one runs asks it to go round once more, so mail
   * queued meanwhile is not left for the retry timer.
   */
  deliverDue(): Promise<number> {
    if (!this.transport.configured) return Promise.resolve(0);
    if (this.delivering) {
      this.again = true;
      return this.delivering;
    }
    this.delivering = this.deliverAll().finally(() => (this.delivering = null));
    return this.delivering;
  }

  private async deliverAll(): Promise<number> {
    let sent = 0;
    for (;;) {
      this.again = false;
      const round = await this.deliverRound();
      sent += round.sent;
      if (!round.full && !this.again) return sent;
    }
  }

  /** One batch; `full` when there may be more due. */
  private async deliverRound(): Promise<{ sent: number; full: boolean }> {
    let sent = 0;
    let full = false;
    try {
      const now = new Date();
      const due = await this.outbox.claimDue(BATCH, now, new Date(now.getTime() + LEASE_MS));
      full = due.length === BATCH;
      for (const message of due) {
        try {
          await this.transport.send(message);
          await this.outbox.markSent(message.id, new Date());
          sent += 1;
        } catch (error) {
          const giveUp = message.attempts >= MAX_ATTEMPTS;
          // 30 s, 1 min, 2 min, … up to an hour between tries.
          const pause = Math.min(30_000 * 2 ** (message.attempts - 1), 3_600_000);
          await this.outbox.markFailed(message.id, (error as Error).message.slice(0, 500), new Date(Date.now() + pause), giveUp);
          this.logger.warn(`Kunde inte skicka e-post ${message.id} (försök ${message.attempts}): ${(error as Error).message}`);
        }
      }
    } catch (error) {
      this.logger.error(`Utkorgen: ${(error as Error).message}`);
    }
    return { sent, full };
  }

  async list(
    viewer: Viewer,
    status: OutboxStatus | undefined,
    recipient: string | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<OutboxMessageModel>> {
    assertCan(viewer, Permission.readOutbox);
    const page = pageRequest(first, after, 'instant');
    const { rows, total } = await this.outbox.page(status, recipient?.trim().toLowerCase(), page);
    return toConnection(rows, total, page, (row) => row.createdAt.toISOString());
  }
}
