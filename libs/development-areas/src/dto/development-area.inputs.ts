import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

import { Limits, OptionalText, RequiredText, TextList } from '#common';

import { MAX_LINKS, MAX_OWNER_AGENCIES, NOTE_MAX_LENGTH } from '../development-area-rules.js';

/** An optional list of ids; whether they exist is the service's question. */
function IdList(maxItems: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'Måste vara en lista.' }),
    ArrayMaxSize(maxItems, { message: `Högst ${maxItems} poster.` }),
    IsString({ each: true, message: 'Varje post måste vara ett id.' }),
    MaxLength(100, { each: true, message: 'Okänt id.' }),
  );
}

/** An optional id; whether it exists is the service's question. */
function OptionalId(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsString({ message: 'Måste vara ett id.' }), MaxLength(100, { message: 'Okänt id.' }));
}

@InputType('DevelopmentAreaInput')
export class DevelopmentAreaInput {
  @Field()
  @RequiredText(Limits.name)
  title!: string;

  @Field()
  @RequiredText(Limits.description)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting where the area was identified.' })
  @OptionalId()
  identifiedAtMeetingId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `The agencies that own the area (at most ${MAX_OWNER_AGENCIES}); left out, the agency of the one who logs it.`,
  })
  @TextList(MAX_OWNER_AGENCIES, 100)
  ownerAgencySlugs?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The meeting where the area will next be reviewed (not a cancelled one).' })
  @OptionalId()
  nextReviewMeetingId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Civil-society work that addresses the area.' })
  @IdList(MAX_LINKS)
  relatedWorkIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Experience threads that address the area.' })
  @IdList(MAX_LINKS)
  threadIds?: string[] | null;

  @Field(() => String, { nullable: true, description: `The note of the first update (default "Identifierat"); at most ${NOTE_MAX_LENGTH} characters.` })
  @OptionalText(NOTE_MAX_LENGTH)
  note?: string | null;
}

@InputType('DevelopmentAreaLinksInput', {
  description: 'Fields left out stay as they are. A list replaces the current links (null or [] removes them all); null clears the review meeting.',
})
export class DevelopmentAreaLinksInput {
  @Field(() => [ID], { nullable: true, description: 'Civil-society work that addresses the area.' })
  @IdList(MAX_LINKS)
  relatedWorkIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Experience threads that address the area.' })
  @IdList(MAX_LINKS)
  threadIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The meeting where the area will next be reviewed (not a cancelled one).' })
  @OptionalId()
  nextReviewMeetingId?: string | null;
}

@InputType('DevelopmentAreaFromActionItemInput', { description: 'What the action item does not say, or says otherwise.' })
export class DevelopmentAreaFromActionItemInput {
  @Field(() => String, { nullable: true, description: 'Default: the start of the action item’s description.' })
  @OptionalText(Limits.name)
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Default: the action item’s owner agency. Needed when it has none.' })
  @TextList(MAX_OWNER_AGENCIES, 100)
  ownerAgencySlugs?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The meeting where the area will next be reviewed (not a cancelled one).' })
  @OptionalId()
  nextReviewMeetingId?: string | null;

  @Field(() => String, { nullable: true, description: `The note of the first update (default "Identifierat"); at most ${NOTE_MAX_LENGTH} characters.` })
  @OptionalText(NOTE_MAX_LENGTH)
  note?: string | null;
}
