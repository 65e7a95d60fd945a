import { Module } from '@nestjs/common';

import { AuditModule } from '#audit';
import { DirectoryModule } from '#directory';
import { MailModule } from '#mail';

import { MeetingResolver } from './meeting.resolver.js';
import { MeetingFilesController } from './meeting-files.controller.js';
import { MeetingFilesService } from './meeting-files.service.js';
import { MeetingLinks } from './meeting-links.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';
import { ActionItemResolver, MinutesResolver } from './minutes.resolver.js';
import { RegistrationResolver } from './registration.resolver.js';
import { RegistrationService } from './registration.service.js';

@Module({
  imports: [AuditModule, DirectoryModule, MailModule],
  controllers: [MeetingFilesController],
  providers: [
    MeetingsRepository,
    MeetingLinks,
    MeetingLoaders,
    RegistrationService,
    MeetingsService,
    MeetingFilesService,
    MeetingResolver,
    RegistrationResolver,
    MinutesResolver,
    ActionItemResolver,
  ],
  exports: [MeetingsService, MeetingLoaders],
})
export class MeetingsModule {}
