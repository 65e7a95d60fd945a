import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AgencyModel, DirectoryLoaders } from '#directory';

import { MeetingLoaders } from './meetings.loaders.js';
import { ActionItemModel, MeetingModel, MinutesModel } from './models/meeting.models.js';

@Resolver(() => MinutesModel)
export class MinutesResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => MeetingModel)
  async meeting(@Parent() minutes: MinutesModel, @Context() context: object): Promise<MeetingModel> {
    return (await this.loaders.meeting(context).load(minutes.meetingId))!;
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The agency that owns the action.' })
  ownerAgency(@Parent() item: ActionItemModel, @Context() context: object): Promise<AgencyModel | null> | null {
    return item.ownerAgencyId ? this.directory.agency(context).load(item.ownerAgencyId) : null;
  }
}
