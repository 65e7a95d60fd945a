/** The element id of the control for an API field path (`input.website` → `field-input-website`): error summaries link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The ids of a field's hint and error (when it has them) and the aria-describedby that names both, for the control or group with `id`. */
export function fieldDescription(id: string, hint: unknown, error: unknown): { hintId?: string; errorId?: string; describedBy?: string } {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}
