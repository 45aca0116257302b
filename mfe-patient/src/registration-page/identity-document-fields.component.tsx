import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundField } from '../form-parts/field-problems';
import { GroupError } from '../form-parts/choice-fields';
import { documentTypeOptions } from './registration-options';
import { isMaskedNumber } from './registration-values';

/**
 * An identity document's type and number, saying that an Aadhaar number is kept masked, and
 * what is stored already when it is a masked one.
 */
export function IdentityDocumentFields(props: {
  /** the API field of the document, as an element id (e.g. `patient-identifier`) */
  id: string;
  groupError?: string;
  legend: string;
  type: BoundField;
  number: BoundField;
  /** the number as stored, e.g. `XXXX XXXX 1234` */
  stored?: string | null;
}): ReactElement {
  const { t } = useTranslation('patient');
  const aadhaar = props.type.value === 'AADHAAR';
  const hints = [
    ...(aadhaar ? [t('reg.aadhaarMasked')] : []),
    ...(isMaskedNumber(props.stored) ? [t('reg.storedNumber', { number: props.stored })] : []),
  ];
  return (
    <fieldset id={props.id}>
      <legend>{props.legend}</legend>
      <GroupError id={props.id} message={props.groupError} />
      <FormField {...props.type} label={t('reg.documentType')} options={documentTypeOptions(t)} />
      <FormField
        {...props.number}
        label={t('reg.documentNumber')}
        hint={hints.length > 0 ? hints.join(' ') : undefined}
        autoComplete="off"
        verbatim
      />
    </fieldset>
  );
}
