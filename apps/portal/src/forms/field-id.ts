/** The element id of the control for an API field path (`input.website` → `field-input-website`): error summaries link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
