import { Injectable } from '@nestjs/common';

import type { PageRequest } from '#common';
import {
  type ActionItemModel,
  type ActorLevel,
  type ActorType,
  type AgendaItemModel,
  type MeetingModel,
  MeetingStatus,
  type MinutesModel,
  Prisma,
  PrismaService,
  type RegistrationModel,
  RegistrationStatus,
  SelectionPolicy,
} from '#prisma';

export type MeetingFields = Pick<
  MeetingModel,
  | 'title'
  | 'description'
  | 'kind'
  | 'format'
  | 'startsAt'
  | 'endsAt'
  | 'location'
  | 'onlineUrl'
  | 'registrationDeadline'
  | 'capacity'
  | 'selectionPolicy'
  | 'networkId'
>;
export type AgendaFields = Pick<AgendaItemModel, 'title' | 'presenter' | 'durationMinutes'>;

export interface NewRegistration {
  meetingId: string;
  userId: string | null;
  participantName: string;
  email: string;
  organisation: string;
  actorType: ActorType;
  level: ActorLevel;
  area: string | null;
  referenceGroupInterest: boolean;
  status: RegistrationStatus;
  cancelTokenHash: string;
}

export interface MeetingQuery {
  from?: Date;
  to?: Date;
  /** Statuses the viewer may see. */
  statuses: MeetingStatus[];
  networkSlug?: string;
}

export type MinutesWithItems = MinutesModel & { actionItems: ActionItemModel[] };

/** FIRST_COME gives seats at registration; BALANCED only at selection, so a REGISTERED there is interest, not a seat. */
export function holdsSeat(policy: SelectionPolicy, status: RegistrationStatus): boolean {
  if (status === RegistrationStatus.REGISTERED) return policy === SelectionPolicy.FIRST_COME;
  return status === RegistrationStatus.SELECTED || status === RegistrationStatus.ATTENDED;
}

const SEAT_HOLDERS: Prisma.RegistrationWhereInput = {
  OR: [
    { status: { in: [RegistrationStatus.SELECTED, RegistrationStatus.ATTENDED] } },
    { status: RegistrationStatus.REGISTERED, meeting: { selectionPolicy: SelectionPolicy.FIRST_COME } },
  ],
};
const LIVE_STATUSES: RegistrationStatus[] = Object.values(RegistrationStatus).filter((status) => status !== RegistrationStatus.CANCELLED);

@Injectable()
export class MeetingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  networkIdBySlug(slug: string): Promise<string | null> {
    return this.prisma.client.network.findUnique({ where: { slug }, select: { id: true } }).then((network) => network?.id ?? null);
  }

  agencyIdsBySlugs(slugs: string[]): Promise<{ id: string; slug: string }[]> {
    return this.prisma.client.agency.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  }

  find(id: string): Promise<MeetingModel | null> {
    return this.prisma.client.meeting.findUnique({ where: { id } });
  }

  findMany(ids: readonly string[]): Promise<MeetingModel[]> {
    return this.prisma.client.meeting.findMany({ where: { id: { in: [...ids] } } });
  }

  /**
   * Locks the meeting's row until the transaction ends: registrations,
   * cancellations and selection for one meeting then happen one at a time,
   * which is what keeps the seats within capacity under any concurrency.
   */
  async lock(id: string): Promise<MeetingModel | null> {
    const rows = await this.prisma.client.$queryRaw<{ id: string }[]>`SELECT id FROM meetings WHERE id = ${id}::uuid FOR UPDATE`;
    return rows.length ? this.find(id) : null;
  }

  async page(query: MeetingQuery, page: PageRequest): Promise<{ rows: MeetingModel[]; total: number }> {
    const where: Prisma.MeetingWhereInput = {
      status: { in: query.statuses },
      ...(query.from || query.to ? { endsAt: query.from ? { gte: query.from } : undefined, startsAt: query.to ? { lt: query.to } : undefined } : {}),
      ...(query.networkSlug ? { network: { slug: query.networkSlug } } : {}),
    };
    const after = page.after;
    const pageWhere: Prisma.MeetingWhereInput = after
      ? { AND: [where, { OR: [{ startsAt: { gt: new Date(after.key) } }, { startsAt: new Date(after.key), id: { gt: after.id } }] }] }
      : where;
    const [rows, total] = await Promise.all([
      this.prisma.client.meeting.findMany({ where: pageWhere, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: page.take + 1 }),
      this.prisma.client.meeting.count({ where }),
    ]);
    return { rows, total };
  }

  /** For the calendar feed: meetings in these statuses from `since` on (the recent past and the future), by start. */
  forCalendar(statuses: MeetingStatus[], since: Date, networkSlug?: string): Promise<MeetingModel[]> {
    return this.prisma.client.meeting.findMany({
      where: { status: { in: statuses }, endsAt: { gte: since }, ...(networkSlug ? { network: { slug: networkSlug } } : {}) },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 2_000,
    });
  }

  create(fields: MeetingFields, createdById: string, agenda: AgendaFields[]): Promise<MeetingModel> {
    return this.prisma.client.meeting.create({
      data: { ...fields, createdById, agenda: { create: agenda.map((item, index) => ({ ...item, position: index + 1 })) } },
    });
  }

  async update(
    id: string,
    fields: Partial<MeetingFields> & { status?: MeetingStatus; cancellationReason?: string | null; selectedAt?: Date },
    agenda?: AgendaFields[],
  ): Promise<MeetingModel> {
    if (agenda) {
      await this.prisma.client.agendaItem.deleteMany({ where: { meetingId: id } });
      await this.prisma.client.agendaItem.createMany({ data: agenda.map((item, index) => ({ ...item, meetingId: id, position: index + 1 })) });
    }
    return this.prisma.client.meeting.update({ where: { id }, data: { ...fields, version: { increment: 1 } } });
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItemModel[]> {
    return this.prisma.client.agendaItem.findMany({ where: { meetingId: { in: [...meetingIds] } }, orderBy: [{ meetingId: 'asc' }, { position: 'asc' }] });
  }

  /** Seats given per meeting (the statuses that hold one). */
  async seatsTaken(meetingIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.client.registration.groupBy({
      by: ['meetingId'],
      where: { meetingId: { in: [...meetingIds] }, ...SEAT_HOLDERS },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.meetingId, row._count._all]));
  }

  /** Registrations holding a seat, in arrival order. */
  seatHolders(meetingId: string): Promise<RegistrationModel[]> {
    return this.prisma.client.registration.findMany({ where: { meetingId, ...SEAT_HOLDERS }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  countWithStatus(meetingId: string, statuses: RegistrationStatus[]): Promise<number> {
    return this.prisma.client.registration.count({ where: { meetingId, status: { in: statuses } } });
  }

  createRegistration(registration: NewRegistration): Promise<RegistrationModel> {
    return this.prisma.client.registration.create({ data: { ...registration, liveEmail: registration.email } });
  }

  findRegistration(id: string): Promise<RegistrationModel | null> {
    return this.prisma.client.registration.findUnique({ where: { id } });
  }

  findRegistrationByCancelToken(cancelTokenHash: string): Promise<RegistrationModel | null> {
    return this.prisma.client.registration.findUnique({ where: { cancelTokenHash } });
  }

  findLiveRegistration(meetingId: string, email: string): Promise<RegistrationModel | null> {
    return this.prisma.client.registration.findUnique({ where: { meetingId_liveEmail: { meetingId, liveEmail: email } } });
  }

  /** The viewer's live registrations for these meetings, by user or by e-mail. */
  liveRegistrationsOf(meetingIds: readonly string[], userId: string, email: string): Promise<RegistrationModel[]> {
    return this.prisma.client.registration.findMany({
      where: { meetingId: { in: [...meetingIds] }, status: { in: LIVE_STATUSES }, OR: [{ userId }, { email }] },
      orderBy: { createdAt: 'asc' },
    });
  }

  registrationsOf(meetingIds: readonly string[]): Promise<RegistrationModel[]> {
    return this.prisma.client.registration.findMany({ where: { meetingId: { in: [...meetingIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** Live registrations in arrival order. */
  registrationsWithStatus(meetingId: string, statuses: RegistrationStatus[]): Promise<RegistrationModel[]> {
    return this.prisma.client.registration.findMany({ where: { meetingId, status: { in: statuses } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** Writes a whole selection in one statement: status and reason per registration. */
  async setSelection(decisions: { id: string; status: RegistrationStatus; reason: string }[]): Promise<void> {
    if (decisions.length === 0) return;
    await this.prisma.client.$executeRaw`
      UPDATE registrations AS r SET status = d.status::"RegistrationStatus", selection_reason = d.reason, updated_at = now()
      FROM unnest(${decisions.map((decision) => decision.id)}::uuid[], ${decisions.map((decision) => decision.status)}::text[], ${decisions.map((decision) => decision.reason)}::text[])
        AS d(id, status, reason)
      WHERE r.id = d.id`;
  }

  cancelRegistration(id: string, at: Date): Promise<RegistrationModel> {
    return this.prisma.client.registration.update({ where: { id }, data: { status: RegistrationStatus.CANCELLED, liveEmail: null, cancelledAt: at } });
  }

  setRegistrationStatus(id: string, status: RegistrationStatus, selectionReason?: string): Promise<RegistrationModel> {
    return this.prisma.client.registration.update({ where: { id }, data: { status, ...(selectionReason === undefined ? {} : { selectionReason }) } });
  }

  minutesOf(meetingIds: readonly string[]): Promise<MinutesWithItems[]> {
    return this.prisma.client.minutes.findMany({ where: { meetingId: { in: [...meetingIds] } }, include: { actionItems: { orderBy: { position: 'asc' } } } });
  }

  /**
   * Saves minutes with their action items, keeping each item's row (and so
   * what refers to it, such as a development area made from it). Items that
   * name their id are matched by id, and those left out are removed; when no
   * item names one, they are matched by position, as older clients expect.
   */
  async saveMinutes(
    meetingId: string,
    fields: { body: string; decisions: string[]; published: boolean; publishedAt: Date | null },
    actionItems: { id: string | null; description: string; ownerAgencyId: string | null; dueOn: Date | null; done: boolean }[],
  ): Promise<MinutesWithItems> {
    const minutes = await this.prisma.client.minutes.upsert({ where: { meetingId }, create: { meetingId, ...fields }, update: fields });
    const existing = await this.prisma.client.actionItem.findMany({ where: { minutesId: minutes.id }, orderBy: { position: 'asc' } });
    const byId = actionItems.some((item) => item.id);
    const rowOf = (index: number) => (byId ? existing.find((row) => row.id === actionItems[index]!.id) : existing[index]);
    const kept = new Set(actionItems.map((_, index) => rowOf(index)?.id).filter((id): id is string => Boolean(id)));
    await this.prisma.client.actionItem.deleteMany({ where: { minutesId: minutes.id, id: { notIn: [...kept] } } });
    // Kept rows step aside (negative positions) so that numbering them anew never collides.
    await this.prisma.client.actionItem.updateMany({ where: { minutesId: minutes.id }, data: { position: { multiply: -1 } } });
    for (const [index, { id: _id, ...item }] of actionItems.entries()) {
      const row = rowOf(index);
      if (row) await this.prisma.client.actionItem.update({ where: { id: row.id }, data: { ...item, position: index + 1 } });
      else await this.prisma.client.actionItem.create({ data: { ...item, minutesId: minutes.id, position: index + 1 } });
    }
    return { ...minutes, actionItems: await this.prisma.client.actionItem.findMany({ where: { minutesId: minutes.id }, orderBy: { position: 'asc' } }) };
  }
}
