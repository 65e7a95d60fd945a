let counter = 0;

/** A key for a row the visitor added, unique on the page (rows from the API have no id of their own, or not yet). */
export function newKey(): string {
  counter += 1;
  return `row-${counter}`;
}

/** `items` with the one at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  const [moved] = result.splice(from, 1);
  result.splice(to, 0, moved!);
  return result;
}
