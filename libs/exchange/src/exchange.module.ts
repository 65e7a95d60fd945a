import { Module } from '@nestjs/common';

import { AuditModule } from '#audit';
import { AuthModule } from '#auth';
import { DirectoryModule } from '#directory';
import { MailModule } from '#mail';

import { ExchangeLoaders } from './exchange.loaders.js';
import { ExchangeRepository } from './exchange.repository.js';
import { ExchangeService } from './exchange.service.js';
import { ExchangeNotificationsService } from './exchange-notifications.service.js';
import { FollowsResolver } from './follows.resolver.js';
import { PostRevisionResolver, ReplyResolver } from './reply.resolver.js';
import { ThreadResolver } from './thread.resolver.js';

@Module({
  imports: [AuditModule, AuthModule, DirectoryModule, MailModule],
  providers: [
    ExchangeRepository,
    ExchangeLoaders,
    ExchangeNotificationsService,
    ExchangeService,
    ThreadResolver,
    ReplyResolver,
    PostRevisionResolver,
    FollowsResolver,
  ],
  exports: [ExchangeService, ExchangeLoaders],
})
export class ExchangeModule {}
