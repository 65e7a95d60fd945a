import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuditEventModel } from '#audit';
import { byKey, requestLoader } from '#common';

import { AuthRepository } from './auth.repository.js';
import { UserModel } from './models/index.js';
import { toUserModel } from './session.service.js';

/** Adds `AuditEvent.actor` from auth's side, so the audit log need not know users. */
@Resolver(() => AuditEventModel)
export class AuditActorResolver {
  constructor(private readonly users: AuthRepository) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change; null for the system or a deleted user.' })
  async actor(@Parent() event: AuditEventModel, @Context() context: object): Promise<UserModel | null> {
    if (!event.actorId) return null;
    const loader = requestLoader(context, 'auth.user', async (ids: readonly string[]) => byKey(ids, await this.users.findUsersByIds(ids), (user) => user.id));
    const user = await loader.load(event.actorId);
    return user ? toUserModel(user) : null;
  }
}
