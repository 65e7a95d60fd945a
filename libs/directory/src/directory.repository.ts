import { Injectable } from '@nestjs/common';

import type { PageRequest } from '#common';
import {
  type AgencyModel,
  type CivilSocietyWorkModel,
  type ContactPersonModel,
  type NetworkModel,
  Prisma,
  PrismaService,
  type SupportType,
  type WorkKind,
} from '#prisma';

export interface AgencyQuery {
  networkSlug?: string;
  text?: string;
}

export interface WorkQuery {
  kinds?: WorkKind[];
  agencySlug?: string;
  targetGroup?: string;
  supportOffered?: SupportType[];
}

export type AgencyProfileChange = Partial<Pick<AgencyModel, 'description' | 'descriptionEn' | 'nameEn' | 'abbreviation' | 'website' | 'ministry'>>;
export type WorkFields = Pick<
  CivilSocietyWorkModel,
  'kind' | 'title' | 'titleEn' | 'summary' | 'description' | 'descriptionEn' | 'targetGroups' | 'supportOffered' | 'howToApply' | 'url'
>;
export type ContactFields = Pick<ContactPersonModel, 'name' | 'title' | 'email' | 'phone' | 'responsibilities'>;

/**
 * Something an agency owns and its liaisons edit. `update` applies only while
 * the row still has `expectedVersion` (when given) and raises the version.
 */
export interface AgencyItemStore<T, F> {
  find(id: string): Promise<T | null>;
  create(agencyId: string, fields: F): Promise<T>;
  update(id: string, fields: F, expectedVersion?: number): Promise<T | null>;
  remove(id: string): Promise<boolean>;
}

const AGENCIES_BY_IDS = `SELECT "id", "slug", "name", "name_en" AS "nameEn", "abbreviation", "website", "ministry", "description",
  "description_en" AS "descriptionEn", "version", "created_at" AS "createdAt", "updated_at" AS "updatedAt"
FROM "agencies" WHERE "id" = ANY ($1::uuid[])`;

const versionCondition = (expectedVersion?: number) => (expectedVersion === undefined ? {} : { version: expectedVersion });

/** Memberships without an end date, or ending after today, are current. */
function currentMembership(now: Date): Prisma.NetworkMembershipWhereInput {
  return { OR: [{ until: null }, { until: { gt: now } }] };
}

function afterKey(page: PageRequest, field: 'slug' | 'title'): object {
  if (!page.after) return {};
  return { OR: [{ [field]: { gt: page.after.key } }, { [field]: page.after.key, id: { gt: page.after.id } }] };
}

@Injectable()
export class DirectoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  listNetworks(): Promise<NetworkModel[]> {
    return this.prisma.client.network.findMany({ orderBy: { slug: 'asc' } });
  }

  networksByIds(ids: readonly string[]): Promise<NetworkModel[]> {
    return this.prisma.client.network.findMany({ where: { id: { in: [...ids] } } });
  }

  findAgencyBySlug(slug: string): Promise<AgencyModel | null> {
    return this.prisma.client.agency.findUnique({ where: { slug } });
  }

  /**
   * The per-request loader's batch behind every `agency` field: a page of
   * search hits asks it once per search. A named statement, as Prisma's
   * findMany cost three times the CPU of the query itself on this path;
   * the columns are named as Prisma names them, so the rows are its Agency.
   */
  async agenciesByIds(ids: readonly string[]): Promise<AgencyModel[]> {
    const { rows } = await this.prisma.pool.query<AgencyModel>({ name: 'agencies-by-ids', text: AGENCIES_BY_IDS, values: [ids] });
    return rows;
  }

  private agencyWhere(query: AgencyQuery): Prisma.AgencyWhereInput {
    const conditions: Prisma.AgencyWhereInput[] = [];
    if (query.networkSlug) conditions.push({ memberships: { some: { network: { slug: query.networkSlug }, ...currentMembership(new Date()) } } });
    if (query.text) {
      // Prisma passes LIKE's wildcards through; a typed % or _ means itself.
      const contains = { contains: query.text.replace(/[\\%_]/g, (character) => `\\${character}`), mode: 'insensitive' as const };
      conditions.push({ OR: [{ name: contains }, { nameEn: contains }, { abbreviation: contains }, { slug: contains }] });
    }
    return { AND: conditions };
  }

  /** A page of agencies in slug order, fetched with one extra row to tell whether more follow. */
  async pageAgencies(query: AgencyQuery, page: PageRequest): Promise<{ rows: AgencyModel[]; total: number }> {
    const where = this.agencyWhere(query);
    const [rows, total] = await Promise.all([
      this.prisma.client.agency.findMany({ where: { AND: [where, afterKey(page, 'slug')] }, orderBy: [{ slug: 'asc' }, { id: 'asc' }], take: page.take + 1 }),
      this.prisma.client.agency.count({ where }),
    ]);
    return { rows, total };
  }

  /** Current member agencies of each network, in slug order. */
  async agenciesOfNetworks(networkIds: readonly string[]): Promise<{ networkId: string; agency: AgencyModel }[]> {
    const memberships = await this.prisma.client.networkMembership.findMany({
      where: { networkId: { in: [...networkIds] }, ...currentMembership(new Date()) },
      include: { agency: true },
      orderBy: { agency: { slug: 'asc' } },
    });
    return memberships.map(({ networkId, agency }) => ({ networkId, agency }));
  }

  /** Current memberships of each agency. */
  membershipsOfAgencies(agencyIds: readonly string[]): Promise<{ agencyId: string; networkId: string }[]> {
    return this.prisma.client.networkMembership.findMany({
      where: { agencyId: { in: [...agencyIds] }, ...currentMembership(new Date()) },
      select: { agencyId: true, networkId: true },
      orderBy: { network: { slug: 'asc' } },
    });
  }

  private workWhere(query: WorkQuery): Prisma.CivilSocietyWorkWhereInput {
    const conditions: Prisma.CivilSocietyWorkWhereInput[] = [];
    if (query.kinds?.length) conditions.push({ kind: { in: query.kinds } });
    if (query.agencySlug) conditions.push({ agency: { slug: query.agencySlug } });
    if (query.supportOffered?.length) conditions.push({ supportOffered: { hasSome: query.supportOffered } });
    return { AND: conditions };
  }

  /**
   * A page of work in title order. A target group matches any part of a
   * group's name ("förening" finds "ideella föreningar"), which Prisma's
   * array filters cannot say, so those ids come from one SQL query first.
   */
  async pageWork(query: WorkQuery, page: PageRequest): Promise<{ rows: CivilSocietyWorkModel[]; total: number }> {
    const where = this.workWhere(query);
    if (query.targetGroup) {
      const pattern = `%${query.targetGroup.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const matching = await this.prisma.client.$queryRaw<{ id: string }[]>`
        SELECT id FROM civil_society_work WHERE EXISTS (SELECT 1 FROM unnest(target_groups) AS target_group WHERE target_group ILIKE ${pattern})`;
      (where.AND as Prisma.CivilSocietyWorkWhereInput[]).push({ id: { in: matching.map((row) => row.id) } });
    }
    const [rows, total] = await Promise.all([
      this.prisma.client.civilSocietyWork.findMany({
        where: { AND: [where, afterKey(page, 'title')] },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
        take: page.take + 1,
      }),
      this.prisma.client.civilSocietyWork.count({ where }),
    ]);
    return { rows, total };
  }

  workOfAgencies(agencyIds: readonly string[]): Promise<CivilSocietyWorkModel[]> {
    return this.prisma.client.civilSocietyWork.findMany({ where: { agencyId: { in: [...agencyIds] } }, orderBy: [{ title: 'asc' }, { id: 'asc' }] });
  }

  contactsOfAgencies(agencyIds: readonly string[]): Promise<ContactPersonModel[]> {
    return this.prisma.client.contactPerson.findMany({ where: { agencyId: { in: [...agencyIds] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  /** Every target group in use, for the directory's filter. */
  async targetGroups(): Promise<string[]> {
    const rows = await this.prisma.client.$queryRaw<{ group: string }[]>`
      SELECT DISTINCT unnest(target_groups) AS "group" FROM civil_society_work ORDER BY 1`;
    return rows.map((row) => row.group);
  }

  /** Applies a profile change only if nobody changed the agency since `expectedVersion`. */
  async updateAgencyIfVersion(id: string, expectedVersion: number, change: AgencyProfileChange): Promise<AgencyModel | null> {
    const updated = await this.prisma.client.agency.updateManyAndReturn({
      where: { id, version: expectedVersion },
      data: { ...change, version: { increment: 1 } },
    });
    return updated[0] ?? null;
  }

  /** Work, as the service edits it: one of the two kinds of item an agency owns. */
  readonly work: AgencyItemStore<CivilSocietyWorkModel, WorkFields> = {
    find: (id) => this.prisma.client.civilSocietyWork.findUnique({ where: { id } }),
    create: (agencyId, fields) => this.prisma.client.civilSocietyWork.create({ data: { agencyId, ...fields } }),
    update: async (id, fields, expectedVersion) =>
      (
        await this.prisma.client.civilSocietyWork.updateManyAndReturn({
          where: { id, ...versionCondition(expectedVersion) },
          data: { ...fields, version: { increment: 1 } },
        })
      )[0] ?? null,
    remove: async (id) => (await this.prisma.client.civilSocietyWork.deleteMany({ where: { id } })).count === 1,
  };

  /** Contact people, the other kind of item an agency owns. */
  readonly contacts: AgencyItemStore<ContactPersonModel, ContactFields> = {
    find: (id) => this.prisma.client.contactPerson.findUnique({ where: { id } }),
    create: (agencyId, fields) => this.prisma.client.contactPerson.create({ data: { agencyId, ...fields } }),
    update: async (id, fields, expectedVersion) =>
      (
        await this.prisma.client.contactPerson.updateManyAndReturn({
          where: { id, ...versionCondition(expectedVersion) },
          data: { ...fields, version: { increment: 1 } },
        })
      )[0] ?? null,
    remove: async (id) => (await this.prisma.client.contactPerson.deleteMany({ where: { id } })).count === 1,
  };
}
