import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passportLocal from 'passport-local';

import type { UserModel } from '#prisma';

import { SessionService } from '../session.service.js';

/** `login(email, password)`: Passport's local strategy over the mutation's arguments. */
@Injectable()
export class LocalStrategy extends PassportStrategy(passportLocal.Strategy, 'local') {
  constructor(private readonly sessions: SessionService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<UserModel> {
    return this.sessions.validateCredentials(email, password);
  }
}
