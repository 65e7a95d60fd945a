import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionType, DateScalar, DateTimeScalar } from '#common';

import { ActorLevel, ActorType, MeetingFormat, MeetingKind, MeetingStatus, RegistrationStatus, SelectionPolicy } from './enums.js';

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => Int, { description: 'Order in the agenda, from 1.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  presenter!: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;
}

@ObjectType('Meeting', { description: 'A network meeting, consultation (samråd), workshop or webinar.' })
export class MeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field({ description: 'The time zone its times are shown in (Europe/Stockholm).' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Registration closes then (at the start if not set).' })
  registrationDeadline!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null for no limit.' })
  capacity!: number | null;

  @Field(() => SelectionPolicy)
  selectionPolicy!: SelectionPolicy;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When participants were selected (BALANCED); registration is closed from then on.' })
  selectedAt!: Date | null;

  @Field(() => Int, { description: 'Raised on every change.' })
  version!: number;

  networkId!: string;
  onlineUrl!: string | null;
}

@ObjectType('Registration')
export class RegistrationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  participantName!: string;

  @Field()
  email!: string;

  @Field()
  organisation!: string;

  @Field(() => ActorType)
  actorType!: ActorType;

  @Field(() => ActorLevel)
  level!: ActorLevel;

  @Field(() => String, { nullable: true, description: 'The area the participant works in, e.g. "integration".' })
  area!: string | null;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field()
  referenceGroupInterest!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the selection decided as it did (Swedish). Coordinators only.' })
  selectionReason!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  meetingId!: string;
  userId!: string | null;
}

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID, { description: 'Stable across revisions of the minutes (items are kept by position).' })
  id!: string;

  @Field()
  description!: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: Date | null;

  @Field()
  done!: boolean;

  ownerAgencyId!: string | null;
}

@ObjectType('Minutes', { description: 'What a meeting decided. The body is Markdown, stored as written.' })
export class MinutesModel {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => [String])
  decisions!: string[];

  @Field(() => [ActionItemModel])
  actionItems!: ActionItemModel[];

  @Field()
  published!: boolean;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  meetingId!: string;
}

export const MeetingConnection = ConnectionType(MeetingModel, 'MeetingConnection');
