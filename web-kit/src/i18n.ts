import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The UI languages: English and Hindi (BCP 47). */
export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'consilium.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'hi' ? 'hi' : 'en';
}

/** The one i18next instance every app shares (served once through the import map). */
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  resources: {},
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = i18n.language;

/**
 * Whether someone chose the UI language in this browser (else an account's preferred language
 * may set it after sign-in).
 * @returns true once the language switch was used here
 */
export function hasChosenLanguage(): boolean {
  return localStorage.getItem(STORAGE_KEY) !== null;
}

/**
 * Switches the UI language everywhere and remembers it in this browser.
 * @param language - `en` or `hi`
 * @param options - `remember: false` to switch without remembering (an account's preference
 *   applied at sign-in, which a choice made in this browser overrides)
 */
export function setLanguage(language: Language, options: { remember?: boolean } = {}): void {
  if (options.remember !== false) localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

/** Strings of one namespace in every UI language. */
export type Translations = Record<Language, Record<string, string>>;

/**
 * Registers an app's strings under its own namespace (e.g. `patient`).
 * @param namespace - the app's namespace
 * @param translations - English and Hindi strings with the same keys
 */
export function addTranslations(namespace: string, translations: Translations): void {
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, namespace, translations[language], true, true);
  }
}
