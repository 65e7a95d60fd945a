import { type DescribedError, describeError } from '../../api/errors';
import type { Language } from '../../i18n/language';

/** A CONFLICT's record as it now is and its version, or null for any other failure. */
export function conflictOf(error: DescribedError): { current: Record<string, unknown>; currentVersion: number } | null {
  const { current, currentVersion } = error.extensions;
  if (error.code !== 'CONFLICT' || typeof currentVersion !== 'number' || !current || typeof current !== 'object') return null;
  return { current: current as Record<string, unknown>, currentVersion };
}

/** What a failed save means for the form: a conflict to merge, or an error to show. */
export function explainSaveError(caught: unknown, language: Language) {
  const described = describeError(caught, language);
  return { described, conflict: conflictOf(described) };
}

/** A text field of a record from the API (or of a CONFLICT's `current`) as form text. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A list field as the lines of a textarea. */
export function lines(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : '';
}

/** A set of enum values, sorted so that order is never a difference. */
export function choices(value: unknown): readonly string[] {
  return Array.isArray(value) ? [...(value as string[])].sort() : [];
}
