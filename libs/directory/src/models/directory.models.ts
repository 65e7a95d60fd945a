import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionType, DateTimeScalar } from '#common';

import { SupportType, WorkKind } from './enums.js';

@ObjectType('Network', { description: 'One of the networks MUCF coordinates.' })
export class NetworkModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Lower-case ASCII, e.g. `myndighetsnatverket`.' })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'The description in English.' })
  descriptionEn!: string | null;
}

@ObjectType('Agency', { description: 'A government agency and its work with civil society.' })
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Lower-case ASCII, e.g. `brottsoffermyndigheten`.' })
  slug!: string;

  @Field({ description: 'The official Swedish name.' })
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => String, { nullable: true })
  abbreviation!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'The ministry the agency reports to.' })
  ministry!: string | null;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'The description in English.' })
  descriptionEn!: string | null;

  @Field(() => Int, { description: 'Raised by one on every change; updateAgencyProfile must name the version it edits.' })
  version!: number;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType('CivilSocietyWork', { description: 'Something an agency does with civil society, and the support on offer.' })
export class CivilSocietyWorkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkKind)
  kind!: WorkKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The title in English.' })
  titleEn!: string | null;

  @Field()
  summary!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'The description in English.' })
  descriptionEn!: string | null;

  @Field(() => [String])
  targetGroups!: string[];

  @Field(() => [SupportType])
  supportOffered!: SupportType[];

  @Field(() => String, { nullable: true, description: 'How an organisation applies, e.g. "a written agreement is required".' })
  howToApply!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Int, { description: 'Raised by one on every change; updates may name the version they edit.' })
  version!: number;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  agencyId!: string;
}

@ObjectType('ContactPerson', { description: 'Public fields are visible to anyone; email and phone only to signed-in members.' })
export class ContactPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [String], { description: 'What to ask this person about.' })
  responsibilities!: string[];

  @Field(() => Int, { description: 'Raised by one on every change; updates may name the version they edit.' })
  version!: number;

  agencyId!: string;
  email!: string | null;
  phone!: string | null;
}

export const AgencyConnection = ConnectionType(AgencyModel, 'AgencyConnection');
export const CivilSocietyWorkConnection = ConnectionType(CivilSocietyWorkModel, 'CivilSocietyWorkConnection');
