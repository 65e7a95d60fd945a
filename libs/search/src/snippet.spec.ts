import fc from 'fast-check';

import { buildSnippet, escapeHtml, stemMatcher, type WordMatcher } from './snippet.js';

const MARK = /<mark>([^<]*)<\/mark>/g;

/** The words a snippet marks, in order. */
const marked = (snippet: string) => [...snippet.matchAll(MARK)].map((match) => match[1]);

/** A snippet without its marks: what must be plain escaped text. */
const unmarked = (snippet: string) => snippet.replaceAll('<mark>', '').replaceAll('</mark>', '');

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity]!);

/** Numbered words, so that a test can say where a snippet starts and ends. */
const numbered = (count: number, word = (index: number) => `ord${index}`) => Array.from({ length: count }, (_, index) => word(index)).join(' ');

describe(escapeHtml.name, () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
  ])('escapes %s as %s', (char, entity) => {
    expect(escapeHtml(`a${char}b`)).toBe(`a${entity}b`);
  });

  it('escapes what is already an entity again, so that text shows as written', () => {
    expect(escapeHtml('&lt;b&gt; &amp;')).toBe('&amp;lt;b&amp;gt; &amp;amp;');
  });

  it('leaves everything else alone', () => {
    expect(escapeHtml('Åsa Öberg, 070-123 45 67 (ja) = 100 %')).toBe('Åsa Öberg, 070-123 45 67 (ja) = 100 %');
  });
});

describe(stemMatcher.name, () => {
  it('matches a word that begins with a stem, whatever its case', () => {
    const matches = stemMatcher(['mötesplats']);
    expect(matches('Mötesplatser')).toBe(true);
    expect(matches('MÖTESPLATS')).toBe(true);
    expect(matches('möte')).toBe(false);
  });

  it('compares without diacritics, both ways', () => {
    expect(stemMatcher(['forening'])('Föreningar')).toBe(true);
    expect(stemMatcher(['förening'])('FORENINGAR')).toBe(true);
    expect(stemMatcher(['arbetsformedling'])('Arbetsförmedlingen')).toBe(true);
    expect(stemMatcher(['ideburet'])('idéburet')).toBe(true);
  });

  it('matches a part of a compound of four letters or more', () => {
    expect(stemMatcher(['fond'])('Brottsofferfonden')).toBe(true);
    expect(stemMatcher(['skydd'])('samhällsskydd')).toBe(true);
  });

  it('matches shorter stems only at the start of a word', () => {
    const matches = stemMatcher(['av']);
    expect(matches('avgift')).toBe(true);
    expect(matches('havet')).toBe(false);
  });

  it('never matches on an empty stem', () => {
    const matches = stemMatcher(['', '']);
    expect(matches('bidrag')).toBe(false);
    expect(matches('')).toBe(false);
  });
});

describe(buildSnippet.name, () => {
  it('escapes every HTML-special character and marks only the matching words', () => {
    const snippet = buildSnippet(`Tom & Jerry <b>"fet"</b> 'citat' bidrag`, stemMatcher(['bidrag']));
    expect(snippet).toBe('Tom &amp; Jerry &lt;b&gt;&quot;fet&quot;&lt;/b&gt; &#39;citat&#39; <mark>bidrag</mark>');
  });

  it('leaves punctuation next to a match outside its mark', () => {
    expect(buildSnippet('Migrationsverket, asylsökande. (IOP)', stemMatcher(['asylsökande', 'iop']))).toBe(
      'Migrationsverket, <mark>asylsökande</mark>. (<mark>IOP</mark>)',
    );
  });

  it('marks each matching word of a hyphenated or punctuated token on its own', () => {
    expect(buildSnippet('Asyl-, migrations- och integrationsfonden', stemMatcher(['migration']))).toBe(
      'Asyl-, <mark>migrations</mark>- och integrationsfonden',
    );
  });

  it('cannot be made to mark or inject anything: <mark>, <script> and entities in the text come out escaped', () => {
    const text = 'Se <mark>hit</mark> <script>alert("x")</script> &lt;b&gt; <img src=x onerror=alert(1)> hit';
    const snippet = buildSnippet(text, stemMatcher(['hit']));
    expect(snippet).toBe(
      'Se &lt;mark&gt;<mark>hit</mark>&lt;/mark&gt; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;lt;b&amp;gt; &lt;img src=x onerror=alert(1)&gt; <mark>hit</mark>',
    );
    expect(marked(snippet)).toEqual(['hit', 'hit']);
    expect(unmarked(snippet)).not.toMatch(/[<>]/);
  });

  it('does not mark words that merely contain markup words', () => {
    const snippet = buildSnippet('<mark>markering</mark>', stemMatcher(['bidrag']));
    expect(snippet).toBe('&lt;mark&gt;markering&lt;/mark&gt;');
  });

  it('flattens line breaks and runs of blanks to single spaces, Markdown kept as text', () => {
    expect(buildSnippet('## Rubrik\n\n* **IOP** och\tbidrag\r\n', stemMatcher(['iop']))).toBe('## Rubrik * **<mark>IOP</mark>** och bidrag');
  });

  it.each([
    { text: 'Föreningen Idéburna föreningar, FÖRENINGSSTÖD och ideella föreningsliv', stems: ['forening', 'ide'] },
    { text: 'av av-avgift; avgiften (AV) kvinno- och tjejjourer', stems: ['av', 'jour'] },
    // Folding makes "æ" two letters, so places in the folded text are not places in the text.
    { text: 'Sæter och Øresund, Straße och strasse', stems: ['saeter', 'oresund', 'strasse'] },
    { text: 'Cafe\u0301 och café, e\u0301n', stems: ['cafe', 'en'] },
  ])('marks the same words as looking at every word would, in "$text"', ({ text, stems }) => {
    const matches = stemMatcher(stems);
    const everyWord: WordMatcher = (word) => matches(word);
    const snippet = buildSnippet(text, matches);
    expect(snippet).toBe(buildSnippet(text, everyWord));
    expect(marked(snippet).length).toBeGreaterThan(1);
  });

  it('answers an empty text with an empty snippet', () => {
    expect(buildSnippet('', stemMatcher(['bidrag']))).toBe('');
    expect(buildSnippet(' \n\t ', stemMatcher(['bidrag']))).toBe('');
  });

  it('shows a short text whole, without ellipses', () => {
    expect(buildSnippet('Bidrag ur Brottsofferfonden', stemMatcher(['bidrag']))).toBe('<mark>Bidrag</mark> ur Brottsofferfonden');
  });

  it('shows the start of a long text without a match, with an ellipsis after', () => {
    const snippet = buildSnippet(numbered(100), stemMatcher(['bidrag']), 10);
    expect(snippet).toBe(`${numbered(10)} …`);
  });

  it('opens with an ellipsis only when it starts after the text does, and closes with one only when the text goes on', () => {
    const text = numbered(100, (index) => (index === 50 ? 'bidrag' : `ord${index}`));
    const middle = buildSnippet(text, stemMatcher(['bidrag']), 10);
    expect(middle.startsWith('… ')).toBe(true);
    expect(middle.endsWith(' …')).toBe(true);
    expect(marked(middle)).toEqual(['bidrag']);
    expect(middle.split(' ').filter((token) => token !== '…')).toHaveLength(10);

    const atStart = buildSnippet(`bidrag ${numbered(99)}`, stemMatcher(['bidrag']), 10);
    expect(atStart.startsWith('<mark>bidrag</mark> ord0')).toBe(true);
    expect(atStart.endsWith(' …')).toBe(true);

    const atEnd = buildSnippet(`${numbered(99)} bidrag`, stemMatcher(['bidrag']), 10);
    expect(atEnd.startsWith('… ')).toBe(true);
    expect(atEnd.endsWith('<mark>bidrag</mark>')).toBe(true);
  });

  it('gives a lone match a few words of context before it', () => {
    const text = numbered(100, (index) => (index === 50 ? 'bidrag' : `ord${index}`));
    const snippet = buildSnippet(text, stemMatcher(['bidrag']), 10);
    const words = snippet.replace(/^… /, '').split(' ');
    const before = words.indexOf('<mark>bidrag</mark>');
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThanOrEqual(3);
  });

  it('chooses the window with the most matches', () => {
    // One match early, then three close together much later: the snippet shows the three.
    const text = numbered(200, (index) => ([5, 120, 123, 126].includes(index) ? `bidrag${index}` : `ord${index}`));
    const snippet = buildSnippet(text, stemMatcher(['bidrag']), 12);
    expect(marked(snippet)).toEqual(['bidrag120', 'bidrag123', 'bidrag126']);
    expect(snippet.startsWith('… ')).toBe(true);
  });

  it('counts a token once, however many of its words match', () => {
    const text = `${numbered(40)} bidrag-bidrag-bidrag ${numbered(40)} bidrag lokaler stöd ${numbered(40)}`;
    const snippet = buildSnippet(text, stemMatcher(['bidrag', 'lokaler', 'stöd']), 10);
    expect(marked(snippet)).toEqual(['bidrag', 'lokaler', 'stöd']);
  });

  it('marks without regard to diacritics, keeping the text as written', () => {
    const snippet = buildSnippet('Arbetsförmedlingen och Försäkringskassan', stemMatcher(['arbetsformedling', 'forsakringskassan']));
    expect(snippet).toBe('<mark>Arbetsförmedlingen</mark> och <mark>Försäkringskassan</mark>');
  });

  it('marks decomposed (NFD) text too', () => {
    // Text pasted from some systems arrives with å, ä, ö decomposed; the index still finds it.
    const snippet = buildSnippet('Stöd till fo\u0308reningar', stemMatcher(['förening']));
    expect(marked(snippet).map((word) => word.normalize('NFC'))).toEqual(['föreningar']);
  });

  it('takes any matcher', () => {
    const everyOther: WordMatcher = (word) => Number(word.replace('ord', '')) % 2 === 0;
    expect(buildSnippet('ord1 ord2 ord3 ord4', everyOther)).toBe('ord1 <mark>ord2</mark> ord3 <mark>ord4</mark>');
  });

  it('never lets markup through, for any text and any stems: without its marks a snippet is escaped text of the original', () => {
    const text = fc.string({
      maxLength: 300,
      unit: fc.oneof(
        fc.constantFrom('<', '>', '&', '"', "'", '<mark>', '</mark>', '&lt;', '&amp;', '<script>', ' ', '\n', 'å', 'ö', 'mark', 'bidrag'),
        fc.string({ maxLength: 1, unit: 'binary' }),
      ),
    });
    const stems = fc.array(fc.oneof(fc.constantFrom('mark', 'bidrag', 'lt', 'amp', 'script', 'å', ''), fc.string({ maxLength: 5 })), { maxLength: 4 });
    fc.assert(
      fc.property(text, stems, (value, stemList) => {
        const snippet = buildSnippet(value, stemMatcher(stemList), 1000);
        const plain = unmarked(snippet);
        expect(plain).not.toMatch(/[<>"']/);
        expect(plain).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
        // Snippets are in Unicode form NFC, so that a decomposed å is marked like a composed one.
        expect(unescapeHtml(plain)).toBe(value.normalize('NFC').replace(/\s+/g, ' ').trim());
        // Marks are balanced and hold one plain word each.
        expect(snippet.split('<mark>').length).toBe(snippet.split('</mark>').length);
        for (const word of marked(snippet)) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
      { numRuns: 500 },
    );
  });
});
