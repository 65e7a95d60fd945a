import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';

import { byKey, groupBy, requestLoader } from '#common';
import type { CivilSocietyWorkModel } from '#prisma';

import { ExchangeRepository, type ReplyRow, type RevisionRow } from './exchange.repository.js';
import type { Visibility } from './exchange-rules.js';

/**
 * Batches the exchange's to-many and cross-object fields per request, so a
 * page of threads with authors, replies, counts, links and history costs the
 * same number of statements whatever its size. A request has one viewer, so
 * loaders that depend on what the viewer may see are per request too.
 */
@Injectable()
export class ExchangeLoaders {
  constructor(private readonly exchange: ExchangeRepository) {}

  reply(context: object): DataLoader<string, ReplyRow | null> {
    return requestLoader(context, 'exchange.reply', async (ids: readonly string[]) => byKey(ids, await this.exchange.repliesByIds(ids), (reply) => reply.id));
  }

  replies(context: object, visibility: Visibility): DataLoader<string, ReplyRow[]> {
    return requestLoader(context, 'exchange.replies', async (ids: readonly string[]) =>
      groupBy(ids, await this.exchange.repliesOf(ids, visibility), (reply) => reply.threadId),
    );
  }

  replyCount(context: object, visibility: Visibility): DataLoader<string, number> {
    return requestLoader(context, 'exchange.replyCount', async (ids: readonly string[]) => {
      const counts = await this.exchange.replyCounts(ids, visibility);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  relatedWork(context: object): DataLoader<string, CivilSocietyWorkModel[]> {
    return requestLoader(context, 'exchange.relatedWork', async (ids: readonly string[]) =>
      groupBy(ids, await this.exchange.workOfThreads(ids), (link) => link.threadId).map((links) => links.map((link) => link.work)),
    );
  }

  threadRevisions(context: object): DataLoader<string, RevisionRow[]> {
    return requestLoader(context, 'exchange.threadRevisions', async (ids: readonly string[]) =>
      groupBy(ids, await this.exchange.revisionsOf('thread', ids), (revision) => revision.threadId!),
    );
  }

  replyRevisions(context: object): DataLoader<string, RevisionRow[]> {
    return requestLoader(context, 'exchange.replyRevisions', async (ids: readonly string[]) =>
      groupBy(ids, await this.exchange.revisionsOf('reply', ids), (revision) => revision.replyId!),
    );
  }

  followedByViewer(context: object, viewerId: string): DataLoader<string, boolean> {
    return requestLoader(context, 'exchange.followedByViewer', async (ids: readonly string[]) => {
      const followed = await this.exchange.followedAmong(viewerId, ids);
      return ids.map((id) => followed.has(id));
    });
  }
}
