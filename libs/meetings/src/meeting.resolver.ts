import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { type Connection, DateTimeScalar } from '#common';
import { DirectoryLoaders, NetworkModel } from '#directory';

import { MeetingInput, MinutesInput } from './dto/meeting.inputs.js';
import { MeetingLoaders } from './meetings.loaders.js';
import type { MinutesWithItems } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';
import { AgendaItemModel, MeetingConnection, MeetingModel, MinutesModel, RegistrationModel } from './models/meeting.models.js';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly loaders: MeetingLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @Query(() => MeetingConnection, {
    description: 'Meetings by start time; published ones for everyone, drafts too for coordinators. `from`/`to` bound the period.',
  })
  meetings(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<MeetingModel>> {
    return this.service.list(viewer, from, to, first, after);
  }

  @Query(() => MeetingModel, { nullable: true, description: 'One meeting, or null if there is none the viewer may see.' })
  meeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<MeetingModel | null> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => MeetingModel, { description: 'Coordinators: schedules a meeting as a draft.' })
  scheduleMeeting(@CurrentViewer() viewer: Viewer, @Args('input', { type: () => MeetingInput }) input: MeetingInput): Promise<MeetingModel> {
    return this.service.schedule(viewer, input);
  }

  @Mutation(() => MeetingModel, { description: 'With expectedVersion, a stale version is a CONFLICT carrying the meeting as it now is.' })
  updateMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => MeetingInput }) input: MeetingInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<MeetingModel> {
    return this.service.update(viewer, id, input, expectedVersion);
  }

  @Mutation(() => MeetingModel, { description: 'Opens a draft for registration.' })
  publishMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<MeetingModel> {
    return this.service.publish(viewer, id);
  }

  @Mutation(() => MeetingModel, { description: 'Cancels the meeting and tells everyone registered.' })
  cancelMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<MeetingModel> {
    return this.service.cancel(viewer, id, reason);
  }

  @Mutation(() => MinutesModel, { description: 'Coordinators: records (or revises) the minutes; for a meeting that has begun, marks it HELD.' })
  recordMinutes(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input', { type: () => MinutesInput }) input: MinutesInput,
  ): Promise<MinutesWithItems> {
    return this.service.recordMinutes(viewer, meetingId, input);
  }

  @ResolveField(() => NetworkModel)
  async network(@Parent() meeting: MeetingModel, @Context() context: object): Promise<NetworkModel> {
    return (await this.directory.network(context).load(meeting.networkId))!;
  }

  @ResolveField(() => String, { nullable: true, description: 'Only for coordinators and for participants who hold a seat.' })
  async onlineUrl(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<string | null> {
    if (!meeting.onlineUrl) return null;
    const own = viewer ? await this.loaders.ownRegistration(context, viewer).load(meeting.id) : null;
    return this.service.onlineUrl(viewer, meeting, own);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(@Parent() meeting: MeetingModel, @Context() context: object): Promise<AgendaItemModel[]> {
    return this.loaders.agenda(context).load(meeting.id);
  }

  @ResolveField(() => Int, { description: 'Seats given: registered on a first-come meeting, selected on a balanced one.' })
  seatsTaken(@Parent() meeting: MeetingModel, @Context() context: object): Promise<number> {
    return this.loaders.seatsTaken(context).load(meeting.id);
  }

  @ResolveField(() => [RegistrationModel], { description: 'Coordinators only; in arrival order.' })
  registrations(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<RegistrationModel[]> {
    this.service.assertMayReadRegistrations(viewer);
    return this.loaders.registrations(context).load(meeting.id);
  }

  @ResolveField(() => RegistrationModel, { nullable: true, description: 'The signed-in viewer’s own live registration.' })
  myRegistration(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<RegistrationModel | null> | null {
    return viewer ? this.loaders.ownRegistration(context, viewer).load(meeting.id) : null;
  }

  @ResolveField(() => MinutesModel, { nullable: true, description: 'Published minutes for signed-in members; drafts for coordinators.' })
  async minutes(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<MinutesWithItems | null> {
    return this.service.visibleMinutes(viewer, await this.loaders.minutes(context).load(meeting.id));
  }
}
