import { DevelopmentAreaStatus, MeetingStatus } from '#prisma';

import { ALLOWED_TRANSITIONS, isCarriedForward, isOpen, titleFrom, transitionProblem } from './development-area-rules.js';

const { IDENTIFIED, IN_PROGRESS, ADDRESSED, DROPPED } = DevelopmentAreaStatus;
const ALL = [IDENTIFIED, IN_PROGRESS, ADDRESSED, DROPPED];

describe('the development-area status rules', () => {
  // The whole table, written out by hand: [from, to, allowed].
  const TABLE: [DevelopmentAreaStatus, DevelopmentAreaStatus, boolean][] = [
    [IDENTIFIED, IDENTIFIED, true],
    [IDENTIFIED, IN_PROGRESS, true],
    [IDENTIFIED, ADDRESSED, false],
    [IDENTIFIED, DROPPED, true],
    [IN_PROGRESS, IDENTIFIED, false],
    [IN_PROGRESS, IN_PROGRESS, true],
    [IN_PROGRESS, ADDRESSED, true],
    [IN_PROGRESS, DROPPED, true],
    [ADDRESSED, IDENTIFIED, false],
    [ADDRESSED, IN_PROGRESS, false],
    [ADDRESSED, ADDRESSED, false],
    [ADDRESSED, DROPPED, false],
    [DROPPED, IDENTIFIED, false],
    [DROPPED, IN_PROGRESS, false],
    [DROPPED, ADDRESSED, false],
    [DROPPED, DROPPED, false],
  ];

  it('covers every pair of statuses', () => {
    expect(TABLE).toHaveLength(ALL.length * ALL.length);
  });

  it.each(TABLE)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(ALLOWED_TRANSITIONS[from].includes(to)).toBe(allowed);
    expect(transitionProblem(from, to) === null).toBe(allowed);
  });

  it('says why a skip is refused and that final statuses are final', () => {
    expect(transitionProblem(IDENTIFIED, ADDRESSED)).toBe('Från IDENTIFIED går det bara att gå till IN_PROGRESS eller DROPPED.');
    expect(transitionProblem(ADDRESSED, IN_PROGRESS)).toMatch(/åtgärdat/);
    expect(transitionProblem(DROPPED, DROPPED)).toMatch(/avskrivet/);
  });

  it('calls IDENTIFIED and IN_PROGRESS open, ADDRESSED and DROPPED final', () => {
    expect(ALL.filter(isOpen)).toEqual([IDENTIFIED, IN_PROGRESS]);
    for (const status of ALL.filter((status) => !isOpen(status))) expect(ALLOWED_TRANSITIONS[status]).toEqual([]);
  });
});

describe('carried forward', () => {
  const startsAt = new Date('2026-06-02T08:00:00Z');
  const held = { status: MeetingStatus.HELD, startsAt };
  const before = new Date('2026-06-01T12:00:00Z');
  const after = new Date('2026-06-02T09:00:00Z');

  it('flags an open area with no update since its held review meeting began', () => {
    expect(isCarriedForward({ status: IDENTIFIED }, held, before)).toBe(true);
    expect(isCarriedForward({ status: IN_PROGRESS }, held, before)).toBe(true);
    expect(isCarriedForward({ status: IN_PROGRESS }, held, null)).toBe(true);
  });

  it('does not flag an area updated at or after the start', () => {
    expect(isCarriedForward({ status: IDENTIFIED }, held, after)).toBe(false);
    expect(isCarriedForward({ status: IDENTIFIED }, held, startsAt)).toBe(false);
  });

  it('does not flag closed areas, areas without a review meeting, or meetings not held', () => {
    expect(isCarriedForward({ status: ADDRESSED }, held, before)).toBe(false);
    expect(isCarriedForward({ status: DROPPED }, held, before)).toBe(false);
    expect(isCarriedForward({ status: IDENTIFIED }, null, before)).toBe(false);
    for (const status of [MeetingStatus.DRAFT, MeetingStatus.PUBLISHED, MeetingStatus.CANCELLED]) {
      expect(isCarriedForward({ status: IDENTIFIED }, { status, startsAt }, before)).toBe(false);
    }
  });
});

describe('a title from an action item', () => {
  it('keeps a short description as it is, with its spaces tidied', () => {
    expect(titleFrom('  Ta fram   gemensam information ', 200)).toBe('Ta fram gemensam information');
  });

  it('cuts a long one at a word boundary within the limit, marking the cut', () => {
    const title = titleFrom('Samordna informationen om bidrag till föreningar', 30);
    expect(title).toBe('Samordna informationen om…');
    expect(title.length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a word when there is no space to cut at', () => {
    expect(titleFrom('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
