import { Injectable } from '@nestjs/common';

import { assertCan, can, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import { BadUserInputError, ConflictError, type Connection, FieldChecks, isUuid, NotFoundError, pageRequest, toConnection } from '#common';
import { OutboxService } from '#mail';
import { MeetingFormat, type MeetingModel, MeetingStatus, PrismaService, type RegistrationModel, RegistrationStatus, SelectionPolicy } from '#prisma';

import type { MeetingInput, MinutesInput } from './dto/meeting.inputs.js';
import { MeetingLinks } from './meeting-links.js';
import { cancellationMail, minutesMail } from './meeting-mails.js';
import { type AgendaFields, holdsSeat, type MeetingFields, MeetingsRepository, type MinutesWithItems } from './meetings.repository.js';
import { RegistrationService } from './registration.service.js';

/** What the public may see; drafts are for coordinators. */
const PUBLIC_STATUSES: MeetingStatus[] = [MeetingStatus.PUBLISHED, MeetingStatus.HELD, MeetingStatus.CANCELLED];
const ALL_STATUSES = Object.values(MeetingStatus);

/** Scheduling meetings, who sees what of them, and their minutes. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly links: MeetingLinks,
    private readonly registrations: RegistrationService,
  ) {}

  canManage(viewer: Viewer): boolean {
    return can(viewer, Permission.manageMeetings);
  }

  visibleStatuses(viewer: Viewer): MeetingStatus[] {
    return this.canManage(viewer) ? ALL_STATUSES : PUBLIC_STATUSES;
  }

  async list(viewer: Viewer, from?: Date | null, to?: Date | null, first?: number | null, after?: string | null): Promise<Connection<MeetingModel>> {
    if (from && to && to <= from) throw BadUserInputError.field('to', 'Måste vara efter from.');
    const page = pageRequest(first, after, 'instant');
    const { rows, total } = await this.meetings.page({ from: from ?? undefined, to: to ?? undefined, statuses: this.visibleStatuses(viewer) }, page);
    return toConnection(rows, total, page, (meeting) => meeting.startsAt.toISOString());
  }

  /** One meeting, or null when it does not exist or the viewer may not see it. */
  async get(viewer: Viewer, id: string): Promise<MeetingModel | null> {
    const meeting = isUuid(id) ? await this.meetings.find(id) : null;
    return meeting && this.visibleStatuses(viewer).includes(meeting.status) ? meeting : null;
  }

  /** The online link: for coordinators, and for participants who hold a seat. */
  onlineUrl(viewer: Viewer, meeting: Pick<MeetingModel, 'onlineUrl' | 'selectionPolicy'>, own: Pick<RegistrationModel, 'status'> | null): string | null {
    if (this.canManage(viewer)) return meeting.onlineUrl;
    return own && holdsSeat(meeting.selectionPolicy, own.status) ? meeting.onlineUrl : null;
  }

  assertMayReadRegistrations(viewer: Viewer): void {
    assertCan(viewer, Permission.manageMeetings);
  }

  /** Published minutes for signed-in members, drafts for coordinators; null for everyone else. */
  visibleMinutes(viewer: Viewer, minutes: MinutesWithItems | null): MinutesWithItems | null {
    if (!minutes) return null;
    if (this.canManage(viewer)) return minutes;
    return minutes.published && can(viewer, Permission.readPublishedMinutes) ? minutes : null;
  }

  schedule(viewer: Viewer, input: MeetingInput): Promise<MeetingModel> {
    assertCan(viewer, Permission.manageMeetings);
    return this.prisma.transaction(async () => {
      const { fields, agenda } = await this.checkInput(input);
      const meeting = await this.meetings.create(fields, viewer.id, agenda);
      await this.audit.record(viewer, { action: 'meeting.scheduled', entityType: 'Meeting', entityId: meeting.id, after: { ...meeting, agenda } });
      return meeting;
    });
  }

  update(viewer: Viewer, id: string, input: MeetingInput, expectedVersion?: number | null): Promise<MeetingModel> {
    assertCan(viewer, Permission.manageMeetings);
    return this.prisma.transaction(async () => {
      const meeting = await this.lockEditable(id);
      if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== meeting.version) {
        throw new ConflictError('Mötet har ändrats av någon annan sedan du började redigera. / Changed by someone else since you started editing.', {
          currentVersion: meeting.version,
          current: meeting,
        });
      }
      const { fields, agenda } = await this.checkInput(input);
      const seats = (await this.meetings.seatsTaken([id])).get(id) ?? 0;
      const registrations = await this.meetings.countWithStatus(
        id,
        Object.values(RegistrationStatus).filter((status) => status !== RegistrationStatus.CANCELLED),
      );
      const checks = new FieldChecks();
      if (fields.capacity !== null && fields.capacity < seats) checks.add('input.capacity', `${seats} platser är redan tagna.`);
      if (registrations > 0 && fields.selectionPolicy !== meeting.selectionPolicy)
        checks.add('input.selectionPolicy', 'Kan inte ändras när det finns anmälningar.');
      checks.throwIfAny();
      const updated = await this.meetings.update(id, fields, agenda);
      // More seats on a first-come meeting go to the waitlist at once.
      await this.registrations.fillSeats(updated);
      await this.audit.record(viewer, { action: 'meeting.updated', entityType: 'Meeting', entityId: id, before: meeting, after: { ...updated, agenda } });
      return updated;
    });
  }

  publish(viewer: Viewer, id: string): Promise<MeetingModel> {
    assertCan(viewer, Permission.manageMeetings);
    return this.prisma.transaction(async () => {
      const meeting = await this.requireLocked(id);
      if (meeting.status === MeetingStatus.PUBLISHED) return meeting;
      if (meeting.status !== MeetingStatus.DRAFT) throw new ConflictError('Bara utkast kan publiceras. / Only drafts can be published.');
      const published = await this.meetings.update(id, { status: MeetingStatus.PUBLISHED });
      await this.audit.record(viewer, {
        action: 'meeting.published',
        entityType: 'Meeting',
        entityId: id,
        before: { status: meeting.status },
        after: { status: published.status },
      });
      return published;
    });
  }

  cancel(viewer: Viewer, id: string, reason?: string | null): Promise<MeetingModel> {
    assertCan(viewer, Permission.manageMeetings);
    new FieldChecks().text('reason', reason, { max: 2_000, required: false }).throwIfAny();
    return this.prisma.transaction(async () => {
      const meeting = await this.requireLocked(id);
      if (meeting.status === MeetingStatus.CANCELLED) return meeting;
      if (meeting.status === MeetingStatus.HELD) throw new ConflictError('Mötet är redan genomfört. / The meeting has been held.');
      // A cancelled meeting is public (its registrants and calendars must learn of it); a draft never was.
      if (meeting.status === MeetingStatus.DRAFT)
        throw new ConflictError('Ett utkast kan inte ställas in: det är inte publicerat. / A draft cannot be cancelled.');
      const cancelled = await this.meetings.update(id, { status: MeetingStatus.CANCELLED, cancellationReason: reason?.trim() || null });
      const calendar = this.links.calendar([cancelled], cancelled.title);
      const live = await this.meetings.registrationsWithStatus(
        id,
        Object.values(RegistrationStatus).filter((status) => status !== RegistrationStatus.CANCELLED),
      );
      await this.outbox.enqueueAll(live.map((registration) => cancellationMail(cancelled, registration, calendar)));
      await this.audit.record(viewer, {
        action: 'meeting.cancelled',
        entityType: 'Meeting',
        entityId: id,
        before: { status: meeting.status },
        after: { status: cancelled.status, cancellationReason: cancelled.cancellationReason },
      });
      return cancelled;
    });
  }

  recordMinutes(viewer: Viewer, meetingId: string, input: MinutesInput): Promise<MinutesWithItems> {
    assertCan(viewer, Permission.manageMeetings);
    return this.prisma.transaction(async () => {
      const meeting = await this.requireLocked(meetingId);
      if (meeting.status === MeetingStatus.DRAFT || meeting.status === MeetingStatus.CANCELLED) {
        throw new ConflictError('Minnesanteckningar förs för publicerade och genomförda möten. / Minutes are for published or held meetings.');
      }
      const items = input.actionItems ?? [];
      const slugs = [...new Set(items.map((item) => item.ownerAgencySlug).filter((slug): slug is string => Boolean(slug)))];
      const agencies = new Map((await this.meetings.agencyIdsBySlugs(slugs)).map((agency) => [agency.slug, agency.id]));
      const checks = new FieldChecks();
      items.forEach((item, index) => {
        if (item.ownerAgencySlug && !agencies.has(item.ownerAgencySlug)) checks.add(`input.actionItems.${index}.ownerAgencySlug`, 'Okänd myndighet.');
      });
      const [before] = await this.meetings.minutesOf([meetingId]);
      const known = new Set(before?.actionItems.map((item) => item.id) ?? []);
      items.forEach((item, index) => {
        if (item.id && !known.has(item.id)) checks.add(`input.actionItems.${index}.id`, 'Ingen sådan åtgärd i dessa minnesanteckningar.');
      });
      checks.throwIfAny();
      const published = input.published ?? before?.published ?? false;
      const saved = await this.meetings.saveMinutes(
        meetingId,
        { body: input.body, decisions: input.decisions ?? [], published, publishedAt: published ? (before?.publishedAt ?? new Date()) : null },
        items.map((item) => ({
          id: item.id ?? null,
          description: item.description,
          ownerAgencyId: item.ownerAgencySlug ? agencies.get(item.ownerAgencySlug)! : null,
          dueOn: item.dueOn ?? null,
          done: item.done ?? false,
        })),
      );
      // Minutes of a meeting that has begun mean it took place.
      if (meeting.status === MeetingStatus.PUBLISHED && meeting.startsAt <= new Date()) await this.meetings.update(meetingId, { status: MeetingStatus.HELD });
      if (published && !before?.published) {
        const participants = await this.meetings.seatHolders(meetingId);
        await this.outbox.enqueueAll(participants.map((registration) => minutesMail(meeting, registration, { meetingUrl: this.links.meetingUrl(meetingId) })));
      }
      await this.audit.record(viewer, {
        action: before ? 'minutes.updated' : 'minutes.recorded',
        entityType: 'Minutes',
        entityId: saved.id,
        before: before ?? null,
        after: saved,
      });
      return saved;
    });
  }

  /** Checks what a field-level validator cannot: the fields against each other and the network. */
  private async checkInput(input: MeetingInput): Promise<{ fields: MeetingFields; agenda: AgendaFields[] }> {
    const checks = new FieldChecks();
    if (input.endsAt <= input.startsAt) checks.add('input.endsAt', 'Mötet måste sluta efter att det börjar.');
    if (input.registrationDeadline && input.registrationDeadline > input.startsAt)
      checks.add('input.registrationDeadline', 'Sista anmälningsdag måste vara före mötet.');
    if (input.format !== MeetingFormat.DIGITAL && !input.location) checks.add('input.location', 'Ange plats för ett möte på plats eller hybridmöte.');
    const networkId = await this.meetings.networkIdBySlug(input.networkSlug);
    if (!networkId) checks.add('input.networkSlug', 'Okänt nätverk.');
    checks.throwIfAny();
    return {
      fields: {
        networkId: networkId!,
        title: input.title,
        description: input.description,
        kind: input.kind,
        format: input.format,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location ?? null,
        onlineUrl: input.onlineUrl ?? null,
        registrationDeadline: input.registrationDeadline ?? null,
        capacity: input.capacity ?? null,
        selectionPolicy: input.selectionPolicy ?? SelectionPolicy.FIRST_COME,
      },
      agenda: (input.agenda ?? []).map((item) => ({ title: item.title, presenter: item.presenter ?? null, durationMinutes: item.durationMinutes ?? null })),
    };
  }

  private async requireLocked(id: string): Promise<MeetingModel> {
    const meeting = isUuid(id) ? await this.meetings.lock(id) : null;
    if (!meeting) throw new NotFoundError('Mötet');
    return meeting;
  }

  private async lockEditable(id: string): Promise<MeetingModel> {
    const meeting = await this.requireLocked(id);
    if (meeting.status === MeetingStatus.CANCELLED || meeting.status === MeetingStatus.HELD) {
      throw new ConflictError('Ett inställt eller genomfört möte kan inte ändras. / A cancelled or held meeting cannot be changed.');
    }
    return meeting;
  }
}
