import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';
import { UserLoaders, UserModel } from '#auth';
import { type Connection, DateTimeScalar } from '#common';
import { AgencyModel, CivilSocietyWorkModel, DirectoryLoaders } from '#directory';

import { ThreadInput } from './dto/exchange.inputs.js';
import { ExchangeLoaders } from './exchange.loaders.js';
import { ExchangeService } from './exchange.service.js';
import { editableUntil } from './exchange-rules.js';
import { ExperienceReplyModel, ExperienceThreadConnection, ExperienceThreadModel, PostRevisionModel, TopicCountModel } from './models/exchange.models.js';

@Resolver(() => ExperienceThreadModel)
export class ThreadResolver {
  constructor(
    private readonly exchange: ExchangeService,
    private readonly loaders: ExchangeLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => ExperienceThreadConnection, {
    description:
      'Signed-in members: threads by latest activity, latest first; `topic` (normalised) filters. Hidden threads only for their author and coordinators.',
  })
  experienceThreads(
    @CurrentViewer() viewer: Viewer,
    @Args('topic', { type: () => String, nullable: true }) topic?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ExperienceThreadModel>> {
    return this.exchange.threads(viewer, topic, first, after);
  }

  @Query(() => ExperienceThreadModel, { nullable: true, description: 'Signed-in members: one thread, or null if there is none the viewer may see.' })
  experienceThread(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ExperienceThreadModel | null> {
    return this.exchange.thread(viewer, id);
  }

  @Query(() => [TopicCountModel], { description: 'Signed-in members: topics in use, most used first, counting the threads the viewer can see.' })
  experienceTopics(@CurrentViewer() viewer: Viewer): Promise<TopicCountModel[]> {
    return this.exchange.topics(viewer);
  }

  @Mutation(() => ExperienceThreadModel, { description: 'Signed-in members: starts a thread; its author follows it.' })
  startExperienceThread(@CurrentViewer() viewer: Viewer, @Args('input', { type: () => ThreadInput }) input: ThreadInput): Promise<ExperienceThreadModel> {
    return this.exchange.start(viewer, input);
  }

  @Mutation(() => ExperienceThreadModel, {
    description:
      'The author, within 24 hours of starting it: replaces title and body (the earlier version is kept in `revisions`); topics and links when given.',
  })
  editExperienceThread(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ThreadInput }) input: ThreadInput,
  ): Promise<ExperienceThreadModel> {
    return this.exchange.editThread(viewer, id, input);
  }

  @Mutation(() => ExperienceThreadModel, { description: 'Coordinators: hides the thread from everyone but its author and coordinators.' })
  hideExperienceThread(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { description: 'Shown to the author.' }) reason: string,
  ): Promise<ExperienceThreadModel> {
    return this.exchange.hideThread(viewer, id, reason);
  }

  @Mutation(() => ExperienceThreadModel, { description: 'Coordinators: shows a hidden thread again.' })
  unhideExperienceThread(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ExperienceThreadModel> {
    return this.exchange.unhideThread(viewer, id);
  }

  @Mutation(() => ExperienceThreadModel, { description: 'The thread’s author: marks the reply that helped.' })
  markThreadAnswered(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('replyId', { type: () => ID }) replyId: string,
  ): Promise<ExperienceThreadModel> {
    return this.exchange.markAnswered(viewer, threadId, replyId);
  }

  @Mutation(() => ExperienceThreadModel, { description: 'The thread’s author: the thread is no longer marked answered.' })
  unmarkThreadAnswered(@CurrentViewer() viewer: Viewer, @Args('threadId', { type: () => ID }) threadId: string): Promise<ExperienceThreadModel> {
    return this.exchange.unmarkAnswered(viewer, threadId);
  }

  @ResolveField(() => UserModel, { description: 'Who started the thread.' })
  async author(@Parent() thread: ExperienceThreadModel, @Context() context: object): Promise<UserModel> {
    return (await this.users.user(context).load(thread.authorId))!;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The author’s agency when the thread was started.' })
  agency(@Parent() thread: ExperienceThreadModel, @Context() context: object): Promise<AgencyModel | null> | null {
    return thread.agencyId ? this.directory.agency(context).load(thread.agencyId) : null;
  }

  @ResolveField(() => [CivilSocietyWorkModel], { description: 'The civil-society work the thread is about, in title order.' })
  relatedWork(@Parent() thread: ExperienceThreadModel, @Context() context: object): Promise<CivilSocietyWorkModel[]> {
    return this.loaders.relatedWork(context).load(thread.id);
  }

  @ResolveField(() => [ExperienceReplyModel], { description: 'Oldest first; hidden replies only for their author and coordinators.' })
  replies(@Parent() thread: ExperienceThreadModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<ExperienceReplyModel[]> {
    return this.loaders.replies(context, this.exchange.visibility(viewer)).load(thread.id);
  }

  @ResolveField(() => Int, { description: 'The replies the viewer can see.' })
  replyCount(@Parent() thread: ExperienceThreadModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<number> {
    return this.loaders.replyCount(context, this.exchange.visibility(viewer)).load(thread.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the author has marked a reply as the one that helped.' })
  answered(@Parent() thread: ExperienceThreadModel): boolean {
    return thread.answeredById !== null;
  }

  @ResolveField(() => ExperienceReplyModel, { nullable: true, description: 'The reply the author marked as the one that helped.' })
  async answer(@Parent() thread: ExperienceThreadModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<ExperienceReplyModel | null> {
    if (!thread.answeredById) return null;
    const reply = await this.loaders.reply(context).load(thread.answeredById);
    return reply && this.exchange.isVisible(this.exchange.visibility(viewer), reply) ? reply : null;
  }

  @ResolveField(() => Boolean, { description: 'True when a coordinator has hidden the thread (only its author and coordinators see it then).' })
  hidden(@Parent() thread: ExperienceThreadModel): boolean {
    return thread.hiddenAt !== null;
  }

  @ResolveField(() => [PostRevisionModel], {
    description: 'Earlier versions, oldest first (the first is the thread as started). For the author and coordinators; empty for others.',
  })
  async revisions(@Parent() thread: ExperienceThreadModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<PostRevisionModel[]> {
    return this.exchange.mayReadRevisions(viewer, thread) ? this.loaders.threadRevisions(context).load(thread.id) : [];
  }

  @ResolveField(() => DateTimeScalar, { description: 'Until when the author may edit the thread.' })
  editableUntil(@Parent() thread: ExperienceThreadModel): Date {
    return editableUntil(thread.createdAt);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer follows the thread.' })
  followedByMe(@Parent() thread: ExperienceThreadModel, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<boolean> {
    return this.loaders.followedByViewer(context, this.exchange.visibility(viewer).viewerId).load(thread.id);
  }
}
