import { parseInline, parseMarkdown, safeHref } from './markdown-parser';

describe('the minutes’ Markdown', () => {
  it('reads headings, paragraphs and lists', () => {
    expect(parseMarkdown('# Beslut\n\nMötet beslutade\natt fortsätta.\n\n- ett\n- två\n\n1. först\n2. sedan')).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Beslut' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Mötet beslutade att fortsätta.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'ett' }], [{ type: 'text', text: 'två' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'först' }], [{ type: 'text', text: 'sedan' }]] },
    ]);
  });

  it('reads emphasis, code and http(s) links', () => {
    expect(parseInline('**viktigt** och *lite* `kod` [MUCF](https://www.mucf.se)')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'viktigt' }] },
      { type: 'text', text: ' och ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'lite' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'kod' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://www.mucf.se/', children: [{ type: 'text', text: 'MUCF' }] },
    ]);
  });

  it('keeps only the text of links that are not http(s), and never treats HTML as markup', () => {
    expect(parseInline('[klicka](javascript:alert(1)) <b>x</b>')).toEqual([
      { type: 'text', text: 'klicka' },
      { type: 'text', text: ') <b>x</b>' },
    ]);
    expect(safeHref('mailto:a@b.se')).toBeNull();
    expect(safeHref('/relativ')).toBeNull();
  });
});
