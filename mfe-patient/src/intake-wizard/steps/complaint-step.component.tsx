import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEditor } from '../list-editor.component';
import type { StepProps } from './step-props';

/** Step 1: the presenting complaint in the patient's words, and the symptoms (onset, severity). */
export function ComplaintStep({ values, update, errors }: StepProps): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <FormField
        id="intake-presentingComplaint"
        label={t('intake.presentingComplaint')}
        hint={t('wizard.presentingComplaintHint')}
        rows={4}
        value={values.presentingComplaint}
        onChange={(presentingComplaint) => update({ presentingComplaint })}
        error={errors['intake-presentingComplaint']}
        required
      />
      <ListEditor
        section="symptoms"
        title={t('intake.symptoms')}
        intro={<p className="hint">{t('wizard.symptomsHint')}</p>}
        itemLabel={(position) => t('wizard.symptomN', { position })}
        addLabel={t('wizard.addSymptom')}
        fields={[
          { path: 'description', label: t('wizard.description'), rows: 4 },
          { path: 'onsetDate', label: t('wizard.onsetDate'), type: 'date' },
          {
            path: 'severity',
            label: t('wizard.severity'),
            hint: t('wizard.severityHint'),
            type: 'number',
            min: 1,
            max: 10,
          },
        ]}
        rows={values.symptoms}
        onChange={(symptoms) => update({ symptoms })}
        errors={errors}
      />
    </>
  );
}
