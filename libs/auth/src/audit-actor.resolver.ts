import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuditEventModel } from '#audit';

import { UserModel } from './models/index.js';
import { UserLoaders } from './user.loaders.js';

/** Adds `AuditEvent.actor` from auth's side, so the audit log need not know users. */
@Resolver(() => AuditEventModel)
export class AuditActorResolver {
  constructor(private readonly loaders: UserLoaders) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change; null for the system or a deleted user.' })
  actor(@Parent() event: AuditEventModel, @Context() context: object): Promise<UserModel | null> | null {
    return event.actorId ? this.loaders.user(context).load(event.actorId) : null;
  }
}
