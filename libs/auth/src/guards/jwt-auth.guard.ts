import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

import { requestOf, VIEWER_RESOLVED, type ViewerCarrier } from '#access';
import { DomainError, UnauthenticatedError } from '#common';

const INVALID_TOKEN = 'Ogiltig eller utgången inloggning. / Invalid or expired token.';

/**
 * Runs on every operation (a global guard). No Authorization header means an
 * anonymous viewer; a bad, expired or revoked token is UNAUTHENTICATED rather
 * than silently anonymous, so a client knows to refresh.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override getRequest(context: ExecutionContext): ViewerCarrier {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context) as ViewerCarrier & { headers?: Record<string, string | undefined> };
    // One operation may have several root fields; the token is checked once.
    if (request[VIEWER_RESOLVED]) return true;
    if (!request.headers?.authorization) {
      request.user = null;
    } else {
      await super.canActivate(context);
    }
    request[VIEWER_RESOLVED] = true;
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof DomainError) throw error;
    if (error || !user) throw new UnauthenticatedError(INVALID_TOKEN);
    return user;
  }
}
