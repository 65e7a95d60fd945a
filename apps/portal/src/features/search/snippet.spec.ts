import { parseSnippet, unescapeEntities } from './snippet';

describe('search snippets', () => {
  it('splits the matches from the text around them', () => {
    expect(parseSnippet('Söker <mark>bidrag</mark> för <mark>lokaler</mark>.')).toEqual([
      { text: 'Söker ', marked: false },
      { text: 'bidrag', marked: true },
      { text: ' för ', marked: false },
      { text: 'lokaler', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('shows escaped markup as text, never as HTML', () => {
    expect(parseSnippet('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>bidrag</mark>')).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: 'bidrag', marked: true },
    ]);
  });

  it('undoes numeric entities and leaves unknown ones alone', () => {
    expect(unescapeEntities('&#39;a&#x27; &quot;b&quot; &nbsp;')).toBe(`'a' "b" &nbsp;`);
  });
});
