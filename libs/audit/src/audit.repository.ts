import { Injectable } from '@nestjs/common';

import { type AuditEventModel, Prisma, PrismaService } from '#prisma';

export interface AuditEventQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  take: number;
  after?: { key: string; id: string };
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(event: { actorId: string | null; action: string; entityType: string; entityId: string; before: unknown; after: unknown }): Promise<AuditEventModel> {
    return this.prisma.client.auditEvent.create({
      data: {
        ...event,
        before: event.before === null || event.before === undefined ? Prisma.DbNull : (event.before as Prisma.InputJsonValue),
        after: event.after === null || event.after === undefined ? Prisma.DbNull : (event.after as Prisma.InputJsonValue),
      },
    });
  }

  /** Newest first; the cursor key is the creation instant. */
  async page(query: AuditEventQuery): Promise<{ rows: AuditEventModel[]; total: number }> {
    const where: Prisma.AuditEventWhereInput = { entityType: query.entityType, entityId: query.entityId, actorId: query.actorId };
    const after = query.after;
    const pageWhere: Prisma.AuditEventWhereInput = after
      ? { AND: [where, { OR: [{ createdAt: { lt: new Date(after.key) } }, { createdAt: new Date(after.key), id: { lt: after.id } }] }] }
      : where;
    const [rows, total] = await Promise.all([
      this.prisma.client.auditEvent.findMany({ where: pageWhere, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.take + 1 }),
      this.prisma.client.auditEvent.count({ where }),
    ]);
    return { rows, total };
  }
}
