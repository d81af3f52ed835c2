import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { setKeyLabelLanguage } from './enum-labels';
import { en, nl, type Messages } from './messages';

export type Lang = 'nl' | 'en';
const LANG_KEY = 'duaal-monitor.lang';

interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  /** Numbers in the Belgian-Dutch (or English) way. */
  locale: string;
}

const I18nContext = createContext<I18n>({ lang: 'nl', t: nl, setLang: () => undefined, locale: 'nl-BE' });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl'));
  useEffect(() => {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }, [lang]);
  setKeyLabelLanguage(lang);
  const value: I18n = { lang, t: lang === 'en' ? (en as Messages) : nl, setLang, locale: lang === 'en' ? 'en-GB' : 'nl-BE' };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
