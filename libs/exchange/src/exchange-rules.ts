/** The exchange's rules that need no database: topics, the edit window, who sees a hidden post. */

/** At most this many topics per thread. */
export const MAX_TOPICS = 10;
/** The longest topic, after normalisation. */
export const MAX_TOPIC_LENGTH = 50;
/** The longest title. */
export const MAX_TITLE_LENGTH = 200;
/** The longest thread or reply body (Markdown, stored as written). */
export const MAX_BODY_LENGTH = 50_000;
/** The longest moderation reason. */
export const MAX_REASON_LENGTH = 2_000;
/** At most this many links to civil-society work per thread. */
export const MAX_RELATED_WORK = 20;
/** Authors may edit their own post for this long after posting it. */
export const EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** A weekly digest is due this long after the last one. */
export const DIGEST_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * One topic as it is stored and compared: Unicode NFC (so that a decomposed
 * "å" equals a composed one), lower case, trimmed, inner whitespace collapsed
 * to one space. "  Ideella  Föreningar " → "ideella föreningar".
 */
export function normaliseTopic(topic: string): string {
  return topic.normalize('NFC').toLocaleLowerCase('sv-SE').trim().replace(/\s+/g, ' ');
}

/** Topics normalised, blanks dropped, duplicates removed; first occurrence keeps its place. */
export function normaliseTopics(topics: readonly string[]): string[] {
  return [...new Set(topics.map(normaliseTopic).filter((topic) => topic !== ''))];
}

/** When the author's right to edit a post ends. */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MS);
}

/** True while the post is still within its edit window at `now` (the last millisecond included). */
export function withinEditWindow(createdAt: Date, now: Date): boolean {
  return now.getTime() <= editableUntil(createdAt).getTime();
}

/** Who sees what: everything for moderators; others see posts that are not hidden, and their own. */
export interface Visibility {
  viewerId: string;
  seeHidden: boolean;
}

export function isVisible(visibility: Visibility, post: { authorId: string; hiddenAt: Date | null }): boolean {
  return post.hiddenAt === null || visibility.seeHidden || post.authorId === visibility.viewerId;
}

/** Where a weekly digest starts: the last one, or a week back for someone who never had one. */
export function digestSince(lastDigestAt: Date | null, now: Date): Date {
  return lastDigestAt ?? new Date(now.getTime() - DIGEST_INTERVAL_MS);
}

/** A digest is due once a week has passed since the last (or at once, for the first). */
export function digestDue(lastDigestAt: Date | null, now: Date): boolean {
  return lastDigestAt === null || now.getTime() - lastDigestAt.getTime() >= DIGEST_INTERVAL_MS;
}
