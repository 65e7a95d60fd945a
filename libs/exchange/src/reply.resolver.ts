import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { UserLoaders, UserModel } from '#auth';
import { DateTimeScalar } from '#common';

import { ExchangeLoaders } from './exchange.loaders.js';
import { ExchangeService } from './exchange.service.js';
import { editableUntil } from './exchange-rules.js';
import { ExperienceReplyModel, PostRevisionModel } from './models/exchange.models.js';

@Resolver(() => ExperienceReplyModel)
export class ReplyResolver {
  constructor(
    private readonly exchange: ExchangeService,
    private readonly loaders: ExchangeLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => ExperienceReplyModel, {
    description: 'Signed-in members: replies (Markdown, at most 50 000 characters); followers of the thread and its topics hear of it.',
  })
  replyToThread(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('body') body: string,
  ): Promise<ExperienceReplyModel> {
    return this.exchange.reply(viewer, threadId, body);
  }

  @Mutation(() => ExperienceReplyModel, { description: 'The author, within 24 hours of replying: replaces the body; the earlier one is kept in `revisions`.' })
  editExperienceReply(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('body') body: string): Promise<ExperienceReplyModel> {
    return this.exchange.editReply(viewer, id, body);
  }

  @Mutation(() => ExperienceReplyModel, {
    description: 'Coordinators: hides the reply from everyone but its author and coordinators; it stops being the thread’s answer.',
  })
  hideExperienceReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { description: 'Shown to the author.' }) reason: string,
  ): Promise<ExperienceReplyModel> {
    return this.exchange.hideReply(viewer, id, reason);
  }

  @Mutation(() => ExperienceReplyModel, { description: 'Coordinators: shows a hidden reply again.' })
  unhideExperienceReply(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ExperienceReplyModel> {
    return this.exchange.unhideReply(viewer, id);
  }

  @ResolveField(() => UserModel, { description: 'Who wrote the reply.' })
  async author(@Parent() reply: ExperienceReplyModel, @Context() context: object): Promise<UserModel> {
    return (await this.users.user(context).load(reply.authorId))!;
  }

  @ResolveField(() => Boolean, { description: 'True when a coordinator has hidden the reply (only its author and coordinators see it then).' })
  hidden(@Parent() reply: ExperienceReplyModel): boolean {
    return reply.hiddenAt !== null;
  }

  @ResolveField(() => [PostRevisionModel], {
    description: 'Earlier versions, oldest first (the first is the reply as posted). For the author and coordinators; empty for others.',
  })
  async revisions(@Parent() reply: ExperienceReplyModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<PostRevisionModel[]> {
    return this.exchange.mayReadRevisions(viewer, reply) ? this.loaders.replyRevisions(context).load(reply.id) : [];
  }

  @ResolveField(() => DateTimeScalar, { description: 'Until when the author may edit the reply.' })
  editableUntil(@Parent() reply: ExperienceReplyModel): Date {
    return editableUntil(reply.createdAt);
  }
}

@Resolver(() => PostRevisionModel)
export class PostRevisionResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => UserModel, { description: 'Who made the edit that replaced this version.' })
  async editedBy(@Parent() revision: PostRevisionModel, @Context() context: object): Promise<UserModel> {
    return (await this.users.user(context).load(revision.editedById))!;
  }
}
