import { Args, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { type Connection, ConnectionType } from '#common';
import { OutboxStatus } from '#prisma';

import { OutboxService } from './outbox.service.js';

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description:
    'PENDING: waiting to be sent (or no SMTP); SENT; FAILED: given up after repeated tries; WITHDRAWN: no longer to be sent (e.g. the post it told of was hidden).',
});

@ObjectType('OutboxMessage', { description: 'An e-mail the portal sends, as kept in the outbox.' })
export class OutboxMessageModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What the mail is about, e.g. `registration.confirmed`.' })
  kind!: string;

  @Field()
  recipient!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field({ description: 'Whether an .ics file goes with it.' })
  hasCalendar!: boolean;

  @Field(() => OutboxStatus)
  status!: OutboxStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

const OutboxMessageConnection = ConnectionType(OutboxMessageModel, 'OutboxMessageConnection');

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outboxService: OutboxService) {}

  @Query(() => OutboxMessageConnection, { description: 'The e-mail outbox, newest first. Coordinators and admins.' })
  async outbox(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => OutboxStatus, nullable: true }) status?: OutboxStatus,
    @Args('recipient', { type: () => String, nullable: true }) recipient?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<OutboxMessageModel>> {
    const page = await this.outboxService.list(viewer, status, recipient, first, after);
    return { ...page, nodes: page.nodes.map((message) => ({ ...message, hasCalendar: message.calendar !== null })) };
  }
}
