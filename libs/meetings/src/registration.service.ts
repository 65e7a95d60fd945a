import { Injectable } from '@nestjs/common';

import { assertCan, can, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import {
  BadUserInputError,
  ConflictError,
  FieldChecks,
  ForbiddenError,
  hashToken,
  isUuid,
  KeyedQueue,
  newToken,
  normaliseEmail,
  NotFoundError,
  RegistrationClosedError,
  UnauthenticatedError,
} from '#common';
import { OutboxService } from '#mail';
import { MeetingKind, type MeetingModel, MeetingStatus, PrismaService, type RegistrationModel, RegistrationStatus, SelectionPolicy } from '#prisma';

import type { RegistrationInput } from './dto/meeting.inputs.js';
import { MeetingLinks } from './meeting-links.js';
import { confirmationMail, promotionMail, selectionMail } from './meeting-mails.js';
import { MeetingsRepository } from './meetings.repository.js';
import { selectForBreadth } from './selection/select-for-breadth.js';

const LIVE = Object.values(RegistrationStatus).filter((status) => status !== RegistrationStatus.CANCELLED);

/**
 * Registration up to the cap, the waitlist, and selection for breadth. Every
 * step locks the meeting's row first, so seats are counted and given one
 * registration at a time: the cap holds in the database under any load.
 */
@Injectable()
export class RegistrationService {
  /** One registration step per meeting at a time in this process, waiting in memory rather than on a pooled connection. */
  private readonly perMeeting = new KeyedQueue();

  constructor(
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly links: MeetingLinks,
  ) {}

  async register(viewer: Viewer, meetingId: string, input: RegistrationInput): Promise<RegistrationModel> {
    const email = normaliseEmail(input.email);
    new FieldChecks().email('input.email', email).throwIfAny();
    const token = newToken();
    return this.perMeeting.run(meetingId, () =>
      this.prisma.transaction(async () => {
        const meeting = isUuid(meetingId) ? await this.meetings.lock(meetingId) : null;
        if (!meeting || (meeting.status === MeetingStatus.DRAFT && !can(viewer, Permission.manageMeetings))) throw new NotFoundError('Mötet');
        this.assertOpen(meeting);
        if (meeting.kind === MeetingKind.NETWORK_MEETING) {
          if (!viewer) throw new UnauthenticatedError('Logga in för att anmäla dig till en nätverksträff. / Sign in to register for a network meeting.');
          assertCan(viewer, Permission.joinNetworkMeetings);
        }
        if (await this.meetings.findLiveRegistration(meeting.id, email)) {
          throw new ConflictError('Den e-postadressen är redan anmäld till mötet. / That e-mail is already registered.');
        }
        const seatsTaken = await this.meetings.countWithStatus(meeting.id, [RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED]);
        const status =
          meeting.selectionPolicy === SelectionPolicy.BALANCED || meeting.capacity === null || seatsTaken < meeting.capacity
            ? RegistrationStatus.REGISTERED
            : RegistrationStatus.WAITLISTED;
        const registration = await this.meetings.createRegistration({
          meetingId: meeting.id,
          userId: viewer?.id ?? null,
          participantName: input.participantName,
          email,
          organisation: input.organisation,
          actorType: input.actorType,
          level: input.level,
          area: input.area ?? null,
          referenceGroupInterest: input.referenceGroupInterest ?? false,
          status,
          cancelTokenHash: hashToken(token),
        });
        await this.outbox.enqueue(
          confirmationMail(
            meeting,
            registration,
            { meetingUrl: this.links.meetingUrl(meeting.id), cancelUrl: this.links.cancelUrl(meeting.id, registration.id, token) },
            this.links.calendar([meeting], meeting.title),
          ),
        );
        await this.audit.record(viewer, {
          action: 'registration.created',
          entityType: 'Registration',
          entityId: registration.id,
          after: { meetingId: meeting.id, status, actorType: input.actorType, level: input.level },
        });
        return registration;
      }),
    );
  }

  /**
   * Cancels a registration: its owner (signed in, or with the token from the
   * confirmation mail) or a coordinator. A seat given up on a first-come
   * meeting goes at once to the earliest on the waitlist.
   */
  async cancel(viewer: Viewer, id: string, cancelToken?: string | null): Promise<RegistrationModel> {
    const found = isUuid(id) ? await this.meetings.findRegistration(id) : null;
    if (!found) throw new NotFoundError('Anmälan');
    return this.perMeeting.run(found.meetingId, () =>
      this.prisma.transaction(async () => {
        const owner = viewer && (viewer.id === found.userId || viewer.email === found.email);
        const tokenMatches = Boolean(cancelToken) && hashToken(cancelToken!) === found.cancelTokenHash;
        if (!owner && !tokenMatches && !can(viewer, Permission.manageMeetings)) {
          if (!viewer && !cancelToken) throw new UnauthenticatedError();
          throw new ForbiddenError();
        }
        const meeting = (await this.meetings.lock(found.meetingId))!;
        // Read again under the lock: a concurrent cancel may have got here first.
        const registration = (await this.meetings.findRegistration(id))!;
        if (registration.status === RegistrationStatus.CANCELLED) return registration;
        const cancelled = await this.meetings.cancelRegistration(id, new Date());
        if (meeting.selectionPolicy === SelectionPolicy.FIRST_COME && registration.status === RegistrationStatus.REGISTERED) await this.fillSeats(meeting);
        await this.audit.record(viewer, {
          action: 'registration.cancelled',
          entityType: 'Registration',
          entityId: id,
          before: { status: registration.status },
          after: { status: cancelled.status },
        });
        return cancelled;
      }),
    );
  }

  /**
   * Gives free seats of a first-come meeting to the waitlist in arrival order.
   * The caller holds the meeting's lock.
   */
  async fillSeats(meeting: MeetingModel): Promise<RegistrationModel[]> {
    if (meeting.selectionPolicy !== SelectionPolicy.FIRST_COME || meeting.status !== MeetingStatus.PUBLISHED) return [];
    const taken = await this.meetings.countWithStatus(meeting.id, [RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED]);
    const free = meeting.capacity === null ? Number.POSITIVE_INFINITY : meeting.capacity - taken;
    if (free <= 0) return [];
    const waiting = (await this.meetings.registrationsWithStatus(meeting.id, [RegistrationStatus.WAITLISTED])).slice(0, free);
    const calendar = this.links.calendar([meeting], meeting.title);
    const promoted: RegistrationModel[] = [];
    for (const registration of waiting) {
      const seated = await this.meetings.setRegistrationStatus(registration.id, RegistrationStatus.REGISTERED);
      await this.outbox.enqueue(promotionMail(meeting, seated, { meetingUrl: this.links.meetingUrl(meeting.id) }, calendar));
      promoted.push(seated);
    }
    return promoted;
  }

  /** BALANCED: picks participants for breadth, closes registration, and tells every registrant. */
  select(viewer: Viewer, meetingId: string): Promise<RegistrationModel[]> {
    assertCan(viewer, Permission.manageMeetings);
    return this.perMeeting.run(meetingId, () =>
      this.prisma.transaction(async () => {
        const meeting = isUuid(meetingId) ? await this.meetings.lock(meetingId) : null;
        if (!meeting) throw new NotFoundError('Mötet');
        if (meeting.selectionPolicy !== SelectionPolicy.BALANCED)
          throw BadUserInputError.field('meetingId', 'Urval görs bara för möten med urval för bredd (BALANCED).');
        if (meeting.selectedAt) throw new ConflictError('Urvalet är redan gjort. / Participants have already been selected.');
        if (meeting.status !== MeetingStatus.PUBLISHED) throw new RegistrationClosedError('mötet är inte publicerat.');
        const candidates = await this.meetings.registrationsWithStatus(meeting.id, [RegistrationStatus.REGISTERED]);
        const decisions = selectForBreadth(candidates, meeting.capacity);
        const closed = await this.meetings.update(meeting.id, { selectedAt: new Date() });
        const calendar = this.links.calendar([closed], closed.title);
        // One statement for the statuses and one for the mails, however many registered: a large meeting stays within the transaction's time.
        await this.meetings.setSelection(
          decisions.map((decision) => ({
            id: decision.id,
            status: decision.selected ? RegistrationStatus.SELECTED : RegistrationStatus.NOT_SELECTED,
            reason: decision.reason,
          })),
        );
        const decided = await this.meetings.registrationsWithStatus(meeting.id, [RegistrationStatus.SELECTED, RegistrationStatus.NOT_SELECTED]);
        await this.outbox.enqueueAll(
          decided.map((registration) => selectionMail(closed, registration, { meetingUrl: this.links.meetingUrl(meeting.id) }, calendar)),
        );
        await this.audit.record(viewer, {
          action: 'meeting.participants-selected',
          entityType: 'Meeting',
          entityId: meeting.id,
          after: { selected: decisions.filter((decision) => decision.selected).length, notSelected: decisions.filter((decision) => !decision.selected).length },
        });
        return this.meetings.registrationsWithStatus(meeting.id, LIVE);
      }),
    );
  }

  private assertOpen(meeting: MeetingModel): void {
    if (meeting.status === MeetingStatus.CANCELLED) throw new RegistrationClosedError('mötet är inställt.');
    if (meeting.status === MeetingStatus.DRAFT) throw new RegistrationClosedError('mötet är inte publicerat.');
    if (meeting.status === MeetingStatus.HELD) throw new RegistrationClosedError('mötet är redan genomfört.');
    if (meeting.selectedAt) throw new RegistrationClosedError('urvalet är gjort.');
    if (new Date() >= (meeting.registrationDeadline ?? meeting.startsAt)) throw new RegistrationClosedError('sista anmälningsdag har passerat.');
  }
}
