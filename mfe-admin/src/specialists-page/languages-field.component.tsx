import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_LANGUAGES } from './profile-values';

/**
 * The consulting languages: a check box for each common Indian language, and a box for others
 * (comma-separated). An error about the languages is shown at the box for others.
 * @param props.chosen - the languages ticked
 * @param props.others - what is typed for others
 * @param props.error - the server's message, if any
 */
export function LanguagesField(props: {
  chosen: readonly string[];
  others: string;
  onChosen: (languages: string[]) => void;
  onOthers: (others: string) => void;
  error?: string | null;
}): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <fieldset className="field">
      <legend>{t('spec.languages')}</legend>
      <div className="choices">
        {COMMON_LANGUAGES.map((language) => (
          <label key={language} className="choice">
            <input
              type="checkbox"
              name="languages"
              value={language}
              checked={props.chosen.includes(language)}
              onChange={(event) =>
                props.onChosen(
                  event.target.checked
                    ? [...props.chosen, language]
                    : props.chosen.filter((item) => item !== language),
                )
              }
            />{' '}
            {language}
          </label>
        ))}
      </div>
      <FormField
        id="spec-otherLanguages"
        label={t('spec.otherLanguages')}
        hint={t('spec.otherLanguagesHint')}
        value={props.others}
        onChange={props.onOthers}
        error={props.error}
      />
    </fieldset>
  );
}
