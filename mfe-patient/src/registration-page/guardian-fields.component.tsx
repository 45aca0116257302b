import { GUARDIAN_RELATIONSHIPS } from '@consilium/validation';
import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundField } from '../form-parts/field-problems';
import { GroupError } from '../form-parts/choice-fields';
import { IdentityDocumentFields } from './identity-document-fields.component';

/** The parent or legal guardian of a patient under 18: required, with their own identity document. */
export function GuardianFields(props: {
  bind: (path: string) => BoundField;
  groupError?: string;
  identifierError?: string;
  age: number;
  storedNumber?: string | null;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { bind } = props;
  return (
    <fieldset id="patient-guardian">
      <legend>{t('reg.guardian')}</legend>
      <GroupError id="patient-guardian" message={props.groupError} />
      <p className="hint">{t('reg.guardianIntro', { age: props.age })}</p>
      <FormField {...bind('guardian.fullName')} label={t('reg.guardianName')} required />
      <FormField
        {...bind('guardian.relationship')}
        label={t('reg.guardianRelationship')}
        options={GUARDIAN_RELATIONSHIPS.map((value) => ({
          value,
          label: t(`relationship.${value}`),
        }))}
      />
      <FormField
        {...bind('guardian.phone')}
        label={t('reg.guardianPhone')}
        hint={t('reg.phoneHint')}
        type="tel"
        autoComplete="off"
      />
      <IdentityDocumentFields
        id="patient-guardian-identifier"
        groupError={props.identifierError}
        legend={t('reg.guardianDocument')}
        type={bind('guardian.identifier.type')}
        number={bind('guardian.identifier.value')}
        stored={props.storedNumber}
      />
    </fieldset>
  );
}
