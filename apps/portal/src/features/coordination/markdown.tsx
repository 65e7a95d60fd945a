import { Fragment, type ReactNode } from 'react';

/**
 * A deliberately small Markdown renderer for the minutes preview: it builds
 * React elements (never HTML strings), so whatever is written can only ever
 * be text, and links are kept only when they are http(s). It knows
 * paragraphs, headings, bulleted and numbered lists, **strong**, *emphasis*
 * (or _emphasis_) and [links](https://…) — what minutes need.
 */

/** Markdown's `#` becomes this level: the preview sits under an <h2> of its own. */
const TOP_HEADING_LEVEL = 3;

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_/;

function safeHref(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let rest = text;
  let key = 0;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const [whole, linkText, href, strong, emphasis, underscored] = match;
    key += 1;
    if (linkText !== undefined) {
      const safe = safeHref(href!);
      nodes.push(
        safe ? (
          <a key={key} href={safe}>
            {inline(linkText)}
          </a>
        ) : (
          <Fragment key={key}>{inline(linkText)}</Fragment>
        ),
      );
    } else if (strong !== undefined) {
      nodes.push(<strong key={key}>{inline(strong)}</strong>);
    } else {
      nodes.push(<em key={key}>{inline(emphasis ?? underscored!)}</em>);
    }
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) nodes.push(rest);
  return nodes;
}

type Block = { type: 'heading'; level: number; text: string } | { type: 'paragraph'; lines: string[] } | { type: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function blocks(source: string): Block[] {
  const result: Block[] = [];
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const last = result[result.length - 1];
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (!line.trim()) {
      // A blank line ends the paragraph or list: the next line starts a new block.
      if (last && last.type !== 'heading') result.push({ type: 'paragraph', lines: [] });
    } else if (heading) {
      result.push({ type: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      const text = (bullet ?? numbered)![1]!;
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(text);
      else result.push({ type: 'list', ordered, items: [text] });
    } else if (last?.type === 'paragraph') {
      last.lines.push(line.trim());
    } else if (last?.type === 'list') {
      // A line under a list item without a marker continues that item.
      last.items[last.items.length - 1] += ` ${line.trim()}`;
    } else {
      result.push({ type: 'paragraph', lines: [line.trim()] });
    }
  }
  return result.filter((block) => block.type !== 'paragraph' || block.lines.length > 0);
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {blocks(source).map((block, index) => {
        if (block.type === 'heading') {
          const Heading = `h${Math.min(6, TOP_HEADING_LEVEL + block.level - 1)}` as 'h3';
          return <Heading key={index}>{inline(block.text)}</Heading>;
        }
        if (block.type === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={index}>
              {block.items.map((item, position) => (
                <li key={position}>{inline(item)}</li>
              ))}
            </List>
          );
        }
        return <p key={index}>{inline(block.lines.join(' '))}</p>;
      })}
    </>
  );
}
