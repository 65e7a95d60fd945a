import { Injectable } from '@nestjs/common';

import { type InvitationModel, PrismaService, type Role, type UserModel } from '#prisma';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  passwordHash: string;
}

export interface ViewerRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  disabledAt: Date | null;
  sessionLive: boolean;
}

@Injectable()
export class AuthRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUserByEmail(email: string): Promise<UserModel | null> {
    return this.prisma.client.user.findUnique({ where: { email } });
  }

  findUserById(id: string): Promise<UserModel | null> {
    return this.prisma.client.user.findUnique({ where: { id } });
  }

  findUsersByIds(ids: readonly string[]): Promise<UserModel[]> {
    return this.prisma.client.user.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The user behind an access token and whether its session is still live, in one statement. */
  /** Runs on every signed-in request, so straight over the pool, as one named statement: no query plan of Prisma's to build, nothing to parse twice. */
  async findViewer(userId: string, sessionId: string): Promise<ViewerRow | null> {
    const { rows } = await this.prisma.pool.query<ViewerRow>({
      name: 'auth-viewer',
      text: `SELECT u.id, u.email, u.name, u.role::text AS role, u.agency_id AS "agencyId", u.disabled_at AS "disabledAt",
                    EXISTS (SELECT 1 FROM refresh_sessions s WHERE s.family_id = $2::uuid AND s.user_id = u.id AND s.revoked_at IS NULL) AS "sessionLive"
             FROM users u WHERE u.id = $1::uuid`,
      values: [userId, sessionId],
    });
    return rows[0] ?? null;
  }

  createUser(user: NewUser): Promise<UserModel> {
    return this.prisma.client.user.create({ data: user });
  }

  disableUser(id: string, at: Date): Promise<UserModel> {
    return this.prisma.client.user.update({ where: { id }, data: { disabledAt: at } });
  }

  enableUser(id: string): Promise<UserModel> {
    return this.prisma.client.user.update({ where: { id }, data: { disabledAt: null } });
  }

  agencyIdBySlug(slug: string): Promise<string | null> {
    return this.prisma.client.agency.findUnique({ where: { slug }, select: { id: true } }).then((agency) => agency?.id ?? null);
  }

  createRefreshSession(session: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<unknown> {
    return this.prisma.client.refreshSession.create({ data: session });
  }

  /**
   * Marks a live, unused refresh token as used. Returns whether it was: only
   * one of two concurrent uses can win, because the row is updated in place.
   */
  async markRefreshTokenUsed(tokenHash: string, now: Date): Promise<{ userId: string; familyId: string } | null> {
    const claimed = await this.prisma.client.refreshSession.updateManyAndReturn({
      where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true, familyId: true },
    });
    return claimed[0] ?? null;
  }

  findRefreshSession(tokenHash: string): Promise<{ familyId: string; usedAt: Date | null; revokedAt: Date | null } | null> {
    return this.prisma.client.refreshSession.findUnique({ where: { tokenHash }, select: { familyId: true, usedAt: true, revokedAt: true } });
  }

  revokeFamily(familyId: string, now: Date): Promise<{ count: number }> {
    return this.prisma.client.refreshSession.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: now } });
  }

  revokeAllSessionsOf(userId: string, now: Date): Promise<{ count: number }> {
    return this.prisma.client.refreshSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  }

  revokePendingInvitations(email: string, now: Date): Promise<{ count: number }> {
    return this.prisma.client.invitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  }

  createInvitation(invitation: Omit<InvitationModel, 'id' | 'acceptedAt' | 'revokedAt' | 'createdAt'>): Promise<InvitationModel> {
    return this.prisma.client.invitation.create({ data: invitation });
  }

  findInvitationByTokenHash(tokenHash: string): Promise<InvitationModel | null> {
    return this.prisma.client.invitation.findUnique({ where: { tokenHash } });
  }

  /** Claims an invitation once; false when someone else accepted it first. */
  async markInvitationAccepted(id: string, now: Date): Promise<boolean> {
    const { count } = await this.prisma.client.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
    return count === 1;
  }
}
