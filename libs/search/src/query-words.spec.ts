import fc from 'fast-check';

import { foldWord, MAX_QUERY_LENGTH, MAX_QUERY_WORDS, queryWords } from './query-words.js';

/** What every word handed to the database must look like: letters and digits only, lower-case, NFC, at most 64 characters. */
const PLAIN_WORD = /^[\p{L}\p{N}]{1,64}$/u;

describe(queryWords.name, () => {
  it('reads a query as its lower-case words', () => {
    expect(queryWords('Migrationsverket')).toEqual(['migrationsverket']);
    expect(queryWords('  Ideella   FÖRENINGAR  i Malmö ')).toEqual(['ideella', 'föreningar', 'i', 'malmö']);
    expect(queryWords('ESF+ 2021–2027')).toEqual(['esf', '2021', '2027']);
  });

  it('splits at hyphens, colons and apostrophes, as the index does', () => {
    expect(queryWords('ESF-rådet')).toEqual(['esf', 'rådet']);
    expect(queryWords('MUCF:s uppdrag')).toEqual(['mucf', 's', 'uppdrag']);
    expect(queryWords("Röda Korsets' stöd")).toEqual(['röda', 'korsets', 'stöd']);
  });

  it.each([
    ['double quotes', '"ideella föreningar"', ['ideella', 'föreningar']],
    ['single quotes', "'bidrag'", ['bidrag']],
    ['an unbalanced quote', '"bidrag', ['bidrag']],
    ['tsquery AND, OR and NOT', 'bidrag & !lokaler | stöd', ['bidrag', 'lokaler', 'stöd']],
    ['the followed-by operator', 'bidrag <-> lokaler <2> stöd', ['bidrag', 'lokaler', '2', 'stöd']],
    ['prefix and weight syntax', 'migrations:* skatte:AB', ['migrations', 'skatte', 'ab']],
    ['operators alone', '&|!<->:*', []],
    ['unbalanced parentheses', '((bidrag) | (lokaler', ['bidrag', 'lokaler']],
    ['only parentheses', ')))(((', []],
    ['a NUL byte inside a word', 'brotts\u0000offer', ['brotts', 'offer']],
    ['NUL bytes around a word', '\u0000\u0000skatteverket\u0000', ['skatteverket']],
    ['backslashes', 'a\\b\\\\c', ['a', 'b', 'c']],
    ['SQL', "'; DROP TABLE agencies; --", ['drop', 'table', 'agencies']],
    ['LIKE wildcards', '%_bidrag%_', ['bidrag']],
    ['HTML', '<script>alert(1)</script>', ['script', 'alert', '1']],
    ['emoji and symbols', '🙂 bidrag ✓ → stöd', ['bidrag', 'stöd']],
    ['zero-width and odd spaces', 'bi\u200bdrag\u00a0stöd\u2028ja', ['bi', 'drag', 'stöd', 'ja']],
    ['a lone surrogate', '\ud800bidrag', ['bidrag']],
    ['tabs and line breaks', 'bidrag\t\r\nstöd', ['bidrag', 'stöd']],
    ['the empty string', '', []],
    ['blanks only', ' \t\n ', []],
    ['punctuation only', '!@#$%^&*()_+-=[]{};:\'",.<>/?`~', []],
  ])('reads %s as plain words', (_name, query, words) => {
    expect(queryWords(query)).toEqual(words);
  });

  it('composes a decomposed å, ä and ö (NFD), so they are the same words as typed composed', () => {
    const decomposed = 'A\u030Arsrapport fo\u0308r la\u0308nsstyrelserna';
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    expect(queryWords(decomposed)).toEqual(['årsrapport', 'för', 'länsstyrelserna']);
    expect(queryWords('arbetsfo\u0308rmedlingen')).toEqual(queryWords('Arbetsförmedlingen'));
  });

  it('lower-cases Swedish capitals', () => {
    expect(queryWords('ÅÄÖ ÉÜ')).toEqual(['åäö', 'éü']);
  });

  it('answers 300 å as one word cut to 64 letters', () => {
    expect(queryWords('å'.repeat(300))).toEqual(['å'.repeat(64)]);
    expect(queryWords('a\u030A'.repeat(300))).toEqual(['å'.repeat(64)]);
  });

  it('answers 300 separate å as the one word å', () => {
    expect(queryWords('å '.repeat(300))).toEqual(['å']);
  });

  it('keeps each word once, in the order first typed', () => {
    expect(queryWords('bidrag Stöd BIDRAG stöd bidrag lokaler')).toEqual(['bidrag', 'stöd', 'lokaler']);
  });

  it('treats words that are the same in their first 64 letters as one', () => {
    const stem = 'x'.repeat(64);
    expect(queryWords(`${stem}a ${stem}b`)).toEqual([stem]);
  });

  it(`keeps at most MAX_QUERY_WORDS (${MAX_QUERY_WORDS}) words, the first ones`, () => {
    const words = Array.from({ length: 40 }, (_, index) => `ord${index}`);
    expect(queryWords(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_WORDS));
    expect(MAX_QUERY_WORDS).toBeGreaterThanOrEqual(5);
  });

  it('does not spend the cap on repeated words', () => {
    const query = `${'bidrag '.repeat(50)}lokaler`;
    expect(queryWords(query)).toEqual(['bidrag', 'lokaler']);
  });

  it('answers the longest allowed query quickly', () => {
    const query = `${Array.from({ length: MAX_QUERY_LENGTH / 2 }, (_, index) => String.fromCharCode(0x61 + (index % 26))).join(' ')}!`;
    expect(query.length).toBe(MAX_QUERY_LENGTH);
    const started = performance.now();
    for (let round = 0; round < 200; round += 1) queryWords(query);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('turns any string at all into plain words: few, short, lower-case, NFC, unique, nothing the tsquery parser would read as syntax', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 600, unit: 'binary' }),
      fc.string({
        maxLength: 600,
        unit: fc.constantFrom('&', '|', '!', '<', '-', '>', ':', '*', '(', ')', '"', "'", '\\', '\u0000', ' ', 'å', 'a\u030A', 'ö', 'x', '9'),
      }),
    );
    fc.assert(
      fc.property(hostile, (query) => {
        const words = queryWords(query);
        expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) {
          expect(word).toMatch(PLAIN_WORD);
          expect(word).toBe(word.normalize('NFC'));
          expect(word).toBe(word.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe(foldWord.name, () => {
  it.each([
    ['förening', 'forening'],
    ['arbetsförmedlingen', 'arbetsformedlingen'],
    ['länsstyrelserna', 'lansstyrelserna'],
    ['åtgärdat', 'atgardat'],
    ['jämställdhetsmyndigheten', 'jamstalldhetsmyndigheten'],
    ['idéburet', 'ideburet'],
    ['münchen', 'munchen'],
    ['façade', 'facade'],
    ['brottsoffermyndigheten', 'brottsoffermyndigheten'],
    ['2027', '2027'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('folds a decomposed (NFD) word as its composed spelling', () => {
    expect(foldWord('fo\u0308rening')).toBe('forening');
    expect(foldWord('a\u030Arsrapport')).toBe('arsrapport');
  });

  it('keeps the case it is given (queryWords lower-cases first)', () => {
    expect(foldWord('Örebro')).toBe('Orebro');
  });

  it('folds as the index does (PostgreSQL unaccent), also letters NFD does not decompose', () => {
    // The index's folded words come from unaccent, which reads ø as o, æ as ae, ß as ss and ł as l;
    // parts of compounds and did-you-mean compare foldWord's output with them.
    expect(foldWord('søren')).toBe('soren');
    expect(foldWord('æble')).toBe('aeble');
    expect(foldWord('straße')).toBe('strasse');
    expect(foldWord('łódź')).toBe('lodz');
  });

  it('is idempotent and leaves letters a–z and digits as they are', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (word) => {
        expect(foldWord(foldWord(word))).toBe(foldWord(word));
      }),
    );
    expect(foldWord('abcdefghijklmnopqrstuvwxyz0123456789')).toBe('abcdefghijklmnopqrstuvwxyz0123456789');
  });
});
