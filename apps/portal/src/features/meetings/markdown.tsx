import { createElement, type ReactNode } from 'react';

import { type Block, type Inline, parseMarkdown } from './markdown-parser';

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'strong':
        return <strong key={index}>{inlines(node.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer">
            {inlines(node.children)}
          </a>
        );
    }
  });
}

function block(node: Block, index: number, headingOffset: number): ReactNode {
  switch (node.type) {
    case 'heading':
      return createElement(`h${Math.min(6, node.level + headingOffset)}`, { key: index }, inlines(node.children));
    case 'paragraph':
      return <p key={index}>{inlines(node.children)}</p>;
    case 'list': {
      const items = node.items.map((item, itemIndex) => <li key={itemIndex}>{inlines(item)}</li>);
      return node.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
    }
  }
}

interface MarkdownProps {
  source: string;
  /**
   * The level the body's biggest heading gets: a body shown under an <h2>
   * starts its headings at 3, so the page's outline stays in order whether
   * the author began with # or ###.
   */
  topHeadingLevel: number;
}

/** Markdown shown as React elements, never as HTML (see markdown-parser.ts for what is understood). */
export function Markdown({ source, topHeadingLevel }: MarkdownProps) {
  const blocks = parseMarkdown(source);
  const biggest = Math.min(7, ...blocks.map((node) => (node.type === 'heading' ? node.level : 7)));
  return <>{blocks.map((node, index) => block(node, index, topHeadingLevel - biggest))}</>;
}
