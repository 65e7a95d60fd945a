import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { CurrentViewer, type Viewer } from '#access';
import { NotFoundError } from '#common';

import { MeetingFilesService } from './meeting-files.service.js';

/** Calendar feeds and the registrations export: plain HTTP, for calendar clients and Excel. */
@Controller()
export class MeetingFilesController {
  constructor(private readonly files: MeetingFilesService) {}

  /** Published meetings of all networks, or of `?network=slug`; cancelled ones marked CANCELLED. */
  @Get('calendar.ics')
  async calendar(@Query('network') network: string | undefined, @Res() response: Response): Promise<void> {
    send(response, 'text/calendar; charset=utf-8', 'samverka.ics', await this.files.calendar(typeof network === 'string' ? network : undefined));
  }

  /** `/meetings/<id>.ics`: one meeting. */
  @Get('meetings/:file')
  async meeting(@Param('file') file: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    if (!id) throw new NotFoundError('Filen');
    send(response, 'text/calendar; charset=utf-8', 'mote.ics', await this.files.meetingCalendar(viewer, id));
  }

  /** Coordinators: the registrations as CSV (send the access token as a Bearer header). */
  @Get('meetings/:id/registrations.csv')
  async registrations(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const { filename, content } = await this.files.registrationsCsv(viewer, id);
    send(response, 'text/csv; charset=utf-8', filename, content);
  }
}

function send(response: Response, type: string, filename: string, content: string): void {
  response.type(type).set('Content-Disposition', `attachment; filename="${filename}"`).set('Cache-Control', 'no-cache').send(content);
}
