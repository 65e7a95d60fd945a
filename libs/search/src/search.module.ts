import { Module } from '@nestjs/common';

import { DirectoryModule } from '#directory';

import { SearchRepository } from './search.repository.js';
import { SearchAgencyFacetResolver, SearchHitResolver, SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [DirectoryModule],
  providers: [SearchRepository, SearchService, SearchResolver, SearchHitResolver, SearchAgencyFacetResolver],
  exports: [SearchService],
})
export class SearchModule {}
