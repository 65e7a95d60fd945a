import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import type { Connection } from '#common';

import { DirectoryLoaders } from './directory.loaders.js';
import { DirectoryService } from './directory.service.js';
import { AgencyFilterInput, AgencyProfileInput } from './dto/directory.inputs.js';
import { AgencyConnection, AgencyModel, CivilSocietyWorkModel, ContactPersonModel, NetworkModel } from './models/directory.models.js';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => AgencyConnection, { description: 'Agencies in slug order, filtered by network and words.' })
  agencies(
    @Args('filter', { type: () => AgencyFilterInput, nullable: true }) filter?: AgencyFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AgencyModel>> {
    return this.directory.agencies(filter, first, after);
  }

  @Query(() => AgencyModel, { nullable: true, description: 'One agency by its slug, or null.' })
  agency(@Args('slug') slug: string): Promise<AgencyModel | null> {
    return this.directory.agency(slug);
  }

  @Mutation(() => AgencyModel, { description: 'Liaisons (own agency), coordinators, admins. A stale expectedVersion is a CONFLICT.' })
  updateAgencyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input', { type: () => AgencyProfileInput }) input: AgencyProfileInput,
  ): Promise<AgencyModel> {
    return this.directory.updateAgencyProfile(viewer, slug, expectedVersion, input);
  }

  @ResolveField(() => [CivilSocietyWorkModel])
  civilSocietyWork(@Parent() agency: AgencyModel, @Context() context: object): Promise<CivilSocietyWorkModel[]> {
    return this.loaders.workOfAgency(context).load(agency.id);
  }

  @ResolveField(() => [ContactPersonModel])
  contacts(@Parent() agency: AgencyModel, @Context() context: object): Promise<ContactPersonModel[]> {
    return this.loaders.contactsOfAgency(context).load(agency.id);
  }

  @ResolveField(() => [NetworkModel], { description: 'The networks the agency is a member of now.' })
  networks(@Parent() agency: AgencyModel, @Context() context: object): Promise<NetworkModel[]> {
    return this.loaders.networksOfAgency(context).load(agency.id);
  }
}
