import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundField } from '../form-parts/field-problems';
import { GroupError } from '../form-parts/choice-fields';
import { stateOptions } from './registration-options';

/** The patient's address in India: lines, city, district, state (named in the UI language), PIN. */
export function AddressFields(props: {
  bind: (path: string) => BoundField;
  groupError?: string;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { bind } = props;
  return (
    <fieldset id="patient-address">
      <legend>{t('reg.address')}</legend>
      <GroupError id="patient-address" message={props.groupError} />
      <FormField {...bind('address.line1')} label={t('reg.line1')} autoComplete="address-line1" />
      <FormField {...bind('address.line2')} label={t('reg.line2')} autoComplete="address-line2" />
      <FormField {...bind('address.city')} label={t('reg.city')} autoComplete="address-level2" />
      <FormField {...bind('address.district')} label={t('reg.district')} />
      <FormField
        {...bind('address.state')}
        label={t('reg.state')}
        options={stateOptions(i18n.language, t('reg.choose'))}
      />
      <FormField
        {...bind('address.postalCode')}
        label={t('reg.postalCode')}
        hint={t('reg.postalCodeHint')}
        inputMode="numeric"
        autoComplete="postal-code"
      />
    </fieldset>
  );
}
