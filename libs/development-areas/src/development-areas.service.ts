import { Injectable } from '@nestjs/common';

import { assertCan, assertSignedIn, can, Permission, type SignedInViewer, type Viewer } from '#access';
import { AuditService } from '#audit';
import { ConflictError, FieldChecks, ForbiddenError, isUuid, NotFoundError } from '#common';
import { MeetingsService } from '#meetings';
import { type DevelopmentAreaModel, DevelopmentAreaStatus, MeetingStatus, PrismaService } from '#prisma';

import { FIRST_NOTE, NOTE_MAX_LENGTH, TITLE_MAX_LENGTH, titleFrom, transitionProblem } from './development-area-rules.js';
import { DevelopmentAreasRepository, type LinkChange, type NewArea } from './development-areas.repository.js';
import type { DevelopmentAreaFromActionItemInput, DevelopmentAreaInput, DevelopmentAreaLinksInput } from './dto/development-area.inputs.js';

/** The most areas `developmentAreas` returns: the most recently updated. */
export const MAX_LISTED_AREAS = 500;

export interface AreaFilter {
  statuses?: DevelopmentAreaStatus[] | null;
  agencySlug?: string | null;
  meetingId?: string | null;
}

/** What an input names besides the area's own text, checked against the database. */
interface LinkRequest {
  identifiedAtMeetingId?: string | null;
  nextReviewMeetingId?: string | null;
  relatedWorkIds?: string[] | null;
  threadIds?: string[] | null;
}

const AUDIT_ENTITY = 'DevelopmentArea';

const unique = (values: string[]): string[] => [...new Set(values)];

/** The development-area log: who may read and change it, its status rules, and its links. */
@Injectable()
export class DevelopmentAreasService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly areas: DevelopmentAreasRepository,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
  ) {}

  /** Development areas are for signed-in members. */
  mayRead(viewer: Viewer): boolean {
    return can(viewer, Permission.readDevelopmentAreas);
  }

  /** Coordinators and admins for any area; liaisons for an area one of whose owners is their agency. */
  mayChangeStatus(viewer: Viewer, ownerAgencyIds: readonly string[]): boolean {
    return (
      can(viewer, Permission.changeDevelopmentAreaStatus) || ownerAgencyIds.some((agencyId) => can(viewer, Permission.changeDevelopmentAreaStatus, agencyId))
    );
  }

  /** Those who may change the status, and the one who logged the area. */
  mayLink(viewer: Viewer, area: Pick<DevelopmentAreaModel, 'createdById'>, ownerAgencyIds: readonly string[]): boolean {
    return this.mayChangeStatus(viewer, ownerAgencyIds) || (viewer !== null && can(viewer, Permission.logDevelopmentArea) && viewer.id === area.createdById);
  }

  /** Moderators also see links to threads they have hidden. */
  maySeeHiddenThreads(viewer: Viewer): boolean {
    return can(viewer, Permission.moderateExchange);
  }

  meetingVisible(viewer: Viewer, meeting: { status: MeetingStatus }): boolean {
    return this.meetings.visibleStatuses(viewer).includes(meeting.status);
  }

  async list(viewer: Viewer, filter: AreaFilter): Promise<DevelopmentAreaModel[]> {
    assertCan(viewer, Permission.readDevelopmentAreas);
    const meetingId = filter.meetingId ?? undefined;
    if (meetingId !== undefined && !isUuid(meetingId)) return [];
    return this.areas.list({ statuses: filter.statuses ?? undefined, agencySlug: filter.agencySlug ?? undefined, meetingId, take: MAX_LISTED_AREAS });
  }

  async get(viewer: Viewer, id: string): Promise<DevelopmentAreaModel | null> {
    assertCan(viewer, Permission.readDevelopmentAreas);
    return isUuid(id) ? this.areas.find(id) : null;
  }

  /** Any member logs an area; its log starts with an IDENTIFIED update. */
  log(viewer: Viewer, input: DevelopmentAreaInput): Promise<DevelopmentAreaModel> {
    assertCan(viewer, Permission.logDevelopmentArea);
    return this.prisma.transaction(async () => {
      const checks = new FieldChecks();
      const ownerAgencyIds = await this.ownerAgencies(checks, 'input.ownerAgencySlugs', input.ownerAgencySlugs, viewer.agencyId);
      const links = await this.checkLinks(viewer, checks, 'input', input);
      checks.throwIfAny();
      return this.create(viewer, 'developmentArea.logged', {
        title: input.title,
        description: input.description,
        identifiedAtMeetingId: links.identifiedAtMeetingId ?? null,
        nextReviewMeetingId: links.nextReviewMeetingId ?? null,
        sourceActionItemId: null,
        ownerAgencyIds,
        workIds: links.workIds ?? [],
        threadIds: links.threadIds ?? [],
        firstNote: input.note ?? FIRST_NOTE,
      });
    });
  }

  /**
   * Coordinators turn an action item of the minutes into an area: its text,
   * its owner agency and its meeting carry over. Once per item.
   */
  createFromActionItem(viewer: Viewer, actionItemId: string, input: DevelopmentAreaFromActionItemInput = {}): Promise<DevelopmentAreaModel> {
    assertCan(viewer, Permission.manageMeetings);
    return this.prisma.transaction(async () => {
      const item = isUuid(actionItemId) ? await this.areas.findActionItem(actionItemId) : null;
      if (!item) throw new NotFoundError('Åtgärden');
      if (item.areaId) {
        throw new ConflictError('Ett utvecklingsområde har redan skapats av åtgärden. / An area was already made from this action item.', {
          areaId: item.areaId,
        });
      }
      const checks = new FieldChecks();
      const ownerAgencyIds = await this.ownerAgencies(checks, 'input.ownerAgencySlugs', input.ownerAgencySlugs, item.ownerAgencyId);
      const links = await this.checkLinks(viewer, checks, 'input', { nextReviewMeetingId: input.nextReviewMeetingId });
      checks.throwIfAny();
      return this.create(viewer, 'developmentArea.createdFromActionItem', {
        title: input.title ?? titleFrom(item.description, TITLE_MAX_LENGTH),
        description: item.description,
        identifiedAtMeetingId: item.meetingId,
        nextReviewMeetingId: links.nextReviewMeetingId ?? null,
        sourceActionItemId: item.id,
        ownerAgencyIds,
        workIds: [],
        threadIds: [],
        firstNote: input.note ?? FIRST_NOTE,
      });
    });
  }

  /** Appends an update: a new status by the transition table, or a note at the same open status. */
  update(viewer: Viewer, id: string, status: DevelopmentAreaStatus, note: string): Promise<DevelopmentAreaModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const area = await this.lockArea(id);
      if (!this.mayChangeStatus(viewer, await this.areas.ownerAgencyIds(area.id))) throw new ForbiddenError();
      const checks = new FieldChecks().text('note', note, { max: NOTE_MAX_LENGTH });
      const problem = transitionProblem(area.status, status);
      if (problem) checks.add('status', problem);
      checks.throwIfAny();
      const updated = await this.areas.appendUpdate(area.id, { status, note: note.trim(), authorId: viewer.id });
      await this.audit.record(viewer, {
        action: 'developmentArea.updated',
        entityType: AUDIT_ENTITY,
        entityId: area.id,
        before: { status: area.status },
        after: { status: updated.status, note: note.trim() },
      });
      return updated;
    });
  }

  /** Links the area to work and threads that address it and to the meeting where it will next be reviewed. */
  link(viewer: Viewer, id: string, input: DevelopmentAreaLinksInput): Promise<DevelopmentAreaModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const area = await this.lockArea(id);
      if (!this.mayLink(viewer, area, await this.areas.ownerAgencyIds(area.id))) throw new ForbiddenError();
      const checks = new FieldChecks();
      const current = await this.areas.linkIds(area.id);
      // null and [] both remove every link of the kind.
      const requestedThreads = input.threadIds === null ? [] : input.threadIds;
      const links = await this.checkLinks(viewer, checks, 'input', {
        nextReviewMeetingId: input.nextReviewMeetingId,
        relatedWorkIds: input.relatedWorkIds === null ? [] : input.relatedWorkIds,
        // Only newly named threads must be visible: one already linked may since have been hidden.
        threadIds: requestedThreads?.filter((threadId) => !current.threadIds.includes(threadId)),
      });
      checks.throwIfAny();
      let threadIds: string[] | undefined;
      if (requestedThreads !== undefined) {
        // A link to a hidden thread is not the caller's to drop when the caller cannot see it.
        const visible = await this.areas.visibleThreadIds(current.threadIds);
        const unseen = this.maySeeHiddenThreads(viewer) ? [] : current.threadIds.filter((threadId) => !visible.has(threadId));
        threadIds = [...new Set([...requestedThreads, ...unseen])];
      }
      const before = { nextReviewMeetingId: area.nextReviewMeetingId, ...current };
      const change: LinkChange = { workIds: links.workIds, threadIds, nextReviewMeetingId: links.nextReviewMeetingId };
      const updated = await this.areas.setLinks(area.id, change);
      await this.audit.record(viewer, {
        action: 'developmentArea.linked',
        entityType: AUDIT_ENTITY,
        entityId: area.id,
        before,
        after: { nextReviewMeetingId: updated.nextReviewMeetingId, ...(await this.areas.linkIds(area.id)) },
      });
      return updated;
    });
  }

  private async create(viewer: SignedInViewer, action: string, area: Omit<NewArea, 'createdById'>): Promise<DevelopmentAreaModel> {
    const created = await this.areas.create({ ...area, createdById: viewer.id });
    await this.audit.record(viewer, {
      action,
      entityType: AUDIT_ENTITY,
      entityId: created.id,
      after: { ...created, ownerAgencyIds: area.ownerAgencyIds, workIds: area.workIds, threadIds: area.threadIds, note: area.firstNote },
    });
    return created;
  }

  /** The owner agencies' ids: those named, else `fallback` (the logger's agency, or an action item's owner). */
  private async ownerAgencies(checks: FieldChecks, field: string, slugs: string[] | null | undefined, fallback: string | null): Promise<string[]> {
    if (!slugs?.length) {
      if (!fallback) checks.add(field, 'Ange minst en ägande myndighet.');
      return fallback ? [fallback] : [];
    }
    const wanted = unique(slugs);
    const found = await this.areas.agenciesBySlugs(wanted);
    const unknown = wanted.filter((slug) => !found.some((agency) => agency.slug === slug));
    if (unknown.length) checks.add(field, `Okänd myndighet: ${unknown.join(', ')}.`);
    return found.map((agency) => agency.id);
  }

  /** Checks every id an input names; left-out fields stay undefined, so that a partial change leaves them be. */
  private async checkLinks(
    viewer: SignedInViewer,
    checks: FieldChecks,
    prefix: string,
    request: LinkRequest,
  ): Promise<{ identifiedAtMeetingId?: string | null; nextReviewMeetingId?: string | null; workIds?: string[]; threadIds?: string[] }> {
    const result: { identifiedAtMeetingId?: string | null; nextReviewMeetingId?: string | null; workIds?: string[]; threadIds?: string[] } = {};
    if (request.identifiedAtMeetingId !== undefined) {
      const meeting = request.identifiedAtMeetingId === null ? null : await this.meetings.get(viewer, request.identifiedAtMeetingId);
      if (request.identifiedAtMeetingId !== null && !meeting) checks.add(`${prefix}.identifiedAtMeetingId`, 'Okänt möte.');
      result.identifiedAtMeetingId = meeting?.id ?? null;
    }
    if (request.nextReviewMeetingId !== undefined) {
      const meeting = request.nextReviewMeetingId === null ? null : await this.meetings.get(viewer, request.nextReviewMeetingId);
      if (request.nextReviewMeetingId !== null && !meeting) checks.add(`${prefix}.nextReviewMeetingId`, 'Okänt möte.');
      else if (meeting?.status === MeetingStatus.CANCELLED) checks.add(`${prefix}.nextReviewMeetingId`, 'Mötet är inställt.');
      result.nextReviewMeetingId = meeting?.id ?? null;
    }
    if (request.relatedWorkIds) {
      const wanted = unique(request.relatedWorkIds);
      const found = await this.areas.existingWorkIds(wanted.filter(isUuid));
      if (wanted.some((id) => !found.has(id))) checks.add(`${prefix}.relatedWorkIds`, `Okänd verksamhet: ${wanted.filter((id) => !found.has(id)).join(', ')}.`);
      result.workIds = wanted;
    }
    if (request.threadIds) {
      const wanted = unique(request.threadIds);
      const found = await this.areas.visibleThreadIds(wanted.filter(isUuid));
      if (wanted.some((id) => !found.has(id))) checks.add(`${prefix}.threadIds`, `Okänd tråd: ${wanted.filter((id) => !found.has(id)).join(', ')}.`);
      result.threadIds = wanted;
    }
    return result;
  }

  private async lockArea(id: string): Promise<DevelopmentAreaModel> {
    const area = isUuid(id) ? await this.areas.lock(id) : null;
    if (!area) throw new NotFoundError('Utvecklingsområdet');
    return area;
  }
}
