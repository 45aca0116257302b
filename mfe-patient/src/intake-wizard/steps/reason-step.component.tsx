import { SECOND_OPINION_REASONS } from '@consilium/validation';
import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../../form-parts/choice-fields';
import type { StepProps } from './step-props';

/** Step 4: why a second opinion: one of the six reasons, each explained, and more in own words. */
export function ReasonStep({ values, update, errors }: StepProps): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <RadioGroupField
        id="intake-reasonForSecondOpinion"
        legend={t('wizard.reasonLegend')}
        options={SECOND_OPINION_REASONS.map((value) => ({
          value,
          label: t(`reason.${value}`),
          hint: t(`reasonHint.${value}`),
        }))}
        value={values.reasonForSecondOpinion}
        onChange={(reasonForSecondOpinion) => update({ reasonForSecondOpinion })}
        error={errors['intake-reasonForSecondOpinion']}
        required
      />
      <FormField
        id="intake-reasonDetail"
        label={t('wizard.reasonDetail')}
        hint={t('wizard.reasonDetailHint')}
        rows={4}
        value={values.reasonDetail}
        onChange={(reasonDetail) => update({ reasonDetail })}
        error={errors['intake-reasonDetail']}
      />
    </>
  );
}
