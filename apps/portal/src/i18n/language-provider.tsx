import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { DEFAULT_LANGUAGE, type Language, LANGUAGE_STORAGE_KEY } from './language';
import { safeStorage } from './storage';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageContextValue>({ language: DEFAULT_LANGUAGE, setLanguage: () => undefined });

function storedLanguage(): Language {
  return safeStorage.get(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/** The visitor's language: kept in localStorage, and always mirrored in <html lang> so that screen readers pronounce the page right. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    safeStorage.set(LANGUAGE_STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}
