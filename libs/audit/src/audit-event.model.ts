import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ConnectionType } from '#common';

@ObjectType('AuditEvent', { description: 'Who changed what, and when; written in the same transaction as the change.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What was done, e.g. `agency.updated`.' })
  action!: string;

  @Field({ description: 'The kind of object changed, e.g. `Agency`.' })
  entityType!: string;

  @Field({ description: 'The id of the object changed.' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The object before the change, as JSON.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The object after the change, as JSON.' })
  after!: string | null;

  @Field({ description: 'When it happened.' })
  createdAt!: Date;

  actorId!: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEventConnection');
