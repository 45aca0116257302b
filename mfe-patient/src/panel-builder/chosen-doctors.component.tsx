import { FieldError } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelMode } from '../gql/graphql';
import type { DirectoryDoctor } from '../specialist-directory/specialist-directory.component';
import { MODE_SIZES } from './panel-request';

/**
 * The doctors chosen so far, each with "Remove", how many the mode takes, and for a board which
 * specialties are repeated. Its id is the API field's (`requestedPanel-specialistIds`), so an
 * error the server gives about the doctors shows here, and focus comes here with it.
 */
export function ChosenDoctors(props: {
  mode: Exclude<PanelMode, 'PLATFORM_CHOOSES'>;
  doctors: readonly DirectoryDoctor[];
  repeated: readonly string[];
  onRemove: (doctorId: string) => void;
  error?: string;
}): ReactElement {
  const { t } = useTranslation('patient');
  const id = 'requestedPanel-specialistIds';
  const [min, max] = MODE_SIZES[props.mode];
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-invalid={props.error ? true : undefined}
      aria-describedby={[`${id}-hint`, ...(props.error ? [`${id}-error`] : [])].join(' ')}
      className={props.error ? 'field-invalid' : undefined}
    >
      <legend>{t('panel.chosenTitle')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t(`panel.modeTakes.${props.mode}`, { min, max })}{' '}
        {t('panel.chosenCount', { count: props.doctors.length })}
      </p>
      {props.error && <FieldError id={`${id}-error`} message={props.error} />}
      {props.doctors.length === 0 ? (
        <p className="muted">{t('panel.noneChosen')}</p>
      ) : (
        <ol>
          {props.doctors.map((doctor) => (
            <li key={doctor.id}>
              {doctor.fullName} ({doctor.specialty}){' '}
              <button
                type="button"
                className="link-button"
                onClick={() => props.onRemove(doctor.id)}
              >
                {t('panel.remove', { name: doctor.fullName })}
              </button>
            </li>
          ))}
        </ol>
      )}
      {props.mode === 'BOARD' && props.repeated.length > 0 && (
        <p className="notice">
          {t('panel.boardRepeated', { specialties: props.repeated.join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
