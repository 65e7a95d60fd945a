import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';

import { RegistrationInput } from './dto/meeting.inputs.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { MeetingsService } from './meetings.service.js';
import { MeetingModel, RegistrationModel } from './models/meeting.models.js';
import { RegistrationService } from './registration.service.js';

@Resolver(() => RegistrationModel)
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly meetings: MeetingsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Mutation(() => RegistrationModel, { description: 'Anyone for published consultations, workshops and webinars; signed-in members for network meetings.' })
  registerForMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input', { type: () => RegistrationInput }) input: RegistrationInput,
  ): Promise<RegistrationModel> {
    return this.registrations.register(viewer, meetingId, input);
  }

  @Mutation(() => RegistrationModel, { description: 'By its owner (signed in, or with the token from the confirmation e-mail’s link) or a coordinator.' })
  cancelRegistration(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('cancelToken', { type: () => String, nullable: true, description: 'From the cancel link in the confirmation e-mail.' }) cancelToken?: string,
  ): Promise<RegistrationModel> {
    return this.registrations.cancel(viewer, id, cancelToken);
  }

  @Mutation(() => [RegistrationModel], { description: 'BALANCED meetings: selects participants for breadth and closes registration.' })
  selectParticipants(@CurrentViewer() viewer: Viewer, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<RegistrationModel[]> {
    return this.registrations.select(viewer, meetingId);
  }

  @ResolveField(() => MeetingModel)
  async meeting(@Parent() registration: RegistrationModel, @Context() context: object): Promise<MeetingModel> {
    return (await this.loaders.meeting(context).load(registration.meetingId))!;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the selection decided as it did (Swedish). Coordinators only.' })
  selectionReason(@Parent() registration: RegistrationModel, @CurrentViewer() viewer: Viewer): string | null {
    return this.meetings.canManage(viewer) ? registration.selectionReason : null;
  }
}
