import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import type { Language } from '../i18n/language';
import { messagesFor } from '../i18n/messages';
import { errorMessages } from './messages';

/** The contract's `extensions.code`s, plus NETWORK for a server that could not be reached. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'REGISTRATION_CLOSED' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR' | 'NETWORK';

const KNOWN_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'REGISTRATION_CLOSED', 'RATE_LIMITED']);

/** Text with the language it is written in, so that it can be marked up with `lang` (the API explains fields in Swedish only). */
export interface LocalizedText {
  text: string;
  lang: Language;
}

/** Field path as the API names it (`email`, `input.website`) → what is wrong with it. */
export type FieldErrors = Record<string, LocalizedText>;

export interface DescribedError {
  code: ErrorCode;
  /** One sentence for the visitor, in their language. */
  message: string;
  fields: FieldErrors;
  /** The first error's extensions: e.g. `current` and `currentVersion` on a CONFLICT, to show what changed. */
  extensions: Record<string, unknown>;
}

/**
 * The API writes its messages "svenska / English": the half in the visitor's
 * language, or undefined for a message in one language only.
 */
function halfInLanguage(message: string, language: Language): string | undefined {
  const split = message.lastIndexOf(' / ');
  if (split < 0) return undefined;
  return (language === 'sv' ? message.slice(0, split) : message.slice(split + 3)).trim() || undefined;
}

/**
 * What went wrong with a request, in the visitor's language: a message for
 * the error summary and the fields to mark. The API's own words are used
 * where they are more specific than the generic text (a wrong password,
 * why registration closed); a raw GraphQL validation text never is.
 */
export function describeError(error: unknown, language: Language): DescribedError {
  const t = messagesFor(errorMessages, language);
  if (!CombinedGraphQLErrors.is(error)) {
    // fetch() rejects with a TypeError when nothing answers; a gateway answers 502–504 while the API restarts.
    const network = error instanceof TypeError || (ServerError.is(error) && error.statusCode >= 502 && error.statusCode <= 504);
    return { code: network ? 'NETWORK' : 'INTERNAL_SERVER_ERROR', message: network ? t.NETWORK : t.INTERNAL_SERVER_ERROR, fields: {}, extensions: {} };
  }
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const raw = typeof extensions.code === 'string' ? extensions.code : '';
  const code: ErrorCode = KNOWN_CODES.has(raw) ? (raw as ErrorCode) : 'INTERNAL_SERVER_ERROR';

  const fields: FieldErrors = {};
  for (const graphQLError of error.errors) {
    const reported = graphQLError.extensions?.fields;
    if (!reported || typeof reported !== 'object') continue;
    for (const [path, text] of Object.entries(reported as Record<string, unknown>)) {
      if (typeof text === 'string') fields[path] = { text, lang: 'sv' };
    }
  }

  let message: string;
  if (code === 'RATE_LIMITED') {
    message = t.RATE_LIMITED(typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 60);
  } else if (code === 'BAD_USER_INPUT' || code === 'INTERNAL_SERVER_ERROR') {
    message = t[code];
  } else {
    message = halfInLanguage(first?.message ?? '', language) ?? t[code];
  }
  return { code, message, fields, extensions };
}

/** An error found before asking the API (a required field left empty), shaped like one from it. */
export function inputError(fields: FieldErrors, language: Language): DescribedError {
  return { code: 'BAD_USER_INPUT', message: messagesFor(errorMessages, language).BAD_USER_INPUT, fields, extensions: {} };
}

/** True when any of the response's errors is `code`. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === code);
}
