import type { ReactNode } from 'react';

/**
 * A small, safe subset of Markdown for threads and replies, rendered as React
 * elements (never as HTML, so nothing a member writes can run as script):
 * paragraphs, bulleted and numbered lists, **strong**, *emphasis*, `code`,
 * and links to http(s) addresses, written [text](url) or bare. Anything else
 * shows as the text it is. Headings become strong paragraphs, so that a post
 * cannot break the page's heading outline.
 */

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|(?<![\w])_(.+?)_(?![\w])|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"])/g;

/** The address if it is http(s), so that javascript: and data: links stay plain text. */
function safeUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function link(href: string, text: ReactNode, key: number): ReactNode {
  // Members' links lead away from the portal: no referrer, and no ranking credit for what anyone posts.
  return (
    <a key={key} href={href} rel="noopener noreferrer nofollow ugc">
      {text}
    </a>
  );
}

function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) nodes.push(text.slice(last, index));
    const [whole, strong, strongUnderscore, emphasis, emphasisUnderscore, code, linkText, linkUrl, bareUrl] = match;
    if (strong ?? strongUnderscore) {
      nodes.push(<strong key={key++}>{renderInline((strong ?? strongUnderscore)!)}</strong>);
    } else if (emphasis ?? emphasisUnderscore) {
      nodes.push(<em key={key++}>{renderInline((emphasis ?? emphasisUnderscore)!)}</em>);
    } else if (code) {
      nodes.push(<code key={key++}>{code}</code>);
    } else if (linkText && linkUrl) {
      const href = safeUrl(linkUrl);
      nodes.push(href ? link(href, renderInline(linkText), key++) : whole);
    } else if (bareUrl) {
      const href = safeUrl(bareUrl);
      nodes.push(href ? link(href, bareUrl, key++) : whole);
    }
    last = index + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'strong'; text: string } | ListBlock;
interface ListBlock {
  kind: 'ul' | 'ol';
  items: string[];
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*)$/;

function blocks(markdown: string): Block[] {
  const result: Block[] = [];
  // The block that a following line continues: a paragraph or a list, never a heading.
  let current = null as Exclude<Block, { kind: 'strong' }> | null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const heading = HEADING.exec(line);
    if (!line.trim()) {
      current = null;
    } else if (heading) {
      result.push({ kind: 'strong', text: heading[1]! });
      current = null;
    } else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const item = (bullet ?? numbered)![1]!;
      if (current?.kind === kind) current.items.push(item);
      else result.push((current = { kind, items: [item] }));
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else if (current) {
      // A line right under a list item continues it.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else {
      result.push((current = { kind: 'paragraph', lines: [line.trim()] }));
    }
  }
  return result;
}

/** A member's Markdown as safe React elements. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      {blocks(source).map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={index}>{renderInline(block.lines.join(' '))}</p>;
          case 'strong':
            return (
              <p key={index}>
                <strong>{renderInline(block.text)}</strong>
              </p>
            );
          default: {
            const List = block.kind;
            return (
              <List key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{renderInline(item)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
