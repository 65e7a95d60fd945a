import { foldWord } from './query-words.js';

/** How many words of text a snippet shows around its matches. */
const SNIPPET_WORDS = 28;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
export const escapeHtml = (text: string) => (SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char]!) : text);

/**
 * Which words of a text are hits: a word matches when it begins with one of the stems, compared without diacritics.
 * `stems`, when given, are those stems folded: no word matches that does not hold one of them, so a snippet
 * need not look at the words of the rest of the text.
 */
export type WordMatcher = ((word: string) => boolean) & { readonly stems?: readonly string[] };

/** Each distinct word is folded and compared once: the words of a page's snippets repeat. */
export function stemMatcher(stems: string[]): WordMatcher {
  const folded = stems.map((stem) => fold(stem)).filter((stem) => stem.length > 0);
  const seen = new Map<string, boolean>();
  const matches = (word: string) => {
    let matched = seen.get(word);
    if (matched === undefined) {
      const candidate = fold(word);
      matched = folded.some((stem) => candidate.startsWith(stem) || (stem.length >= 4 && candidate.includes(stem)));
      seen.set(word, matched);
    }
    return matched;
  };
  return Object.assign(matches, { stems: folded });
}

/**
 * Words as snippets compare them, kept across searches: the index's words are
 * a bounded vocabulary that every page of hits draws on again, and folding one
 * (lower case, no diacritics) costs more than looking it up. Emptied when full.
 */
const folds = new Map<string, string>();
const MAX_FOLDS = 50_000;

function fold(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folded = foldWord(text.toLowerCase());
    folds.set(text, folded);
  }
  return folded;
}

/**
 * Plain text around the best run of matches, with each matching word in
 * <mark></mark> and everything else HTML-escaped: the one place a snippet is
 * made, so nothing a user wrote reaches the page as markup. Markdown and
 * line breaks are flattened to spaces.
 */
export function buildSnippet(text: string, matches: WordMatcher, size = SNIPPET_WORDS): string {
  const normal = text.normalize('NFC');
  const tokens: string[] = [];
  const starts: number[] = [];
  TOKEN.lastIndex = 0;
  for (let found = TOKEN.exec(normal); found; found = TOKEN.exec(normal)) {
    tokens.push(found[0]);
    starts.push(found.index);
  }
  if (tokens.length === 0) return '';
  const hit = new Uint8Array(tokens.length);
  const places = stemPlaces(normal, matches.stems);
  if (places) {
    // Only tokens where a stem begins can hold a matching word; the others are not looked at.
    let token = 0;
    for (const place of places) {
      while (token + 1 < tokens.length && starts[token + 1]! <= place) token++;
      if (!hit[token] && tokenMatches(tokens[token]!, matches)) hit[token] = 1;
    }
  } else {
    for (let index = 0; index < tokens.length; index++) hit[index] = tokenMatches(tokens[index]!, matches) ? 1 : 0;
  }
  let bestStart = 0;
  let bestHits = -1;
  let windowHits = 0;
  for (let index = 0; index < tokens.length; index++) {
    windowHits += hit[index]!;
    if (index >= size) windowHits -= hit[index - size]!;
    if (windowHits > bestHits) {
      bestHits = windowHits;
      bestStart = Math.max(0, index - size + 1);
    }
  }
  // Start a few words before the first match, so the match has some context, but show a full window where the text allows.
  const firstHit = hit.indexOf(1, bestStart);
  const start = firstHit === -1 ? 0 : Math.max(0, Math.min(firstHit - 3, tokens.length - size));
  const end = Math.min(tokens.length, start + size);
  let body = '';
  for (let index = start; index < end; index++) {
    if (index > start) body += ' ';
    body += hit[index] ? markToken(tokens[index]!, matches) : escapeHtml(tokens[index]!);
  }
  return `${start > 0 ? '… ' : ''}${body}${end < tokens.length ? ' …' : ''}`;
}

// exec rather than match or matchAll: no array of every word, no copy of the expression; each use starts it at 0.
const WORD = /[\p{L}\p{N}]+/gu;
const TOKEN = /\S+/g;

const NOT_ASCII = /[\u0080-\uffff]/g;
const foldedLetters = new Map<string, string>();

/** A letter as foldWord folds it, remembered (at most one entry per letter of Unicode's basic plane): folding a text a letter at a time is far faster than normalising it whole. */
function foldLetter(letter: string): string {
  let folded = foldedLetters.get(letter);
  if (folded === undefined) {
    folded = foldWord(letter);
    foldedLetters.set(letter, folded);
  }
  return folded;
}

/**
 * Where the stems begin in the text, in order, compared as words are (lower
 * case, no diacritics); null when the stems are not known, or when folding
 * changes the text's length ("æ" becomes "ae"), so that places in the folded
 * text are not places in the text.
 */
function stemPlaces(text: string, stems: readonly string[] | undefined): number[] | null {
  if (!stems) return null;
  const folded = text.toLowerCase().replace(NOT_ASCII, foldLetter);
  if (folded.length !== text.length) return null;
  const places: number[] = [];
  for (const stem of stems) for (let place = folded.indexOf(stem); place !== -1; place = folded.indexOf(stem, place + 1)) places.push(place);
  return places.sort((a, b) => a - b);
}

function tokenMatches(token: string, matches: WordMatcher): boolean {
  WORD.lastIndex = 0;
  for (let found = WORD.exec(token); found; found = WORD.exec(token)) if (matches(found[0])) return true;
  return false;
}

/** Escapes a token and marks its matching words, leaving its punctuation outside the mark. */
function markToken(token: string, matches: WordMatcher): string {
  let result = '';
  let last = 0;
  WORD.lastIndex = 0;
  for (let found = WORD.exec(token); found; found = WORD.exec(token)) {
    const word = found[0];
    result += escapeHtml(token.slice(last, found.index));
    result += matches(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = found.index + word.length;
  }
  return result + escapeHtml(token.slice(last));
}
