/** Longer queries are refused (BAD_USER_INPUT): nobody types more, and each word costs. */
export const MAX_QUERY_LENGTH = 500;
/** Words beyond these are ignored: a query of 300 "å" is still answered, quickly. */
export const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/**
 * The words of a search as the user typed them: runs of letters and digits,
 * lower-case, in Unicode normal form C (so a decomposed "å" is still "å").
 * Everything else — quotes, tsquery operators such as `& | ! <-> : *`,
 * parentheses, NUL bytes — only separates words, so any string is plain words.
 */
export function queryWords(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((word) => word.slice(0, MAX_WORD_LENGTH)))];
  return unique.slice(0, MAX_QUERY_WORDS);
}

/** Letters PostgreSQL's unaccent rewrites that have no combining mark to strip. */
const UNACCENT_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

const NOT_ASCII = /[\u0080-\uffff]/;

/** A word without diacritics, as the index's folded words are ("förening" → "forening", "søren" → "soren"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII, which has nothing to fold.
  if (!NOT_ASCII.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => UNACCENT_LETTERS[letter]!)
    .normalize('NFC');
}
