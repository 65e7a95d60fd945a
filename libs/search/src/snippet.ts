import { foldWord } from './query-words.js';

/** How many words of text a snippet shows around its matches. */
const SNIPPET_WORDS = 28;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** Which words of a text are hits: a word matches when it begins with one of the stems, compared without diacritics. */
export type WordMatcher = (word: string) => boolean;

/** Each distinct word is folded and compared once: the words of a page's snippets repeat. */
export function stemMatcher(stems: string[]): WordMatcher {
  const folded = stems.map((stem) => fold(stem)).filter((stem) => stem.length > 0);
  const seen = new Map<string, boolean>();
  return (word) => {
    let matched = seen.get(word);
    if (matched === undefined) {
      const candidate = fold(word);
      matched = folded.some((stem) => candidate.startsWith(stem) || (stem.length >= 4 && candidate.includes(stem)));
      seen.set(word, matched);
    }
    return matched;
  };
}

const fold = (text: string) => foldWord(text.toLowerCase());

/**
 * Plain text around the best run of matches, with each matching word in
 * <mark></mark> and everything else HTML-escaped: the one place a snippet is
 * made, so nothing a user wrote reaches the page as markup. Markdown and
 * line breaks are flattened to spaces.
 */
export function buildSnippet(text: string, matches: WordMatcher, size = SNIPPET_WORDS): string {
  const tokens = text.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (tokens.length === 0) return '';
  const hit = tokens.map((token) => tokenMatches(token, matches));
  let bestStart = 0;
  let bestHits = -1;
  let windowHits = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (hit[index]) windowHits++;
    if (index >= size && hit[index - size]) windowHits--;
    const start = Math.max(0, index - size + 1);
    if (windowHits > bestHits) {
      bestHits = windowHits;
      bestStart = start;
    }
  }
  // Start a few words before the first match, so the match has some context, but show a full window where the text allows.
  const firstHit = hit.indexOf(true, bestStart);
  const start = firstHit === -1 ? 0 : Math.max(0, Math.min(firstHit - 3, tokens.length - size));
  const end = Math.min(tokens.length, start + size);
  const body = tokens
    .slice(start, end)
    .map((token) => markToken(token, matches))
    .join(' ');
  return `${start > 0 ? '… ' : ''}${body}${end < tokens.length ? ' …' : ''}`;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokenMatches(token: string, matches: WordMatcher): boolean {
  return (token.match(WORD) ?? []).some((word) => matches(word));
}

/** Escapes a token and marks its matching words, leaving its punctuation outside the mark. */
function markToken(token: string, matches: WordMatcher): string {
  let result = '';
  let last = 0;
  for (const found of token.matchAll(WORD)) {
    const word = found[0];
    result += escapeHtml(token.slice(last, found.index));
    result += matches(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = found.index + word.length;
  }
  return result + escapeHtml(token.slice(last));
}
