import { Injectable } from '@nestjs/common';

import { assertCan, Permission, type Viewer } from '#access';
import { BadUserInputError, type Connection, isUuid, pageRequest, toConnection } from '#common';
import { type AuditEventModel, PrismaService } from '#prisma';

import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Records who changed what. Must run inside the change's own transaction,
   * so that a change and its audit event are written together or not at all.
   */
  async record(actor: { id: string } | null, entry: AuditEntry): Promise<void> {
    if (!this.prisma.inTransaction) throw new Error(`Audit event ${entry.action} written outside a transaction`);
    await this.audit.create({
      actorId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  async log(viewer: Viewer, filter: AuditLogFilter, first?: number | null, after?: string | null): Promise<Connection<AuditEventModel>> {
    assertCan(viewer, Permission.readAuditLog);
    if (filter.actorId && !isUuid(filter.actorId)) throw BadUserInputError.field('actorId', 'Okänt id.');
    const page = pageRequest(first, after, 'instant');
    const { rows, total } = await this.audit.page({
      entityType: filter.entityType ?? undefined,
      entityId: filter.entityId ?? undefined,
      actorId: filter.actorId ?? undefined,
      take: page.take,
      after: page.after,
    });
    return toConnection(rows, total, page, (row) => row.createdAt.toISOString());
  }
}
