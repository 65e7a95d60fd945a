import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';

import { ExchangeNotificationsService } from './exchange-notifications.service.js';
import { ExchangeFollowsModel } from './models/exchange.models.js';

@Resolver(() => ExchangeFollowsModel)
export class FollowsResolver {
  constructor(private readonly notifications: ExchangeNotificationsService) {}

  @Query(() => ExchangeFollowsModel, { description: 'Signed-in members: the threads and topics the viewer follows, and the digest setting.' })
  myExchangeFollows(@CurrentViewer() viewer: Viewer): Promise<ExchangeFollowsModel> {
    return this.notifications.follows(viewer);
  }

  @Mutation(() => ExchangeFollowsModel, { description: 'Signed-in members: mail me about new replies in this thread.' })
  followThread(@CurrentViewer() viewer: Viewer, @Args('threadId', { type: () => ID }) threadId: string): Promise<ExchangeFollowsModel> {
    return this.notifications.followThread(viewer, threadId);
  }

  @Mutation(() => ExchangeFollowsModel, { description: 'Signed-in members: stop mail about this thread (also when it has since been hidden).' })
  unfollowThread(@CurrentViewer() viewer: Viewer, @Args('threadId', { type: () => ID }) threadId: string): Promise<ExchangeFollowsModel> {
    return this.notifications.unfollowThread(viewer, threadId);
  }

  @Mutation(() => ExchangeFollowsModel, { description: 'Signed-in members: mail me about new replies in threads under this topic (normalised).' })
  followTopic(@CurrentViewer() viewer: Viewer, @Args('topic') topic: string): Promise<ExchangeFollowsModel> {
    return this.notifications.followTopic(viewer, topic);
  }

  @Mutation(() => ExchangeFollowsModel, { description: 'Signed-in members: stop mail about threads under this topic.' })
  unfollowTopic(@CurrentViewer() viewer: Viewer, @Args('topic') topic: string): Promise<ExchangeFollowsModel> {
    return this.notifications.unfollowTopic(viewer, topic);
  }

  @Mutation(() => ExchangeFollowsModel, {
    description: 'Signed-in members: true for one digest a week of new replies instead of a mail per reply; the first digest covers the week from now.',
  })
  setExchangeNotifications(@CurrentViewer() viewer: Viewer, @Args('weeklyDigest') weeklyDigest: boolean): Promise<ExchangeFollowsModel> {
    return this.notifications.setNotifications(viewer, weeklyDigest);
  }

  @Mutation(() => Int, {
    description: 'Coordinators: sends the weekly digests that are due now (as the hourly timer does); returns how many mails were queued.',
  })
  sendExchangeDigests(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.triggerDigests(viewer);
  }
}
