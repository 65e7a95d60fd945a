import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';

import type { SignedInViewer } from '#access';
import { byKey, groupBy, requestLoader } from '#common';
import type { AgendaItemModel, MeetingModel, RegistrationModel } from '#prisma';

import { MeetingsRepository, type MinutesWithItems } from './meetings.repository.js';

/** Per-request batching of everything a page of meetings asks for. */
@Injectable()
export class MeetingLoaders {
  constructor(private readonly meetings: MeetingsRepository) {}

  meeting(context: object): DataLoader<string, MeetingModel | null> {
    return requestLoader(context, 'meetings.meeting', async (ids: readonly string[]) => byKey(ids, await this.meetings.findMany(ids), (meeting) => meeting.id));
  }

  agenda(context: object): DataLoader<string, AgendaItemModel[]> {
    return requestLoader(context, 'meetings.agenda', async (ids: readonly string[]) =>
      groupBy(ids, await this.meetings.agendaOf(ids), (item) => item.meetingId),
    );
  }

  seatsTaken(context: object): DataLoader<string, number> {
    return requestLoader(context, 'meetings.seatsTaken', async (ids: readonly string[]) => {
      const counts = await this.meetings.seatsTaken(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  registrations(context: object): DataLoader<string, RegistrationModel[]> {
    return requestLoader(context, 'meetings.registrations', async (ids: readonly string[]) =>
      groupBy(ids, await this.meetings.registrationsOf(ids), (registration) => registration.meetingId),
    );
  }

  /** The viewer's own live registration per meeting (the earliest, should there be two under different addresses). */
  ownRegistration(context: object, viewer: SignedInViewer): DataLoader<string, RegistrationModel | null> {
    return requestLoader(context, 'meetings.ownRegistration', async (ids: readonly string[]) => {
      const rows = await this.meetings.liveRegistrationsOf(ids, viewer.id, viewer.email);
      return groupBy(ids, rows, (row) => row.meetingId).map((group) => group[0] ?? null);
    });
  }

  minutes(context: object): DataLoader<string, MinutesWithItems | null> {
    return requestLoader(context, 'meetings.minutes', async (ids: readonly string[]) =>
      byKey(ids, await this.meetings.minutesOf(ids), (minutes) => minutes.meetingId),
    );
  }
}
