import { FieldError } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The hospitals the specialist works at: one box each, with add and remove. An error about the
 * list is shown above the first box.
 * @param props.value - the hospitals as typed
 * @param props.onChange - called with the new list
 * @param props.error - the server's message, if any
 */
export function HospitalsField(props: {
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null;
}): ReactElement {
  const { t } = useTranslation('admin');
  const errorId = 'spec-hospitals-error';
  return (
    <fieldset className="list-editor">
      <legend>{t('spec.hospitals')}</legend>
      {props.error && <FieldError id={errorId} message={props.error} />}
      {props.value.map((hospital, index) => {
        const id = `spec-hospitals-${index}`;
        return (
          <div key={index} className="field toolbar">
            <label htmlFor={id}>{t('spec.hospital', { number: index + 1 })}</label>
            <input
              id={id}
              name={id}
              value={hospital}
              aria-invalid={props.error && index === 0 ? true : undefined}
              aria-describedby={props.error && index === 0 ? errorId : undefined}
              onChange={(event) =>
                props.onChange(
                  props.value.map((item, at) => (at === index ? event.target.value : item)),
                )
              }
            />
            <button
              type="button"
              className="secondary"
              onClick={() => props.onChange(props.value.filter((_, at) => at !== index))}
            >
              {t('spec.remove')}
              <span className="visually-hidden"> {t('spec.hospital', { number: index + 1 })}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => props.onChange([...props.value, ''])}
      >
        {t('spec.addHospital')}
      </button>
    </fieldset>
  );
}
