import {
  ALLERGY_SEVERITIES,
  CONDITION_CLINICAL_STATUSES,
  INTAKE_LIMITS,
} from '@consilium/validation';
import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../form-parts/choice-fields';
import { ListEditor } from '../list-editor.component';
import type { StepProps } from './step-props';

/**
 * Step 2: the history: known conditions (ICD-10 code optional), medications, allergies (or an
 * explicit "no known allergies"), past procedures, investigations and anything else.
 */
export function HistoryStep({ values, update, errors }: StepProps): ReactElement {
  const { t } = useTranslation('patient');
  const notGiven = { value: '', label: t('wizard.notGivenOption') };
  return (
    <>
      <ListEditor
        section="conditions"
        title={t('intake.conditions')}
        itemLabel={(position) => t('wizard.conditionN', { position })}
        addLabel={t('wizard.addCondition')}
        fields={[
          { path: 'text', label: t('wizard.conditionName') },
          { path: 'code.code', label: t('wizard.icd10'), hint: t('wizard.icd10Hint') },
          { path: 'onsetDate', label: t('wizard.onsetDate'), type: 'date' },
          {
            path: 'clinicalStatus',
            label: t('wizard.clinicalStatus'),
            options: [
              notGiven,
              ...CONDITION_CLINICAL_STATUSES.map((value) => ({
                value,
                label: t(`clinicalStatus.${value}`),
              })),
            ],
          },
        ]}
        rows={values.conditions}
        onChange={(conditions) => update({ conditions })}
        errors={errors}
      />
      <ListEditor
        section="medications"
        title={t('intake.medications')}
        itemLabel={(position) => t('wizard.medicationN', { position })}
        addLabel={t('wizard.addMedication')}
        max={INTAKE_LIMITS.medications}
        fields={[
          { path: 'medication', label: t('wizard.medicationName') },
          { path: 'dose', label: t('wizard.dose'), hint: t('wizard.doseHint') },
          { path: 'frequency', label: t('wizard.frequency') },
          { path: 'route', label: t('wizard.route'), hint: t('wizard.routeHint') },
          { path: 'effectiveStart', label: t('wizard.started'), type: 'date' },
        ]}
        rows={values.medications}
        onChange={(medications) => update({ medications })}
        errors={errors}
      />
      <ListEditor
        section="allergies"
        title={t('intake.allergies')}
        intro={<p className="hint">{t('wizard.allergiesHint')}</p>}
        itemLabel={(position) => t('wizard.allergyN', { position })}
        addLabel={t('wizard.addAllergy')}
        fields={[
          { path: 'substance', label: t('wizard.substance') },
          { path: 'reaction', label: t('wizard.reaction') },
          {
            path: 'severity',
            label: t('wizard.allergySeverity'),
            options: [
              notGiven,
              ...ALLERGY_SEVERITIES.map((value) => ({
                value,
                label: t(`allergySeverity.${value}`),
              })),
            ],
          },
        ]}
        rows={values.allergies}
        onChange={(allergies) => update({ allergies })}
        errors={errors}
      >
        <CheckboxField
          id="intake-noKnownAllergies"
          label={t('intake.noKnownAllergies')}
          hint={t('wizard.noKnownAllergiesHint')}
          checked={values.noKnownAllergies}
          onChange={(noKnownAllergies) => update({ noKnownAllergies })}
          error={errors['intake-noKnownAllergies']}
        />
      </ListEditor>
      <ListEditor
        section="procedures"
        title={t('intake.procedures')}
        itemLabel={(position) => t('wizard.procedureN', { position })}
        addLabel={t('wizard.addProcedure')}
        fields={[
          { path: 'name', label: t('wizard.procedureName') },
          { path: 'performedDate', label: t('wizard.date'), type: 'date' },
          { path: 'location', label: t('wizard.location') },
        ]}
        rows={values.procedures}
        onChange={(procedures) => update({ procedures })}
        errors={errors}
      />
      <ListEditor
        section="investigations"
        title={t('intake.investigations')}
        itemLabel={(position) => t('wizard.investigationN', { position })}
        addLabel={t('wizard.addInvestigation')}
        fields={[
          { path: 'name', label: t('wizard.investigationName') },
          { path: 'date', label: t('wizard.date'), type: 'date' },
          { path: 'result', label: t('wizard.result'), rows: 4 },
        ]}
        rows={values.investigations}
        onChange={(investigations) => update({ investigations })}
        errors={errors}
      />
      <FormField
        id="intake-otherHistory"
        label={t('intake.otherHistory')}
        hint={t('wizard.otherHistoryHint')}
        rows={4}
        value={values.otherHistory}
        onChange={(otherHistory) => update({ otherHistory })}
        error={errors['intake-otherHistory']}
      />
    </>
  );
}
