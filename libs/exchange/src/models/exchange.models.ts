import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionType, DateTimeScalar } from '#common';

@ObjectType('ExperienceThread', {
  description:
    'A question or experience shared by a member, with replies. Hidden threads are shown only to their author (marked `hidden`) and to coordinators.',
})
export class ExperienceThreadModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What the thread asks or tells, in a line.' })
  title!: string;

  @Field({ description: 'Markdown, as the author wrote it; the API never renders it to HTML.' })
  body!: string;

  @Field(() => [String], { description: 'Normalised: lower case, trimmed, no duplicates.' })
  topics!: string[];

  @Field(() => DateTimeScalar, { description: 'When the thread was started.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the thread was started or last replied to; lists are in this order, latest first.' })
  lastActivityAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the author last edited the thread; null if never.' })
  editedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a coordinator hid the thread; null while it is shown.' })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a coordinator hid the thread.' })
  hiddenReason!: string | null;

  authorId!: string;
  agencyId!: string | null;
  answeredById!: string | null;
}

@ObjectType('ExperienceReply', {
  description: 'A reply in a thread. Hidden replies are shown only to their author (marked `hidden`) and to coordinators.',
})
export class ExperienceReplyModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Markdown, as the author wrote it; the API never renders it to HTML.' })
  body!: string;

  @Field(() => DateTimeScalar, { description: 'When the reply was posted.' })
  createdAt!: Date;

  @Field(() => ID, { description: 'The thread the reply belongs to.' })
  threadId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the author last edited the reply; null if never.' })
  editedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a coordinator hid the reply; null while it is shown.' })
  hiddenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a coordinator hid the reply.' })
  hiddenReason!: string | null;

  authorId!: string;
}

@ObjectType('PostRevision', { description: 'A thread or reply as it read before an edit: edits keep their history.' })
export class PostRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The title then; null for a reply.' })
  title!: string | null;

  @Field({ description: 'The body then, as written.' })
  body!: string;

  @Field(() => DateTimeScalar, { description: 'When the edit replaced this version.' })
  replacedAt!: Date;

  editedById!: string;
}

@ObjectType('TopicCount', { description: 'A topic in use and how many threads the viewer can see under it.' })
export class TopicCountModel {
  @Field({ description: 'Normalised: lower case, trimmed.' })
  topic!: string;

  @Field(() => Int, { description: 'Threads under the topic that the viewer can see.' })
  threadCount!: number;
}

@ObjectType('ExchangeFollows', { description: 'What the viewer follows in the exchange, and how they hear of new replies.' })
export class ExchangeFollowsModel {
  @Field(() => [ExperienceThreadModel], { description: 'Followed threads the viewer can see, by latest activity.' })
  threads!: ExperienceThreadModel[];

  @Field(() => [String], { description: 'Followed topics, in alphabetical order.' })
  topics!: string[];

  @Field({ description: 'True: one digest a week instead of one mail per reply.' })
  weeklyDigest!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last weekly digest was made.' })
  lastDigestAt!: Date | null;
}

export const ExperienceThreadConnection = ConnectionType(ExperienceThreadModel, 'ExperienceThreadConnection');
