import { createParamDecorator, type ExecutionContext, UseGuards } from '@nestjs/common';
import { Args, GqlExecutionContext, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer, Role, type Viewer } from '#access';
import type { UserModel as UserRow } from '#prisma';

import { LocalAuthGuard, SIGNED_IN_USER } from './guards/local-auth.guard.js';
import { InvitationService } from './invitation.service.js';
import { AuthPayloadModel, InvitationModel, UserModel } from './models/index.js';
import { SessionService, toUserModel } from './session.service.js';
import { UserAdminService } from './user-admin.service.js';

/** The user the local strategy signed in for this `login` call. */
const SignedInUser = createParamDecorator((_data: unknown, context: ExecutionContext): UserRow => {
  const view = GqlExecutionContext.create(context).getContext<Record<symbol, { user?: UserRow }>>()[SIGNED_IN_USER];
  if (!view?.user) throw new Error('SignedInUser used without LocalAuthGuard');
  return view.user;
});

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly userAdmin: UserAdminService,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentViewer() viewer: Viewer): UserModel | null {
    return viewer ? toUserModel(viewer) : null;
  }

  @Mutation(() => AuthPayloadModel, { description: 'Signs in with e-mail and password.' })
  @UseGuards(LocalAuthGuard)
  login(@Args('email') _email: string, @Args('password') _password: string, @SignedInUser() user: UserRow): Promise<AuthPayloadModel> {
    return this.sessions.startSession(user);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Exchanges a refresh token (once) for a new pair.' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token; false if it had already ended.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }

  @Mutation(() => InvitationModel, { description: 'Invites a person; coordinators invite liaisons and members, admins anyone.' })
  inviteUser(
    @CurrentViewer() viewer: Viewer,
    @Args('email') email: string,
    @Args('name') name: string,
    @Args('role', { type: () => Role }) role: Role,
    @Args('agencySlug', { nullable: true }) agencySlug?: string,
  ): Promise<InvitationModel> {
    return this.invitations.invite(viewer, { email, name, role, agencySlug });
  }

  @Mutation(() => AuthPayloadModel, { description: 'Sets a password with an invitation’s one-time token and signs in.' })
  acceptInvitation(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    return this.invitations.accept(token, password);
  }

  @Mutation(() => UserModel, { description: 'Admins: disables an account and ends its sessions.' })
  disableUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.userAdmin.setActive(viewer, id, false);
  }

  @Mutation(() => UserModel, { description: 'Admins: enables a disabled account again.' })
  enableUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.userAdmin.setActive(viewer, id, true);
  }
}
