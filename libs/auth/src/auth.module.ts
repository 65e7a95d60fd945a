import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { AuditModule } from '#audit';
import { AppConfig } from '#config';

import { AuditActorResolver } from './audit-actor.resolver.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { JwtAuthGuard } from './guards/jwt-auth.guard.js';
import { InvitationService } from './invitation.service.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { LocalStrategy } from './strategies/local.strategy.js';
import { UserLoaders } from './user.loaders.js';
import { UserAdminService } from './user-admin.service.js';

@Module({
  imports: [
    AuditModule,
    PassportModule.register({ session: false }),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    AuthRepository,
    PasswordHasher,
    LoginThrottle,
    SessionService,
    InvitationService,
    UserAdminService,
    UserLoaders,
    LocalStrategy,
    JwtStrategy,
    JwtAuthGuard,
    AuthResolver,
    AuditActorResolver,
  ],
  exports: [JwtAuthGuard, PasswordHasher, AuthRepository, UserLoaders],
})
export class AuthModule {}
