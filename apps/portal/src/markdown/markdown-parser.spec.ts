import { parseInline, parseMarkdown, safeHref } from './markdown-parser';

describe('the portal’s Markdown', () => {
  it('reads headings, paragraphs and lists', () => {
    expect(parseMarkdown('# Beslut\n\nMötet beslutade\natt fortsätta.\n\n- ett\n- två\n\n1. först\n2. sedan')).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Beslut' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Mötet beslutade att fortsätta.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'ett' }], [{ type: 'text', text: 'två' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'först' }], [{ type: 'text', text: 'sedan' }]] },
    ]);
  });

  it('continues a list item on the next line, and starts a new block after a heading', () => {
    expect(parseMarkdown('- Vem har\nnyckeln?\n## Sedan\nText')).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Vem har nyckeln?' }]] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sedan' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Text' }] },
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

  it('links bare addresses without the sentence’s punctuation, and leaves underscores inside words alone', () => {
    expect(parseInline('Se https://example.org/policy. Fältet my_field_name och _kursiv_.')).toEqual([
      { type: 'text', text: 'Se ' },
      { type: 'link', href: 'https://example.org/policy', children: [{ type: 'text', text: 'https://example.org/policy' }] },
      { type: 'text', text: '. Fältet my_field_name och ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'kursiv' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps only the text of links that are not http(s) or mailto, and never treats HTML as markup', () => {
    expect(parseInline('[klicka](javascript:alert(1)) <b>x</b>')).toEqual([
      { type: 'text', text: 'klicka' },
      { type: 'text', text: ') <b>x</b>' },
    ]);
    expect(parseInline('[skriv](mailto:a@b.se)')).toEqual([{ type: 'link', href: 'mailto:a@b.se', children: [{ type: 'text', text: 'skriv' }] }]);
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('/relativ')).toBeNull();
  });
});
