import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { AgencyModel, DirectoryLoaders } from '#directory';
import { SearchKind, SupportType, WorkKind } from '#prisma';

import { SearchFilterInput } from './dto/search-filter.input.js';
import { SearchAgencyFacetModel, SearchFacetsModel, SearchHitModel, SearchResultModel } from './models/search.models.js';
import { MAX_QUERY_LENGTH } from './query-words.js';
import { DEFAULT_HITS, MAX_OFFSET, type SearchOutcome, SearchService } from './search.service.js';

type SearchResultSource = SearchResultModel & Pick<SearchOutcome, 'countFacets'>;

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultModel, {
    description: `Everything the viewer may see, best first: anonymous viewers public things, members also threads, published minutes and development areas, coordinators also drafts. Any string is read as plain words; over ${MAX_QUERY_LENGTH} characters is BAD_USER_INPUT. \`first\` defaults to ${DEFAULT_HITS} (at most 100); \`offset\` pages on (at most ${MAX_OFFSET}).`,
  })
  async search(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('kinds', { type: () => [SearchKind], nullable: true }) kinds?: SearchKind[] | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number | null,
    @Args('filter', { type: () => SearchFilterInput, nullable: true }) filter?: SearchFilterInput,
  ): Promise<SearchResultSource> {
    const outcome = await this.service.search(viewer, { query, kinds, first, offset, ...filter });
    return { ...outcome, hits: outcome.hits as SearchHitModel[] };
  }

  @ResolveField(() => SearchFacetsModel)
  async facets(@Parent() result: SearchResultSource): Promise<SearchFacetsModel> {
    const rows = await result.countFacets();
    const of = (facet: string) => rows.filter((row) => row.facet === facet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      kinds: of('kind').map((row) => ({ kind: row.value as SearchKind, count: row.count })),
      agencies: of('agency').map((row) => ({ agencyId: row.value, count: row.count })),
      workKinds: of('workKind').map((row) => ({ workKind: row.value as WorkKind, count: row.count })),
      supportTypes: of('supportType').map((row) => ({ supportType: row.value as SupportType, count: row.count })),
    };
  }
}

/*
 * The agency of each hit and of each agency facet: up to a hundred calls per
 * search. Written with GraphQL's own parameters (parent, arguments, context)
 * rather than @Parent() and @Context(): Nest then calls the method as it is,
 * rather than running the global pipe on each parameter of every call.
 */

@Resolver(() => SearchHitModel)
export class SearchHitResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel, { nullable: true })
  agency(hit: SearchHitModel, _args: unknown, context: object): Promise<AgencyModel | null> | null {
    return hit.agencyId ? this.directory.agency(context).load(hit.agencyId) : null;
  }
}

@Resolver(() => SearchAgencyFacetModel)
export class SearchAgencyFacetResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel)
  agency(facet: SearchAgencyFacetModel, _args: unknown, context: object): Promise<AgencyModel | null> {
    return this.directory.agency(context).load(facet.agencyId);
  }
}
