import { digestDue, digestSince, editableUntil, isVisible, normaliseTopic, normaliseTopics, withinEditWindow } from './exchange-rules.js';

const HOUR = 3_600_000;

describe('exchange rules', () => {
  describe(normaliseTopic.name, () => {
    it('trims, lower-cases and collapses inner whitespace', () => {
      expect(normaliseTopic('  Ideella   Föreningar\t')).toBe('ideella föreningar');
      expect(normaliseTopic('ÅÄÖ')).toBe('åäö');
    });

    it('treats a decomposed letter as the composed one', () => {
      expect(normaliseTopic('fo\u0308reningar')).toBe(normaliseTopic('föreningar'));
    });
  });

  describe(normaliseTopics.name, () => {
    it('drops blanks and duplicates, keeping the first occurrence’s place', () => {
      expect(normaliseTopics([' Bidrag', 'IOP', '', '   ', 'bidrag ', 'Iop', 'Lokaler'])).toEqual(['bidrag', 'iop', 'lokaler']);
    });

    it('returns an empty list for none', () => {
      expect(normaliseTopics([])).toEqual([]);
    });
  });

  describe('the edit window', () => {
    const createdAt = new Date('2026-06-01T10:00:00.000Z');

    it('lasts 24 hours, the last millisecond included', () => {
      expect(editableUntil(createdAt)).toEqual(new Date('2026-06-02T10:00:00.000Z'));
      expect(withinEditWindow(createdAt, createdAt)).toBe(true);
      expect(withinEditWindow(createdAt, new Date(createdAt.getTime() + 24 * HOUR))).toBe(true);
      expect(withinEditWindow(createdAt, new Date(createdAt.getTime() + 24 * HOUR + 1))).toBe(false);
    });
  });

  describe(isVisible.name, () => {
    const hidden = { authorId: 'author', hiddenAt: new Date() };
    const shown = { authorId: 'author', hiddenAt: null };

    it('shows hidden posts to their author and to moderators only', () => {
      expect(isVisible({ viewerId: 'author', seeHidden: false }, hidden)).toBe(true);
      expect(isVisible({ viewerId: 'moderator', seeHidden: true }, hidden)).toBe(true);
      expect(isVisible({ viewerId: 'someone', seeHidden: false }, hidden)).toBe(false);
      expect(isVisible({ viewerId: 'someone', seeHidden: false }, shown)).toBe(true);
    });
  });

  describe('the weekly digest', () => {
    const now = new Date('2026-06-10T08:00:00.000Z');

    it('covers the time since the last digest, or the last week for a first one', () => {
      const last = new Date('2026-06-02T08:00:00.000Z');
      expect(digestSince(last, now)).toBe(last);
      expect(digestSince(null, now)).toEqual(new Date('2026-06-03T08:00:00.000Z'));
    });

    it('is due a week after the last one, or at once for a first one', () => {
      expect(digestDue(null, now)).toBe(true);
      expect(digestDue(new Date('2026-06-03T08:00:00.000Z'), now)).toBe(true);
      expect(digestDue(new Date('2026-06-03T08:00:00.001Z'), now)).toBe(false);
    });
  });
});
