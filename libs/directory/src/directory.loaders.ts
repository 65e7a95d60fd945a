import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';

import { byKey, groupBy, requestLoader } from '#common';
import type { AgencyModel, CivilSocietyWorkModel, ContactPersonModel, NetworkModel } from '#prisma';

import { DirectoryRepository } from './directory.repository.js';

/**
 * Batches the directory's to-many and cross-object fields per request, so an
 * `agencies` page with work, contacts and networks costs the same number of
 * statements whatever its size.
 */
@Injectable()
export class DirectoryLoaders {
  constructor(private readonly directory: DirectoryRepository) {}

  agency(context: object): DataLoader<string, AgencyModel | null> {
    return requestLoader(context, 'directory.agency', async (ids: readonly string[]) =>
      byKey(ids, await this.directory.agenciesByIds(ids), (agency) => agency.id),
    );
  }

  workOfAgency(context: object): DataLoader<string, CivilSocietyWorkModel[]> {
    return requestLoader(context, 'directory.workOfAgency', async (ids: readonly string[]) =>
      groupBy(ids, await this.directory.workOfAgencies(ids), (work) => work.agencyId),
    );
  }

  contactsOfAgency(context: object): DataLoader<string, ContactPersonModel[]> {
    return requestLoader(context, 'directory.contactsOfAgency', async (ids: readonly string[]) =>
      groupBy(ids, await this.directory.contactsOfAgencies(ids), (contact) => contact.agencyId),
    );
  }

  networksOfAgency(context: object): DataLoader<string, NetworkModel[]> {
    return requestLoader(context, 'directory.networksOfAgency', async (ids: readonly string[]) => {
      const memberships = await this.directory.membershipsOfAgencies(ids);
      const networks = await this.network(context).loadMany([...new Set(memberships.map((membership) => membership.networkId))]);
      const byId = new Map(
        networks.filter((network): network is NetworkModel => network !== null && !(network instanceof Error)).map((network) => [network.id, network]),
      );
      return groupBy(ids, memberships, (membership) => membership.agencyId).map((group) => group.map((membership) => byId.get(membership.networkId)!));
    });
  }

  network(context: object): DataLoader<string, NetworkModel | null> {
    return requestLoader(context, 'directory.network', async (ids: readonly string[]) =>
      byKey(ids, await this.directory.networksByIds(ids), (network) => network.id),
    );
  }

  agenciesOfNetwork(context: object): DataLoader<string, AgencyModel[]> {
    return requestLoader(context, 'directory.agenciesOfNetwork', async (ids: readonly string[]) =>
      groupBy(ids, await this.directory.agenciesOfNetworks(ids), (row) => row.networkId).map((rows) => rows.map((row) => row.agency)),
    );
  }
}
