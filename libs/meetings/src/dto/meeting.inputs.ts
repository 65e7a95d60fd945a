import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { DateScalar, DateTimeScalar, Limits, OptionalHttpUrl, OptionalText, RequiredText, TextList } from '#common';

import { ActorLevel, ActorType, MeetingFormat, MeetingKind, SelectionPolicy } from '../models/enums.js';

export const MAX_AGENDA_ITEMS = 100;
export const MAX_CAPACITY = 10_000;

@InputType('AgendaItemInput')
export class AgendaItemInput {
  @Field()
  @RequiredText(Limits.name)
  title!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  presenter?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Ange hela minuter.' })
  @Min(1, { message: 'Minst 1 minut.' })
  @Max(24 * 60, { message: 'Högst 1 440 minuter.' })
  durationMinutes?: number | null;
}

@InputType('MeetingInput')
export class MeetingInput {
  @Field()
  @RequiredText(100)
  networkSlug!: string;

  @Field()
  @RequiredText(Limits.name)
  title!: string;

  @Field()
  @RequiredText(Limits.description)
  description!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.shortText)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to coordinators and participants with a seat.' })
  @OptionalHttpUrl()
  onlineUrl?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  registrationDeadline?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Ange ett helt antal platser.' })
  @Min(1, { message: 'Minst 1 plats.' })
  @Max(MAX_CAPACITY, { message: `Högst ${MAX_CAPACITY} platser.` })
  capacity?: number | null;

  @Field(() => SelectionPolicy, { nullable: true })
  selectionPolicy?: SelectionPolicy | null;

  @Field(() => [AgendaItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_AGENDA_ITEMS, { message: `Högst ${MAX_AGENDA_ITEMS} punkter på dagordningen.` })
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[] | null;
}

@InputType('RegistrationInput')
export class RegistrationInput {
  @Field()
  @RequiredText(Limits.name)
  participantName!: string;

  @Field()
  @RequiredText(Limits.email)
  email!: string;

  @Field()
  @RequiredText(Limits.name)
  organisation!: string;

  @Field(() => ActorType)
  actorType!: ActorType;

  @Field(() => ActorLevel)
  level!: ActorLevel;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  area?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  referenceGroupInterest?: boolean | null;
}

@InputType('ActionItemInput')
export class ActionItemInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The item this revises (from ActionItem.id); left out for a new item. When no item names an id, items are kept by position.',
  })
  @OptionalText(100)
  id?: string | null;

  @Field()
  @RequiredText(Limits.shortText * 2)
  description!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  ownerAgencySlug?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean | null;
}

@InputType('MinutesInput')
export class MinutesInput {
  @Field({ description: 'Markdown.' })
  @RequiredText(Limits.description * 5)
  body!: string;

  @Field(() => [String], { nullable: true })
  @TextList(100, Limits.shortText * 4)
  decisions?: string[] | null;

  @Field(() => [ActionItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Högst 100 åtgärder.' })
  @ValidateNested({ each: true })
  @Type(() => ActionItemInput)
  actionItems?: ActionItemInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean | null;
}
