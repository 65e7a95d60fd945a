import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { AgencyModel } from '#directory';
import { MeetingModel } from '#meetings';

import { isCarriedForward } from './development-area-rules.js';
import { DevelopmentAreaLoaders } from './development-areas.loaders.js';
import { DevelopmentAreasService } from './development-areas.service.js';
import { DevelopmentAreaModel } from './models/development-area.models.js';

const FOR_MEMBERS = 'Signed-in members only: [] for anonymous viewers, so that public pages still work.';

/** Adds a meeting's development areas from this library's side, so meetings need not know them. */
@Resolver(() => MeetingModel)
export class MeetingDevelopmentAreasResolver {
  constructor(
    private readonly service: DevelopmentAreasService,
    private readonly loaders: DevelopmentAreaLoaders,
  ) {}

  @ResolveField(() => [DevelopmentAreaModel], { description: `Development areas identified at this meeting, most recently updated first. ${FOR_MEMBERS}` })
  async identifiedDevelopmentAreas(
    @Parent() meeting: MeetingModel,
    @CurrentViewer() viewer: Viewer,
    @Context() context: object,
  ): Promise<DevelopmentAreaModel[]> {
    return this.service.mayRead(viewer) ? this.loaders.identifiedAt(context).load(meeting.id) : [];
  }

  @ResolveField(() => [DevelopmentAreaModel], {
    description: `Development areas due for review at this meeting (their updates show the progress), most recently updated first. ${FOR_MEMBERS}`,
  })
  async developmentAreasForReview(
    @Parent() meeting: MeetingModel,
    @CurrentViewer() viewer: Viewer,
    @Context() context: object,
  ): Promise<DevelopmentAreaModel[]> {
    return this.service.mayRead(viewer) ? this.loaders.forReviewAt(context).load(meeting.id) : [];
  }

  @ResolveField(() => [DevelopmentAreaModel], {
    description: `Open areas due for review at this meeting that got no update since it began, once it has been held: carried forward. ${FOR_MEMBERS}`,
  })
  async carriedForwardAreas(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<DevelopmentAreaModel[]> {
    if (!this.service.mayRead(viewer)) return [];
    const areas = await this.loaders.forReviewAt(context).load(meeting.id);
    const lastUpdates = await this.loaders.lastUpdateAt(context).loadMany(areas.map((area) => area.id));
    return areas.filter((area, index) => {
      const lastUpdateAt = lastUpdates[index];
      if (lastUpdateAt instanceof Error) throw lastUpdateAt;
      return isCarriedForward(area, meeting, lastUpdateAt);
    });
  }
}

/** Adds `Agency.developmentAreas` from this library's side, so the directory need not know them. */
@Resolver(() => AgencyModel)
export class AgencyDevelopmentAreasResolver {
  constructor(
    private readonly service: DevelopmentAreasService,
    private readonly loaders: DevelopmentAreaLoaders,
  ) {}

  @ResolveField(() => [DevelopmentAreaModel], { description: `Development areas the agency owns, most recently updated first. ${FOR_MEMBERS}` })
  async developmentAreas(@Parent() agency: AgencyModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<DevelopmentAreaModel[]> {
    return this.service.mayRead(viewer) ? this.loaders.ownedBy(context).load(agency.id) : [];
  }
}
