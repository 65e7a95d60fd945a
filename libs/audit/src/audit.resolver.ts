import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import type { Connection } from '#common';

import { AuditService } from './audit.service.js';
import { AuditEventConnection, AuditEventModel } from './audit-event.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. Coordinators and admins.' })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('entityType', { nullable: true }) entityType?: string,
    @Args('entityId', { type: () => ID, nullable: true }) entityId?: string,
    @Args('actorId', { type: () => ID, nullable: true }) actorId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<AuditEventModel>> {
    const page = await this.audit.log(viewer, { entityType, entityId, actorId }, first, after);
    return {
      ...page,
      nodes: page.nodes.map((event) => ({
        ...event,
        before: event.before === null ? null : JSON.stringify(event.before),
        after: event.after === null ? null : JSON.stringify(event.after),
      })),
    };
  }
}
