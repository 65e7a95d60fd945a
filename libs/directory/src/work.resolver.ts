import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import type { Connection } from '#common';

import { DirectoryLoaders } from './directory.loaders.js';
import { DirectoryService } from './directory.service.js';
import { WorkFilterInput, WorkInput } from './dto/directory.inputs.js';
import { AgencyModel, CivilSocietyWorkConnection, CivilSocietyWorkModel } from './models/directory.models.js';

@Resolver(() => CivilSocietyWorkModel)
export class WorkResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => CivilSocietyWorkConnection, { description: 'Civil-society work in title order, filtered.' })
  civilSocietyWork(
    @Args('filter', { type: () => WorkFilterInput, nullable: true }) filter?: WorkFilterInput,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<CivilSocietyWorkModel>> {
    return this.directory.civilSocietyWork(filter, first, after);
  }

  @Query(() => [String], { description: 'Every target group named by some work, for filters.' })
  targetGroups(): Promise<string[]> {
    return this.directory.targetGroups();
  }

  @Mutation(() => CivilSocietyWorkModel)
  addCivilSocietyWork(
    @CurrentViewer() viewer: Viewer,
    @Args('agencySlug') agencySlug: string,
    @Args('input', { type: () => WorkInput }) input: WorkInput,
  ): Promise<CivilSocietyWorkModel> {
    return this.directory.addWork(viewer, agencySlug, input);
  }

  @Mutation(() => CivilSocietyWorkModel, { description: 'With expectedVersion, a stale version is a CONFLICT.' })
  updateCivilSocietyWork(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => WorkInput }) input: WorkInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<CivilSocietyWorkModel> {
    return this.directory.updateWork(viewer, id, input, expectedVersion);
  }

  @Mutation(() => Boolean)
  removeCivilSocietyWork(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.directory.removeWork(viewer, id);
  }

  @ResolveField(() => AgencyModel)
  async agency(@Parent() work: CivilSocietyWorkModel, @Context() context: object): Promise<AgencyModel> {
    return (await this.loaders.agency(context).load(work.agencyId))!;
  }
}
