import { Limits } from '#common';
import { DevelopmentAreaStatus, MeetingStatus } from '#prisma';

/**
 * Which status an area may move to from each status, as data. Staying at an
 * open status is allowed: that is a progress note. Skipping ahead
 * (IDENTIFIED → ADDRESSED) is not, and nothing leaves a final status.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<DevelopmentAreaStatus, readonly DevelopmentAreaStatus[]>> = {
  IDENTIFIED: [DevelopmentAreaStatus.IDENTIFIED, DevelopmentAreaStatus.IN_PROGRESS, DevelopmentAreaStatus.DROPPED],
  IN_PROGRESS: [DevelopmentAreaStatus.IN_PROGRESS, DevelopmentAreaStatus.ADDRESSED, DevelopmentAreaStatus.DROPPED],
  ADDRESSED: [],
  DROPPED: [],
};

/** Statuses the network still follows. */
export const OPEN_STATUSES: readonly DevelopmentAreaStatus[] = [DevelopmentAreaStatus.IDENTIFIED, DevelopmentAreaStatus.IN_PROGRESS];

export const NOTE_MAX_LENGTH = 5_000;
/** The same limit as every other name or title. */
export const TITLE_MAX_LENGTH = Limits.name;
export const MAX_OWNER_AGENCIES = 20;
export const MAX_LINKS = 50;

/** The note of the update that opens every area's log, when the one who logs it gives none. */
export const FIRST_NOTE = 'Identifierat';

export function isOpen(status: DevelopmentAreaStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Why an area at `from` may not get an update with status `to` (Swedish, for the `status` field), or null when it may. */
export function transitionProblem(from: DevelopmentAreaStatus, to: DevelopmentAreaStatus): string | null {
  if (ALLOWED_TRANSITIONS[from].includes(to)) return null;
  if (!isOpen(from)) return `Området är ${from === DevelopmentAreaStatus.ADDRESSED ? 'åtgärdat' : 'avskrivet'} och kan inte ändras längre.`;
  return `Från ${from} går det bara att gå till ${ALLOWED_TRANSITIONS[from].filter((status) => status !== from).join(' eller ')}.`;
}

/**
 * An open area is carried forward from its next review meeting when that
 * meeting has been held and nobody has logged an update since it began: it
 * was due for review there and nothing came of it.
 */
export function isCarriedForward(
  area: { status: DevelopmentAreaStatus },
  reviewMeeting: { status: MeetingStatus; startsAt: Date } | null,
  lastUpdateAt: Date | null,
): boolean {
  if (!reviewMeeting || !isOpen(area.status) || reviewMeeting.status !== MeetingStatus.HELD) return false;
  return lastUpdateAt === null || lastUpdateAt < reviewMeeting.startsAt;
}

/** Shortens an action item's description to a title, at a word boundary where there is one. */
export function titleFrom(description: string, max: number): string {
  const text = description.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
