import { parseSnippet } from './snippet';

/** A hit's snippet with its matched words in <mark>, built as React text: nothing from the API is rendered as HTML. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return <>{parseSnippet(snippet).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
