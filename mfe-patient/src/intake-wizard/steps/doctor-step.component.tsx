import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupError } from '../../form-parts/choice-fields';
import type { StepProps } from './step-props';

/** Step 3: the treating doctor (name, specialty, hospital, city) and the treatment they advised. */
export function DoctorStep({ values, update, errors }: StepProps): ReactElement {
  const { t } = useTranslation('patient');
  const doctor = values.treatingPractitioner;
  const field = (path: string, label: string): ReactElement => {
    const id = `intake-treatingPractitioner-${path}`;
    return (
      <FormField
        id={id}
        label={label}
        value={doctor[path] ?? ''}
        onChange={(value) => update({ treatingPractitioner: { ...doctor, [path]: value } })}
        error={errors[id]}
      />
    );
  };
  return (
    <>
      <fieldset id="intake-treatingPractitioner">
        <legend>{t('intake.treatingDoctor')}</legend>
        <GroupError
          id="intake-treatingPractitioner"
          message={errors['intake-treatingPractitioner']}
        />
        {field('fullName', t('wizard.doctorName'))}
        {field('specialty', t('wizard.specialty'))}
        {field('hospital', t('wizard.hospital'))}
        {field('city', t('reg.city'))}
      </fieldset>
      <FormField
        id="intake-treatmentAdvised"
        label={t('intake.treatmentAdvised')}
        hint={t('wizard.treatmentAdvisedHint')}
        rows={4}
        value={values.treatmentAdvised}
        onChange={(treatmentAdvised) => update({ treatmentAdvised })}
        error={errors['intake-treatmentAdvised']}
      />
    </>
  );
}
