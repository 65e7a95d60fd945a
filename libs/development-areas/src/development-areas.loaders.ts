import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';

import { groupBy, requestLoader } from '#common';
import type { AgencyModel, CivilSocietyWorkModel, DevelopmentAreaModel, DevelopmentAreaUpdateModel } from '#prisma';

import { DevelopmentAreasRepository, type ThreadTitle } from './development-areas.repository.js';

/**
 * Per-request batching of everything a list of areas asks for (owners, log,
 * links, authors) and of the areas other types list (a meeting's, an
 * agency's): a page costs the same number of statements whatever its size.
 */
@Injectable()
export class DevelopmentAreaLoaders {
  constructor(private readonly areas: DevelopmentAreasRepository) {}

  owners(context: object): DataLoader<string, AgencyModel[]> {
    return requestLoader(context, 'developmentAreas.owners', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.ownersOf(ids), (row) => row.areaId).map((rows) => rows.map((row) => row.agency)),
    );
  }

  updates(context: object): DataLoader<string, DevelopmentAreaUpdateModel[]> {
    return requestLoader(context, 'developmentAreas.updates', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.updatesOf(ids), (update) => update.areaId),
    );
  }

  lastUpdateAt(context: object): DataLoader<string, Date | null> {
    return requestLoader(context, 'developmentAreas.lastUpdateAt', async (ids: readonly string[]) => {
      const times = await this.areas.lastUpdateTimes(ids);
      return ids.map((id) => times.get(id) ?? null);
    });
  }

  work(context: object): DataLoader<string, CivilSocietyWorkModel[]> {
    return requestLoader(context, 'developmentAreas.work', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.workOf(ids), (row) => row.areaId).map((rows) => rows.map((row) => row.work)),
    );
  }

  threads(context: object): DataLoader<string, ThreadTitle[]> {
    return requestLoader(context, 'developmentAreas.threads', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.threadsOf(ids), (row) => row.areaId).map((rows) => rows.map((row) => row.thread)),
    );
  }

  identifiedAt(context: object): DataLoader<string, DevelopmentAreaModel[]> {
    return requestLoader(context, 'developmentAreas.identifiedAt', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.identifiedAt(ids), (area) => area.identifiedAtMeetingId!),
    );
  }

  forReviewAt(context: object): DataLoader<string, DevelopmentAreaModel[]> {
    return requestLoader(context, 'developmentAreas.forReviewAt', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.forReviewAt(ids), (area) => area.nextReviewMeetingId!),
    );
  }

  ownedBy(context: object): DataLoader<string, DevelopmentAreaModel[]> {
    return requestLoader(context, 'developmentAreas.ownedBy', async (ids: readonly string[]) =>
      groupBy(ids, await this.areas.ownedBy(ids), (row) => row.agencyId).map((rows) => rows.map((row) => row.area)),
    );
  }
}
