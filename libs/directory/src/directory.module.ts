import { Module } from '@nestjs/common';

import { AuditModule } from '#audit';

import { AgencyResolver } from './agency.resolver.js';
import { ContactResolver } from './contact.resolver.js';
import { DirectoryLoaders } from './directory.loaders.js';
import { DirectoryRepository } from './directory.repository.js';
import { DirectoryService } from './directory.service.js';
import { NetworkResolver } from './network.resolver.js';
import { UserAgencyResolver } from './user-agency.resolver.js';
import { WorkResolver } from './work.resolver.js';

@Module({
  imports: [AuditModule],
  providers: [DirectoryRepository, DirectoryService, DirectoryLoaders, NetworkResolver, AgencyResolver, WorkResolver, ContactResolver, UserAgencyResolver],
  exports: [DirectoryService, DirectoryLoaders],
})
export class DirectoryModule {}
