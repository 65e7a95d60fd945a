import { createSecretKey } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passportJwt from 'passport-jwt';

import type { SignedInViewer } from '#access';
import { AppConfig } from '#config';

import { type AccessTokenClaims, SessionService } from '../session.service.js';

/** Every request with `Authorization: Bearer …`: a signed, unexpired token of a live session. */
@Injectable()
export class JwtStrategy extends PassportStrategy(passportJwt.Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, made once: given the string, jsonwebtoken tries it as a PEM public key on every
      // request, and fails, before making one. It takes key objects; passport-jwt's types predate them.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Promise<SignedInViewer> {
    return this.sessions.viewerFromClaims(claims);
  }
}
