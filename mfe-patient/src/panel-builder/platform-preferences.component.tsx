import { FieldError } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../form-parts/choice-fields';
import { CONSULTING_LANGUAGES } from '../specialist-directory/directory-filter';
import type { PanelDraft } from './panel-request';

/** A list of checkboxes in a fieldset whose id is the API field's (its error shows there). */
function CheckboxList(props: {
  id: string;
  legend: string;
  hint: string;
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string;
}): ReactElement {
  const describedBy = [`${props.id}-hint`, ...(props.error ? [`${props.id}-error`] : [])];
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      aria-invalid={props.error ? true : undefined}
      aria-describedby={describedBy.join(' ')}
    >
      <legend>{props.legend}</legend>
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
      {props.error && <FieldError id={`${props.id}-error`} message={props.error} />}
      <div className="choices">
        {props.options.map((option) => {
          const optionId = `${props.id}-${option.value.replace(/[^A-Za-z0-9]+/g, '-')}`;
          return (
            <div className="choice" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                checked={props.chosen.includes(option.value)}
                onChange={(event) =>
                  props.onChange(
                    event.target.checked
                      ? [...props.chosen, option.value]
                      : props.chosen.filter((value) => value !== option.value),
                  )
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * When the platform chooses: how many doctors (one, several, a board), the specialties to
 * include (optional) and the languages to consult in, preferred first (in the order ticked).
 */
export function PlatformPreferences(props: {
  draft: PanelDraft;
  specialties: readonly string[];
  onChange: (change: Partial<PanelDraft>) => void;
  errors: Readonly<Record<string, string>>;
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <RadioGroupField
        id="requestedPanel-preferredSize"
        legend={t('panel.preferredSize')}
        options={(['SINGLE', 'MULTIPLE', 'BOARD'] as const).map((size) => ({
          value: size,
          label: t(`panel.mode.${size}`),
        }))}
        value={props.draft.preferredSize}
        onChange={(size) => props.onChange({ preferredSize: size as PanelDraft['preferredSize'] })}
        error={props.errors['requestedPanel-preferredSize']}
      />
      <CheckboxList
        id="requestedPanel-specialties"
        legend={t('panel.specialties')}
        hint={t('panel.specialtiesHint')}
        options={props.specialties.map((specialty) => ({ value: specialty, label: specialty }))}
        chosen={props.draft.specialties}
        onChange={(specialties) => props.onChange({ specialties })}
        error={props.errors['requestedPanel-specialties']}
      />
      <CheckboxList
        id="requestedPanel-preferredLanguages"
        legend={t('panel.languages')}
        hint={t('panel.languagesHint')}
        options={CONSULTING_LANGUAGES.map((language) => ({
          value: language,
          label: t(`lang.${language}`, { defaultValue: language }),
        }))}
        chosen={props.draft.languages}
        onChange={(languages) => props.onChange({ languages })}
        error={props.errors['requestedPanel-preferredLanguages']}
      />
    </>
  );
}
