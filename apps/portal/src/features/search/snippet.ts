/** A piece of a search snippet: plain text, or a matched word to highlight. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The API's escaping undone, so that React (which escapes on its own) shows `&` and not `&amp;`. */
export function unescapeEntities(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower]!;
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The API's snippet ("HTML-escaped text with only <mark></mark> around the
 * matches") as parts to render as text: nothing in it is ever treated as
 * HTML, so a stray tag shows as text rather than running.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeEntities(piece), marked });
  }
  return parts;
}
