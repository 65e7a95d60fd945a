import { Module } from '@nestjs/common';

import { MailTransport } from './mail-transport.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';

@Module({ providers: [OutboxRepository, MailTransport, OutboxService, OutboxResolver], exports: [OutboxService] })
export class MailModule {}
