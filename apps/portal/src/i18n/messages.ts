import type { Language } from './language';
import { useLanguage } from './language-provider';

/** A message is text, or a function of its values for text that varies (counts, names). */
export type Message = string | ((...values: never[]) => string);
export type Catalogue = Record<string, Message>;

/** The English catalogue must have exactly the Swedish one's keys, with the same function signatures. */
export type Translation<C extends Catalogue> = { [K in keyof C]: C[K] extends string ? string : C[K] };

export interface Messages<C extends Catalogue> {
  sv: C;
  en: Translation<C>;
}

/**
 * A feature's texts in both languages, checked by the compiler: a key missing
 * from the English catalogue (or one too many) does not build. Each feature
 * keeps its own messages.ts beside its pages, so lazy areas carry their own
 * texts and no one edits a shared catalogue.
 */
export function defineMessages<C extends Catalogue>(messages: Messages<C>): Messages<C> {
  return messages;
}

export function messagesFor<C extends Catalogue>(messages: Messages<C>, language: Language): C {
  return messages[language] as C;
}

/** The catalogue in the visitor's language: `const t = useMessages(messages); t.title; t.results(3)`. */
export function useMessages<C extends Catalogue>(messages: Messages<C>): C {
  return messagesFor(messages, useLanguage().language);
}
