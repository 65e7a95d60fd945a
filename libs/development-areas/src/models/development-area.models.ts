import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '#common';

import { DevelopmentAreaStatus } from './enums.js';

@ObjectType('DevelopmentArea', {
  description: 'A development area (utvecklingsområde) identified at a meeting and owned by one or more agencies, with an append-only log of updates.',
})
export class DevelopmentAreaModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => DevelopmentAreaStatus)
  status!: DevelopmentAreaStatus;

  @Field(() => ID, { nullable: true, description: 'The minutes’ action item the area was made from, if any.' })
  sourceActionItemId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Raised by every update and every change of links.' })
  updatedAt!: Date;

  identifiedAtMeetingId!: string | null;
  nextReviewMeetingId!: string | null;
  createdById!: string;
}

@ObjectType('DevelopmentAreaUpdate', { description: 'One entry of an area’s log: never edited or removed once written.' })
export class DevelopmentAreaUpdateModel {
  @Field(() => ID)
  id!: string;

  @Field()
  note!: string;

  @Field(() => DevelopmentAreaStatus, { description: 'The area’s status from this update on.' })
  status!: DevelopmentAreaStatus;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  areaId!: string;
  authorId!: string;
}

@ObjectType('DevelopmentAreaThreadLink', { description: 'An experience thread that addresses a development area.' })
export class LinkedThreadModel {
  @Field(() => ID, { description: 'The thread’s id.' })
  id!: string;

  @Field({ description: 'The thread’s title.' })
  title!: string;
}
