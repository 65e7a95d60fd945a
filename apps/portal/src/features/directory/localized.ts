import type { Language } from '../../i18n/language';

/** A text from the API in the visitor's language where the API has it, else the Swedish original marked as such. */
export interface LocalizedText {
  text: string;
  /** Set when the text is not in the page's language, for the `lang` attribute (screen readers then pronounce it right). */
  lang?: 'sv';
}

/** Picks the English version for English visitors when there is one; the API's other texts are Swedish only. */
export function localized(language: Language, swedish: string, english?: string | null): LocalizedText {
  if (language === 'sv') return { text: swedish };
  return english ? { text: english } : { text: swedish, lang: 'sv' };
}

/** The `lang` attribute for a Swedish-only API text (summaries, target groups, how to apply): needed on English pages only. */
export function swedishLang(language: Language): 'sv' | undefined {
  return language === 'en' ? 'sv' : undefined;
}
