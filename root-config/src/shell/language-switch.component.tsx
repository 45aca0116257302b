import { LANGUAGES, setLanguage, type Language } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी' };

/** A labelled select that switches every app's language and remembers the choice. */
export function LanguageSwitch(): ReactElement {
  const { t, i18n } = useTranslation('shell');
  return (
    <label className="language-switch" data-keep-focus>
      {t('language')}{' '}
      <select
        value={i18n.language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
