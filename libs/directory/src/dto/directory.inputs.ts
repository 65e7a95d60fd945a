import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, Matches, ValidateIf } from 'class-validator';

import { EnumList, Limits, OptionalEmail, OptionalHttpUrl, OptionalText, RequiredText, TextList } from '#common';

import { SupportType, WorkKind } from '../models/enums.js';

@InputType('AgencyFilter')
export class AgencyFilterInput {
  @Field(() => String, { nullable: true, description: 'Only agencies that are members of this network now.' })
  @OptionalText(100)
  networkSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the name, English name or abbreviation.' })
  @OptionalText(Limits.name)
  query?: string | null;
}

@InputType('WorkFilter')
export class WorkFilterInput {
  @Field(() => [WorkKind], { nullable: true })
  @EnumList(Object.keys(WorkKind).length)
  kind?: WorkKind[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  agencySlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Work aimed at this target group (any part of its name).' })
  @OptionalText(Limits.listItem)
  targetGroup?: string | null;

  @Field(() => [SupportType], { nullable: true, description: 'Work offering any of these.' })
  @EnumList(Object.keys(SupportType).length)
  supportOffered?: SupportType[] | null;
}

@InputType('AgencyProfileInput', { description: 'Fields left out stay as they are; null clears an optional one.' })
export class AgencyProfileInput {
  @Field(() => String, { nullable: true, description: 'Required text: may be left out, not cleared.' })
  @ValidateIf((_input, value) => value !== undefined)
  @RequiredText(Limits.description)
  description?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(20)
  abbreviation?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalHttpUrl()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  ministry?: string | null;

  @Field(() => String, { nullable: true, description: 'The description in English.' })
  @OptionalText(Limits.description)
  descriptionEn?: string | null;
}

@InputType('WorkInput')
export class WorkInput {
  @Field(() => WorkKind)
  @IsEnum(WorkKind, { message: 'Okänd sorts verksamhet.' })
  kind!: WorkKind;

  @Field()
  @RequiredText(Limits.name)
  title!: string;

  @Field()
  @RequiredText(Limits.shortText * 4)
  summary!: string;

  @Field()
  @RequiredText(Limits.description)
  description!: string;

  @Field(() => [String], { nullable: true })
  @TextList(20)
  targetGroups?: string[] | null;

  @Field(() => [SupportType], { nullable: true })
  @EnumList(Object.keys(SupportType).length)
  supportOffered?: SupportType[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.shortText * 10)
  howToApply?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalHttpUrl()
  url?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.description)
  descriptionEn?: string | null;
}

@InputType('ContactInput')
export class ContactInput {
  @Field()
  @RequiredText(Limits.name)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.name)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(Limits.phone)
  @Matches(/^\+?[0-9][0-9 ()-]{4,}$/, { message: 'Ange ett telefonnummer med siffror, t.ex. 010-123 45 67.' })
  phone?: string | null;

  @Field(() => [String], { nullable: true })
  @TextList(20)
  responsibilities?: string[] | null;
}
