/**
 * The small part of Markdown that the portal's texts are written in (minutes,
 * threads and replies): headings, paragraphs, bulleted and numbered lists,
 * **strong**, *emphasis*, `code`, [links](https://…) and bare https://
 * addresses. Parsed into a tree that markdown.tsx turns into React elements,
 * so the text is never HTML: whatever a body contains is shown as text.
 * Links are kept only for http(s) and mailto addresses; others (such as
 * javascript:) are shown as their text alone.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'emphasis'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  { type: 'heading'; level: number; children: Inline[] } | { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
// Tried in order at each position: code first (nothing inside it is markup), then links, strong, emphasis and bare addresses.
// Underscores count only outside words, so that snake_case names stay as written; a bare address leaves out the punctuation that ends a sentence.
const INLINE =
  /`([^`]+)`|\[([^\]]+)\]\(\s*([^)\s]+)\s*\)|\*\*(.+?)\*\*|(?<!\w)__(.+?)__(?!\w)|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)|(https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"])/g;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address when it is http(s) or mailto, for a link to follow; null for any other scheme or a malformed address. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) result.push({ type: 'text', text: text.slice(last, match.index) });
    const [whole, code, linkText, href, strong1, strong2, emphasis1, emphasis2, bare] = match;
    if (code !== undefined) result.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeHref(href);
      result.push(safe ? { type: 'link', href: safe, children: parseInline(linkText) } : { type: 'text', text: linkText });
    } else if ((strong1 ?? strong2) !== undefined) result.push({ type: 'strong', children: parseInline((strong1 ?? strong2)!) });
    else if ((emphasis1 ?? emphasis2) !== undefined) result.push({ type: 'emphasis', children: parseInline((emphasis1 ?? emphasis2)!) });
    else if (bare !== undefined) {
      const safe = safeHref(bare);
      result.push(safe ? { type: 'link', href: safe, children: [{ type: 'text', text: bare }] } : { type: 'text', text: bare });
    } else result.push({ type: 'text', text: whole });
    last = match.index + whole.length;
  }
  if (last < text.length) result.push({ type: 'text', text: text.slice(last) });
  return result;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    if (!line) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length, children: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet ?? numbered)![1]!;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item);
    } else if (list) {
      // A line right under a list item, without a marker, continues that item (as in CommonMark).
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
