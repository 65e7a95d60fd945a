import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { SignedInViewer } from '#access';
import { hashToken, newToken, normaliseEmail, UnauthenticatedError } from '#common';
import { AppConfig } from '#config';
import { PrismaService, type UserModel as UserRow } from '#prisma';

import { AuthRepository } from './auth.repository.js';
import { LoginThrottle } from './login-throttle.js';
import type { AuthPayloadModel, UserModel } from './models/index.js';
import { PasswordHasher } from './password-hasher.js';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

const BAD_CREDENTIALS = 'Fel e-postadress eller lösenord. / Wrong e-mail or password.';
const SESSION_ENDED = 'Sessionen har upphört, logga in igen. / The session has ended; sign in again.';

export function toUserModel(user: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'agencyId'> & { disabledAt?: Date | null }): UserModel {
  return { id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId, active: !user.disabledAt };
}

/** Sign-in, access tokens and rotating refresh tokens. */
@Injectable()
export class SessionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  /** The local strategy's check: the same answer for an unknown address and a wrong password. */
  async validateCredentials(email: string, password: string): Promise<UserRow> {
    const key = normaliseEmail(email);
    this.throttle.assertAllowed(key);
    // Counted before the slow password check, so that attempts made at once cannot all slip under the limit.
    this.throttle.recordFailure(key);
    const user = await this.users.findUserByEmail(key);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.disabledAt) throw new UnauthenticatedError(BAD_CREDENTIALS);
    this.throttle.reset(key);
    return user;
  }

  /** Starts a new refresh-token family for a user who has just proved who they are. */
  async startSession(user: UserRow): Promise<AuthPayloadModel> {
    return this.issue(user, randomUUID());
  }

  /**
   * Exchanges a refresh token for a new pair. A token can be used once: a
   * second use means it was stolen (or replayed), so the whole family ends.
   */
  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const tokenHash = hashToken(refreshToken);
    const now = new Date();
    const outcome = await this.prisma.transaction(async () => {
      const claimed = await this.users.markRefreshTokenUsed(tokenHash, now);
      if (claimed) {
        const user = await this.users.findUserById(claimed.userId);
        if (!user || user.disabledAt) return { kind: 'ended' as const };
        return { kind: 'ok' as const, payload: await this.issue(user, claimed.familyId) };
      }
      const known = await this.users.findRefreshSession(tokenHash);
      if (known?.usedAt && !known.revokedAt) {
        await this.users.revokeFamily(known.familyId, now);
        return { kind: 'reused' as const };
      }
      return { kind: 'ended' as const };
    });
    if (outcome.kind !== 'ok') throw new UnauthenticatedError(SESSION_ENDED);
    return outcome.payload;
  }

  /** Ends the session the refresh token belongs to; false if there was none. */
  async logout(refreshToken: string): Promise<boolean> {
    const session = await this.users.findRefreshSession(hashToken(refreshToken));
    if (!session || session.revokedAt) return false;
    await this.users.revokeFamily(session.familyId, new Date());
    return true;
  }

  /** The JWT strategy's check: a valid signature is not enough, the user and session must still be live. */
  async viewerFromClaims(claims: AccessTokenClaims): Promise<SignedInViewer> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new UnauthenticatedError(SESSION_ENDED);
    const row = await this.users.findViewer(claims.sub, claims.sid);
    if (!row || row.disabledAt || !row.sessionLive) throw new UnauthenticatedError(SESSION_ENDED);
    return { id: row.id, email: row.email, name: row.name, role: row.role, agencyId: row.agencyId, sessionId: claims.sid };
  }

  private async issue(user: UserRow, familyId: string): Promise<AuthPayloadModel> {
    const refreshToken = newToken();
    const now = Date.now();
    await this.users.createRefreshSession({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(now + this.config.refreshTokenTtlDays * 86_400_000),
    });
    const claims: AccessTokenClaims = { sub: user.id, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(now + this.config.accessTokenTtlSeconds * 1000),
      user: toUserModel(user),
    };
  }
}
