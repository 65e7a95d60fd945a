import { Injectable } from '@nestjs/common';

import { assertCan, Permission, Role, type Viewer } from '#access';
import { AuditService } from '#audit';
import { BadUserInputError, ConflictError, FieldChecks, hashToken, Limits, newToken, normaliseEmail } from '#common';
import { AppConfig } from '#config';
import { PrismaService } from '#prisma';

import { AuthRepository } from './auth.repository.js';
import type { AuthPayloadModel, InvitationModel } from './models/index.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';

export interface InvitationRequest {
  email: string;
  name: string;
  role: Role;
  agencySlug?: string | null;
}

const INVALID_INVITATION = 'Inbjudan är ogiltig, redan använd eller har gått ut. / The invitation is invalid, used or expired.';

/** Accounts are made only by invitation: a one-time link, valid for a week. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async invite(viewer: Viewer, request: InvitationRequest): Promise<InvitationModel> {
    const elevated = request.role === Role.COORDINATOR || request.role === Role.ADMIN;
    assertCan(viewer, elevated ? Permission.inviteCoordinatorOrAdmin : Permission.inviteLiaisonOrMember);
    const email = normaliseEmail(request.email);
    const name = request.name.trim();
    const checks = new FieldChecks().email('email', email).text('name', name, { max: Limits.name });
    const needsAgency = request.role === Role.LIAISON || request.role === Role.MEMBER;
    if (needsAgency && !request.agencySlug) checks.add('agencySlug', 'Ange myndighet för kontaktpersoner och medlemmar.');
    checks.throwIfAny();

    const token = newToken();
    const invitation = await this.prisma.transaction(async () => {
      const agencyId = request.agencySlug ? await this.users.agencyIdBySlug(request.agencySlug) : null;
      if (request.agencySlug && !agencyId) throw BadUserInputError.field('agencySlug', 'Okänd myndighet.');
      if (await this.users.findUserByEmail(email))
        throw new ConflictError('Det finns redan ett konto med den e-postadressen. / An account with that e-mail exists.');
      const now = new Date();
      // A new invitation replaces any still open for the same address.
      await this.users.revokePendingInvitations(email, now);
      const created = await this.users.createInvitation({
        email,
        name,
        role: request.role,
        agencyId,
        tokenHash: hashToken(token),
        invitedById: viewer.id,
        expiresAt: new Date(now.getTime() + this.config.invitationTtlDays * 86_400_000),
      });
      await this.audit.record(viewer, {
        action: 'invitation.created',
        entityType: 'Invitation',
        entityId: created.id,
        after: { email, name, role: request.role, agencyId, expiresAt: created.expiresAt },
      });
      return created;
    });
    return { ...invitation, acceptUrl: `${this.config.publicUrl}/inbjudan?token=${token}` };
  }

  async accept(token: string, password: string): Promise<AuthPayloadModel> {
    new FieldChecks().text('token', token, { max: 200 }).length('password', password, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH).throwIfAny();
    const invitation = await this.users.findInvitationByTokenHash(hashToken(token));
    const now = new Date();
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      throw BadUserInputError.field('token', INVALID_INVITATION);
    }
    const passwordHash = await this.hasher.hash(password);
    return this.prisma.transaction(async () => {
      if (!(await this.users.markInvitationAccepted(invitation.id, now))) throw BadUserInputError.field('token', INVALID_INVITATION);
      if (await this.users.findUserByEmail(invitation.email))
        throw new ConflictError('Det finns redan ett konto med den e-postadressen. / An account with that e-mail exists.');
      const user = await this.users.createUser({
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        agencyId: invitation.agencyId,
        passwordHash,
      });
      await this.audit.record(user, {
        action: 'invitation.accepted',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, agencyId: user.agencyId, invitationId: invitation.id },
      });
      return this.sessions.startSession(user);
    });
  }
}
