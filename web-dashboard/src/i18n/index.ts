import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['uk', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * The strings come in namespaces, one file per namespace and language (`bank.uk.ts`, `bank.en.ts`), each its own
 * chunk: the first page downloads only `shell` in the active language, a page's route loads the namespaces it
 * names in AppRoutes, and switching the language loads the other language of every namespace loaded so far.
 * Keys stay `area.key` (`bank.title`): a namespace holds whole areas, and a key not in `shell` is looked up in
 * the other namespaces (fallbackNS), so components call `useTranslation()` and `t('bank.title')` as ever.
 */
const files = import.meta.glob<{ default: object }>(['./*.uk.ts', './*.en.ts']);

export const namespaces = Object.keys(files)
  .filter((file) => file.endsWith('.uk.ts'))
  .map((file) => file.slice(2, -'.uk.ts'.length));

const SHELL = 'shell';

const bundledFiles: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, namespace, done) => {
    const load = files[`./${namespace}.${language}.ts`];
    if (!load) {
      done(new Error(`no strings for ${namespace} in ${language}`), false);
      return;
    }
    load().then((module) => done(null, module.default as Record<string, unknown>), (error: Error) => done(error, false));
  },
};

const STORAGE_KEY = 'zalik.language';

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return languages.find((l) => l === saved) ?? 'uk';
  } catch {
    return 'uk';
  }
}

/**
 * A fresh i18next instance (tests make one each); remembers the choice and keeps <html lang> in step.
 * It is ready (`isInitialized`, the `initialized` event, `whenReady`) once the shell's strings have arrived.
 */
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
  void instance.use(bundledFiles).use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: [SHELL],
    defaultNS: SHELL,
    fallbackNS: namespaces.filter((ns) => ns !== SHELL),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

/** Resolves once the instance has its shell strings (main.tsx renders nothing before). */
export function whenReady(instance: i18n): Promise<void> {
  return instance.isInitialized ? Promise.resolve() : new Promise((resolve) => instance.on('initialized', () => resolve()));
}
