import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { uk } from './uk';

export const languages = ['uk', 'en'] as const;
export type Language = (typeof languages)[number];

export const resources = { uk: { translation: uk }, en: { translation: en } };

const STORAGE_KEY = 'zalik.language';

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return languages.find((l) => l === saved) ?? 'uk';
  } catch {
    return 'uk';
  }
}

/** A fresh i18next instance (tests make one each); remembers the choice and keeps <html lang> in step. */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // private mode: the choice lasts for this page only
    }
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
