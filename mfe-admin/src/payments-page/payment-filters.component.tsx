import { FormField } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_PAYMENT_FILTER, PAYMENT_STATUSES, type PaymentFilterValues } from './payment-filter';
import './payment-strings';

/** The element id of a filter's control, e.g. `pay-filter-caseId`. */
export function paymentFilterId(field: keyof PaymentFilterValues): string {
  return `pay-filter-${field}`;
}

/**
 * The payments list's filters: status, flagged only, case id and a date range (days in the
 * viewer's zone, which the page names). "Show" applies them, "Show every payment" clears them; an error the server
 * gives about a filter is shown at that filter.
 * @param props.applied - the filters in use (from the page's address)
 * @param props.onApply - called with the filters to use
 * @param props.errors - messages by element id (see paymentFilterId)
 */
export function PaymentFilters(props: {
  applied: PaymentFilterValues;
  onApply: (values: PaymentFilterValues) => void;
  errors: Readonly<Record<string, string>>;
}): ReactElement {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<PaymentFilterValues>(props.applied);
  const set = (field: keyof PaymentFilterValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    props.onApply(values);
  };
  const field = (name: keyof PaymentFilterValues) => ({
    id: paymentFilterId(name),
    value: values[name],
    onChange: set(name),
    error: props.errors[paymentFilterId(name)],
  });
  return (
    <form role="search" aria-label={t('pay.filters')} noValidate onSubmit={submit}>
      <div className="toolbar">
        <FormField
          {...field('status')}
          label={t('pay.filter.status')}
          options={[
            { value: '', label: t('pay.filter.anyStatus') },
            ...PAYMENT_STATUSES.map((status) => ({
              value: status,
              label: t(`pay.status.${status}`),
            })),
          ]}
        />
        <FormField {...field('caseId')} label={t('caseId')} verbatim />
        <FormField {...field('from')} type="date" label={t('pay.filter.from')} />
        <FormField {...field('to')} type="date" label={t('pay.filter.to')} />
      </div>
      <div className="field">
        <label className="choice">
          <input
            id={paymentFilterId('flagged')}
            type="checkbox"
            checked={values.flagged === 'yes'}
            onChange={(event) => set('flagged')(event.target.checked ? 'yes' : '')}
          />{' '}
          {t('pay.filter.flagged')}
        </label>
      </div>
      <p className="toolbar">
        <button type="submit">{t('pay.filter.show')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setValues(NO_PAYMENT_FILTER);
            props.onApply(NO_PAYMENT_FILTER);
          }}
        >
          {t('pay.filter.clear')}
        </button>
      </p>
    </form>
  );
}
