/**
 * The small part of Markdown that minutes are written in: headings,
 * paragraphs, bulleted and numbered lists, **strong**, *emphasis*, `code`
 * and [links](https://…). Parsed into a tree that markdown.tsx turns into
 * React elements, so the text is never HTML: whatever a body contains is
 * shown as text. Links are kept only for http(s) addresses; others (such as
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
// Tried in order at each position: code first (nothing inside it is markup), then links, strong, emphasis.
const INLINE = /`([^`]+)`|\[([^\]]+)\]\(\s*([^)\s]+)\s*\)|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_/g;

/** The address when it is http(s), for a link to follow; null for any other scheme or a malformed address. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) result.push({ type: 'text', text: text.slice(last, match.index) });
    const [whole, code, linkText, href, strong1, strong2, emphasis1, emphasis2] = match;
    if (code !== undefined) result.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeHref(href);
      result.push(safe ? { type: 'link', href: safe, children: parseInline(linkText) } : { type: 'text', text: linkText });
    } else if ((strong1 ?? strong2) !== undefined) result.push({ type: 'strong', children: parseInline((strong1 ?? strong2)!) });
    else if ((emphasis1 ?? emphasis2) !== undefined) result.push({ type: 'emphasis', children: parseInline((emphasis1 ?? emphasis2)!) });
    else result.push({ type: 'text', text: whole });
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
    } else if (list && /^\s/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
