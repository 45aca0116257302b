import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupError } from '../../form-parts/choice-fields';
import { stateOptions } from '../../registration-page/registration-options';
import type { StepProps } from './step-props';

/** Step 7, first part: where the patient is now (city and state), for calls and visits. */
export function LocationStep({ values, update, errors }: StepProps): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const place = values.patientLocation;
  return (
    <fieldset id="intake-patientLocation">
      <legend>{t('intake.whereNow')}</legend>
      <p className="hint">{t('wizard.whereNowHint')}</p>
      <GroupError id="intake-patientLocation" message={errors['intake-patientLocation']} />
      <FormField
        id="intake-patientLocation-city"
        label={t('reg.city')}
        value={place['city'] ?? ''}
        onChange={(city) => update({ patientLocation: { ...place, city } })}
        error={errors['intake-patientLocation-city']}
      />
      <FormField
        id="intake-patientLocation-state"
        label={t('reg.state')}
        value={place['state'] ?? ''}
        options={stateOptions(i18n.language, t('reg.choose'))}
        onChange={(state) => update({ patientLocation: { ...place, state } })}
        error={errors['intake-patientLocation-state']}
      />
    </fieldset>
  );
}
