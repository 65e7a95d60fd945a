import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import type { MeetingModel } from '#prisma';

import { type CalendarEvent, renderCalendar } from './calendar/icalendar.js';

/** Links into the portal and the calendar files that go with mails and feeds. */
@Injectable()
export class MeetingLinks {
  constructor(private readonly config: AppConfig) {}

  meetingUrl(meetingId: string): string {
    return `${this.config.publicUrl}/moten/${meetingId}`;
  }

  cancelUrl(meetingId: string, registrationId: string, token: string): string {
    return `${this.config.publicUrl}/moten/${meetingId}/avboka?registrering=${registrationId}&token=${token}`;
  }

  event(meeting: MeetingModel): CalendarEvent {
    return {
      id: meeting.id,
      title: meeting.title,
      description: meeting.description,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: meeting.timeZone,
      location: meeting.location ?? (meeting.format === 'DIGITAL' ? 'Digitalt' : null),
      url: this.meetingUrl(meeting.id),
      cancelled: meeting.status === 'CANCELLED',
      sequence: meeting.version,
      updatedAt: meeting.updatedAt,
    };
  }

  calendar(meetings: MeetingModel[], name: string): string {
    return renderCalendar(
      meetings.map((meeting) => this.event(meeting)),
      { name, now: new Date() },
    );
  }
}
