import { Module } from '@nestjs/common';

import { AuditModule } from '#audit';
import { AuthModule } from '#auth';
import { DirectoryModule } from '#directory';
import { MeetingsModule } from '#meetings';

import { DevelopmentAreaResolver, DevelopmentAreaUpdateResolver } from './development-area.resolver.js';
import { AgencyDevelopmentAreasResolver, MeetingDevelopmentAreasResolver } from './development-area-links.resolver.js';
import { DevelopmentAreaLoaders } from './development-areas.loaders.js';
import { DevelopmentAreasRepository } from './development-areas.repository.js';
import { DevelopmentAreasService } from './development-areas.service.js';

@Module({
  imports: [AuditModule, AuthModule, DirectoryModule, MeetingsModule],
  providers: [
    DevelopmentAreasRepository,
    DevelopmentAreasService,
    DevelopmentAreaLoaders,
    DevelopmentAreaResolver,
    DevelopmentAreaUpdateResolver,
    MeetingDevelopmentAreasResolver,
    AgencyDevelopmentAreasResolver,
  ],
  exports: [DevelopmentAreasService],
})
export class DevelopmentAreasModule {}
