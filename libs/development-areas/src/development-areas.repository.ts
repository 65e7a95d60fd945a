import { Injectable } from '@nestjs/common';

import {
  type AgencyModel,
  type CivilSocietyWorkModel,
  type DevelopmentAreaModel,
  DevelopmentAreaStatus,
  type DevelopmentAreaUpdateModel,
  Prisma,
  PrismaService,
} from '#prisma';

export interface AreaQuery {
  statuses?: DevelopmentAreaStatus[];
  agencySlug?: string;
  /** Areas identified at, or due for review at, this meeting. */
  meetingId?: string;
  take: number;
}

export interface NewArea {
  title: string;
  description: string;
  identifiedAtMeetingId: string | null;
  nextReviewMeetingId: string | null;
  sourceActionItemId: string | null;
  createdById: string;
  ownerAgencyIds: string[];
  workIds: string[];
  threadIds: string[];
  firstNote: string;
}

export interface LinkChange {
  workIds?: string[];
  threadIds?: string[];
  nextReviewMeetingId?: string | null;
}

export interface ThreadTitle {
  id: string;
  title: string;
  hidden: boolean;
}

export interface SourceActionItem {
  id: string;
  description: string;
  ownerAgencyId: string | null;
  meetingId: string;
  /** The area already made from it, if any. */
  areaId: string | null;
}

const NEWEST_FIRST: Prisma.DevelopmentAreaOrderByWithRelationInput[] = [{ updatedAt: 'desc' }, { id: 'asc' }];

/** The only file of the development-area log that talks to the database. */
@Injectable()
export class DevelopmentAreasRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<DevelopmentAreaModel | null> {
    return this.prisma.client.developmentArea.findUnique({ where: { id } });
  }

  /** Locks the area's row until the transaction ends, so that two status changes cannot both start from the same status. */
  async lock(id: string): Promise<DevelopmentAreaModel | null> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`SELECT id FROM development_areas WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length ? this.find(id) : null;
  }

  list(query: AreaQuery): Promise<DevelopmentAreaModel[]> {
    const conditions: Prisma.DevelopmentAreaWhereInput[] = [];
    if (query.statuses?.length) conditions.push({ status: { in: query.statuses } });
    if (query.agencySlug) conditions.push({ owners: { some: { agency: { slug: query.agencySlug } } } });
    if (query.meetingId) conditions.push({ OR: [{ identifiedAtMeetingId: query.meetingId }, { nextReviewMeetingId: query.meetingId }] });
    return this.prisma.client.developmentArea.findMany({ where: { AND: conditions }, orderBy: NEWEST_FIRST, take: query.take });
  }

  identifiedAt(meetingIds: readonly string[]): Promise<DevelopmentAreaModel[]> {
    return this.prisma.client.developmentArea.findMany({ where: { identifiedAtMeetingId: { in: [...meetingIds] } }, orderBy: NEWEST_FIRST });
  }

  forReviewAt(meetingIds: readonly string[]): Promise<DevelopmentAreaModel[]> {
    return this.prisma.client.developmentArea.findMany({ where: { nextReviewMeetingId: { in: [...meetingIds] } }, orderBy: NEWEST_FIRST });
  }

  async ownedBy(agencyIds: readonly string[]): Promise<{ agencyId: string; area: DevelopmentAreaModel }[]> {
    return this.prisma.client.developmentAreaOwner.findMany({
      where: { agencyId: { in: [...agencyIds] } },
      select: { agencyId: true, area: true },
      orderBy: { area: { updatedAt: 'desc' } },
    });
  }

  /** Owner agencies of each area, in slug order. */
  ownersOf(areaIds: readonly string[]): Promise<{ areaId: string; agency: AgencyModel }[]> {
    return this.prisma.client.developmentAreaOwner.findMany({
      where: { areaId: { in: [...areaIds] } },
      select: { areaId: true, agency: true },
      orderBy: { agency: { slug: 'asc' } },
    });
  }

  async ownerAgencyIds(areaId: string): Promise<string[]> {
    const rows = await this.prisma.client.developmentAreaOwner.findMany({ where: { areaId }, select: { agencyId: true } });
    return rows.map((row) => row.agencyId);
  }

  /** Each area's log, oldest first. */
  updatesOf(areaIds: readonly string[]): Promise<DevelopmentAreaUpdateModel[]> {
    return this.prisma.client.developmentAreaUpdate.findMany({ where: { areaId: { in: [...areaIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** When each area last got an update (absent for none). */
  async lastUpdateTimes(areaIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.client.developmentAreaUpdate.groupBy({ by: ['areaId'], where: { areaId: { in: [...areaIds] } }, _max: { createdAt: true } });
    return new Map(rows.filter((row) => row._max.createdAt).map((row) => [row.areaId, row._max.createdAt!]));
  }

  workOf(areaIds: readonly string[]): Promise<{ areaId: string; work: CivilSocietyWorkModel }[]> {
    return this.prisma.client.developmentAreaWorkLink.findMany({
      where: { areaId: { in: [...areaIds] } },
      select: { areaId: true, work: true },
      orderBy: { work: { title: 'asc' } },
    });
  }

  async threadsOf(areaIds: readonly string[]): Promise<{ areaId: string; thread: ThreadTitle }[]> {
    const rows = await this.prisma.client.developmentAreaThreadLink.findMany({
      where: { areaId: { in: [...areaIds] } },
      select: { areaId: true, thread: { select: { id: true, title: true, hiddenAt: true } } },
      orderBy: { thread: { createdAt: 'asc' } },
    });
    return rows.map(({ areaId, thread }) => ({ areaId, thread: { id: thread.id, title: thread.title, hidden: thread.hiddenAt !== null } }));
  }

  agenciesBySlugs(slugs: string[]): Promise<{ id: string; slug: string }[]> {
    return this.prisma.client.agency.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  }

  async existingWorkIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.prisma.client.civilSocietyWork.findMany({ where: { id: { in: ids } }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Threads that exist and are not hidden by a moderator. Read from the
   * exchange's table directly, so this library does not depend on #exchange.
   */
  async visibleThreadIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.prisma.client.experienceThread.findMany({ where: { id: { in: ids }, hiddenAt: null }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  async findActionItem(id: string): Promise<SourceActionItem | null> {
    const item = await this.prisma.client.actionItem.findUnique({
      where: { id },
      select: { id: true, description: true, ownerAgencyId: true, minutes: { select: { meetingId: true } }, area: { select: { id: true } } },
    });
    if (!item) return null;
    return { id: item.id, description: item.description, ownerAgencyId: item.ownerAgencyId, meetingId: item.minutes.meetingId, areaId: item.area?.id ?? null };
  }

  /** The area with its owners, links and the first update of its log, which says it was identified. */
  create(area: NewArea): Promise<DevelopmentAreaModel> {
    return this.prisma.client.developmentArea.create({
      data: {
        title: area.title,
        description: area.description,
        status: DevelopmentAreaStatus.IDENTIFIED,
        identifiedAtMeetingId: area.identifiedAtMeetingId,
        nextReviewMeetingId: area.nextReviewMeetingId,
        sourceActionItemId: area.sourceActionItemId,
        createdById: area.createdById,
        owners: { create: area.ownerAgencyIds.map((agencyId) => ({ agencyId })) },
        workLinks: { create: area.workIds.map((workId) => ({ workId })) },
        threadLinks: { create: area.threadIds.map((threadId) => ({ threadId })) },
        updates: { create: { status: DevelopmentAreaStatus.IDENTIFIED, note: area.firstNote, authorId: area.createdById } },
      },
    });
  }

  /** Appends to the log (the only write it ever gets) and sets the area's status to the update's. */
  async appendUpdate(areaId: string, update: { status: DevelopmentAreaStatus; note: string; authorId: string }): Promise<DevelopmentAreaModel> {
    await this.prisma.client.developmentAreaUpdate.create({ data: { areaId, ...update } });
    return this.prisma.client.developmentArea.update({ where: { id: areaId }, data: { status: update.status } });
  }

  async setLinks(areaId: string, change: LinkChange): Promise<DevelopmentAreaModel> {
    if (change.workIds) {
      await this.prisma.client.developmentAreaWorkLink.deleteMany({ where: { areaId } });
      await this.prisma.client.developmentAreaWorkLink.createMany({ data: change.workIds.map((workId) => ({ areaId, workId })) });
    }
    if (change.threadIds) {
      await this.prisma.client.developmentAreaThreadLink.deleteMany({ where: { areaId } });
      await this.prisma.client.developmentAreaThreadLink.createMany({ data: change.threadIds.map((threadId) => ({ areaId, threadId })) });
    }
    return this.prisma.client.developmentArea.update({
      where: { id: areaId },
      data: { updatedAt: new Date(), ...(change.nextReviewMeetingId === undefined ? {} : { nextReviewMeetingId: change.nextReviewMeetingId }) },
    });
  }

  /** The links as ids, for the audit log. */
  async linkIds(areaId: string): Promise<{ workIds: string[]; threadIds: string[] }> {
    const work = await this.prisma.client.developmentAreaWorkLink.findMany({ where: { areaId }, select: { workId: true }, orderBy: { workId: 'asc' } });
    const threads = await this.prisma.client.developmentAreaThreadLink.findMany({
      where: { areaId },
      select: { threadId: true },
      orderBy: { threadId: 'asc' },
    });
    return { workIds: work.map((row) => row.workId), threadIds: threads.map((row) => row.threadId) };
  }
}
