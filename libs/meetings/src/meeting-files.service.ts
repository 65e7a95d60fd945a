import { Injectable } from '@nestjs/common';

import { assertCan, Permission, type Viewer } from '#access';
import { NotFoundError, slugify } from '#common';
import { MeetingStatus } from '#prisma';

import { MeetingLinks } from './meeting-links.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';
import { registrationsCsv } from './registrations-csv.js';

const FEED_STATUSES = [MeetingStatus.PUBLISHED, MeetingStatus.HELD, MeetingStatus.CANCELLED];
const FEED_DAYS_BACK = 90;

@Injectable()
export class MeetingFilesService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly repository: MeetingsRepository,
    private readonly links: MeetingLinks,
  ) {}

  async calendar(networkSlug?: string): Promise<string> {
    if (networkSlug && !(await this.repository.networkIdBySlug(networkSlug))) throw new NotFoundError(`Nätverket "${networkSlug}"`);
    // Calendar clients keep what they have seen; the feed carries the last 90 days and everything ahead.
    const since = new Date(Date.now() - FEED_DAYS_BACK * 86_400_000);
    return this.links.calendar(
      await this.repository.forCalendar(FEED_STATUSES, since, networkSlug),
      networkSlug ? `Samverka – ${networkSlug}` : 'Samverka – möten',
    );
  }

  async meetingCalendar(viewer: Viewer, id: string): Promise<string> {
    const meeting = await this.meetings.get(viewer, id);
    if (!meeting) throw new NotFoundError('Mötet');
    return this.links.calendar([meeting], meeting.title);
  }

  async registrationsCsv(viewer: Viewer, id: string): Promise<{ filename: string; content: string }> {
    assertCan(viewer, Permission.manageMeetings);
    const meeting = await this.meetings.get(viewer, id);
    if (!meeting) throw new NotFoundError('Mötet');
    const registrations = await this.repository.registrationsOf([meeting.id]);
    return { filename: `anmalningar-${slugify(meeting.title).slice(0, 60) || meeting.id}.csv`, content: registrationsCsv(registrations, meeting.timeZone) };
  }
}
