/** Swedish first (the portal of Swedish agencies), English second. */
export type Language = 'sv' | 'en';

export const DEFAULT_LANGUAGE: Language = 'sv';

/** BCP 47 tags for Intl: Swedish as written in Sweden, British English (day before month, 24-hour clock). */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Where the chosen language is kept between visits (the browser tests set it too). */
export const LANGUAGE_STORAGE_KEY = 'samverka.language';
