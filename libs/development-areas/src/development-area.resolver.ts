import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { UserLoaders, UserModel } from '#auth';
import { AgencyModel, CivilSocietyWorkModel } from '#directory';
import { MeetingLoaders, MeetingModel } from '#meetings';

import { isCarriedForward } from './development-area-rules.js';
import { DevelopmentAreaLoaders } from './development-areas.loaders.js';
import { DevelopmentAreasService, MAX_LISTED_AREAS } from './development-areas.service.js';
import { DevelopmentAreaFromActionItemInput, DevelopmentAreaInput, DevelopmentAreaLinksInput } from './dto/development-area.inputs.js';
import { DevelopmentAreaModel, DevelopmentAreaUpdateModel, LinkedThreadModel } from './models/development-area.models.js';
import { DevelopmentAreaStatus } from './models/enums.js';

@Resolver(() => DevelopmentAreaModel)
export class DevelopmentAreaResolver {
  constructor(
    private readonly service: DevelopmentAreasService,
    private readonly loaders: DevelopmentAreaLoaders,
    private readonly meetings: MeetingLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => [DevelopmentAreaModel], {
    description: `Signed-in members only (UNAUTHENTICATED otherwise). Most recently updated first, at most ${MAX_LISTED_AREAS}. \`meetingId\`: areas identified at, or due for review at, that meeting.`,
  })
  developmentAreas(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => [DevelopmentAreaStatus], nullable: true }) status?: DevelopmentAreaStatus[] | null,
    @Args('agencySlug', { type: () => String, nullable: true }) agencySlug?: string | null,
    @Args('meetingId', { type: () => ID, nullable: true }) meetingId?: string | null,
  ): Promise<DevelopmentAreaModel[]> {
    return this.service.list(viewer, { statuses: status, agencySlug, meetingId });
  }

  @Query(() => DevelopmentAreaModel, { nullable: true, description: 'One area, or null. Signed-in members only (UNAUTHENTICATED otherwise).' })
  developmentArea(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<DevelopmentAreaModel | null> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => DevelopmentAreaModel, { description: 'Any signed-in member. The log starts with an IDENTIFIED update.' })
  logDevelopmentArea(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => DevelopmentAreaInput }) input: DevelopmentAreaInput,
  ): Promise<DevelopmentAreaModel> {
    return this.service.log(viewer, input);
  }

  @Mutation(() => DevelopmentAreaModel, {
    description:
      'Coordinators, admins and liaisons of an owner agency: appends an update. IDENTIFIED → IN_PROGRESS → ADDRESSED, or DROPPED from either open status; the same open status again adds a note. A note is required.',
  })
  updateDevelopmentArea(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => DevelopmentAreaStatus }) status: DevelopmentAreaStatus,
    @Args('note') note: string,
  ): Promise<DevelopmentAreaModel> {
    return this.service.update(viewer, id, status, note);
  }

  @Mutation(() => DevelopmentAreaModel, {
    description: 'Those who may update the area, and the one who logged it: sets the work and threads that address it and its next review meeting.',
  })
  linkDevelopmentArea(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => DevelopmentAreaLinksInput }) input: DevelopmentAreaLinksInput,
  ): Promise<DevelopmentAreaModel> {
    return this.service.link(viewer, id, input);
  }

  @Mutation(() => DevelopmentAreaModel, {
    description:
      'Coordinators: an area from an action item of the minutes (its description, its owner agency, identified at its meeting). Once per item; a second time is a CONFLICT.',
  })
  createDevelopmentAreaFromActionItem(
    @CurrentViewer() viewer: Viewer,
    @Args('actionItemId', { type: () => ID }) actionItemId: string,
    @Args('input', { type: () => DevelopmentAreaFromActionItemInput, nullable: true }) input?: DevelopmentAreaFromActionItemInput | null,
  ): Promise<DevelopmentAreaModel> {
    return this.service.createFromActionItem(viewer, actionItemId, input ?? undefined);
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting where the area was identified (null if the viewer may not see it).' })
  identifiedAt(@Parent() area: DevelopmentAreaModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<MeetingModel | null> | null {
    return area.identifiedAtMeetingId ? this.visibleMeeting(area.identifiedAtMeetingId, viewer, context) : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting where the area will next be reviewed (null if the viewer may not see it).' })
  nextReviewAt(@Parent() area: DevelopmentAreaModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<MeetingModel | null> | null {
    return area.nextReviewMeetingId ? this.visibleMeeting(area.nextReviewMeetingId, viewer, context) : null;
  }

  @ResolveField(() => [AgencyModel], { description: 'In slug order.' })
  ownerAgencies(@Parent() area: DevelopmentAreaModel, @Context() context: object): Promise<AgencyModel[]> {
    return this.loaders.owners(context).load(area.id);
  }

  @ResolveField(() => [DevelopmentAreaUpdateModel], { description: 'The log, oldest first; it starts when the area is logged and is never edited.' })
  updates(@Parent() area: DevelopmentAreaModel, @Context() context: object): Promise<DevelopmentAreaUpdateModel[]> {
    return this.loaders.updates(context).load(area.id);
  }

  @ResolveField(() => [CivilSocietyWorkModel], { description: 'Civil-society work that addresses the area, by title.' })
  relatedWork(@Parent() area: DevelopmentAreaModel, @Context() context: object): Promise<CivilSocietyWorkModel[]> {
    return this.loaders.work(context).load(area.id);
  }

  @ResolveField(() => [LinkedThreadModel], { description: 'Experience threads that address the area, oldest first; hidden threads only for moderators.' })
  async linkedThreads(@Parent() area: DevelopmentAreaModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<LinkedThreadModel[]> {
    const threads = await this.loaders.threads(context).load(area.id);
    return this.service.maySeeHiddenThreads(viewer) ? threads : threads.filter((thread) => !thread.hidden);
  }

  @ResolveField(() => Boolean, {
    description: 'True when the area is open, its next review meeting has been held, and it got no update since that meeting began.',
  })
  async carriedForward(@Parent() area: DevelopmentAreaModel, @Context() context: object): Promise<boolean> {
    if (!area.nextReviewMeetingId) return false;
    const [meeting, lastUpdateAt] = await Promise.all([
      this.meetings.meeting(context).load(area.nextReviewMeetingId),
      this.loaders.lastUpdateAt(context).load(area.id),
    ]);
    return isCarriedForward(area, meeting, lastUpdateAt);
  }

  @ResolveField(() => UserModel, { description: 'Who logged the area.' })
  async createdBy(@Parent() area: DevelopmentAreaModel, @Context() context: object): Promise<UserModel> {
    return (await this.users.user(context).load(area.createdById))!;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may update the area (change its status or add a note).' })
  async viewerCanUpdate(@Parent() area: DevelopmentAreaModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<boolean> {
    const owners = await this.loaders.owners(context).load(area.id);
    return this.service.mayChangeStatus(
      viewer,
      owners.map((agency) => agency.id),
    );
  }

  private async visibleMeeting(id: string, viewer: Viewer, context: object): Promise<MeetingModel | null> {
    const meeting = await this.meetings.meeting(context).load(id);
    return meeting && this.service.meetingVisible(viewer, meeting) ? meeting : null;
  }
}

@Resolver(() => DevelopmentAreaUpdateModel)
export class DevelopmentAreaUpdateResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => UserModel)
  async author(@Parent() update: DevelopmentAreaUpdateModel, @Context() context: object): Promise<UserModel> {
    return (await this.users.user(context).load(update.authorId))!;
  }
}
