import { createElement, type ReactNode } from 'react';

import { type Block, type Inline, parseMarkdown } from './markdown-parser';

function inlines(nodes: Inline[], rel: string): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'strong':
        return <strong key={index}>{inlines(node.children, rel)}</strong>;
      case 'emphasis':
        return <em key={index}>{inlines(node.children, rel)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} rel={rel}>
            {inlines(node.children, rel)}
          </a>
        );
    }
  });
}

function block(node: Block, index: number, headingOffset: number | null, rel: string): ReactNode {
  switch (node.type) {
    case 'heading': {
      const children = inlines(node.children, rel);
      if (headingOffset === null) {
        return (
          <p key={index}>
            <strong>{children}</strong>
          </p>
        );
      }
      return createElement(`h${Math.min(6, node.level + headingOffset)}`, { key: index }, children);
    }
    case 'paragraph':
      return <p key={index}>{inlines(node.children, rel)}</p>;
    case 'list': {
      const items = node.items.map((item, itemIndex) => <li key={itemIndex}>{inlines(item, rel)}</li>);
      return node.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
    }
  }
}

interface MarkdownProps {
  source: string;
  /**
   * A number: the level the body's biggest heading gets — a body shown under
   * an <h2> starts its headings at 3, so the page's outline stays in order
   * whether the author began with # or ###. 'bold': headings are shown as
   * bold paragraphs, for posts that sit between headings of the page's own.
   */
  headings: number | 'bold';
  /**
   * Written by members (threads, replies) rather than by coordinators: their
   * links get no ranking credit from the portal (rel="nofollow ugc").
   */
  memberContent?: boolean;
}

/** Markdown shown as React elements, never as HTML (see markdown-parser.ts for what is understood). */
export function Markdown({ source, headings, memberContent = false }: MarkdownProps) {
  const blocks = parseMarkdown(source);
  const biggest = Math.min(7, ...blocks.map((node) => (node.type === 'heading' ? node.level : 7)));
  // Links lead away from the portal: no referrer, and no access to this window.
  const rel = memberContent ? 'noopener noreferrer nofollow ugc' : 'noopener noreferrer';
  return <>{blocks.map((node, index) => block(node, index, headings === 'bold' ? null : headings - biggest, rel))}</>;
}
