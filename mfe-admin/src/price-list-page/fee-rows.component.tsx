import { FormField } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { feeFieldId, type FeeDraft } from './price-list-draft';
import './price-list-strings';

/**
 * The fees of the next price list, one group each ("Fee 1", "Fee 2" …): its label, the panel
 * sizes it covers (from, to; "to" empty on the last, which covers every larger board) and the
 * amount in rupees; fees can be added and removed. Errors are shown at the part they name.
 * @param props.fees - the fees as typed
 * @param props.onChange - called with the new list
 * @param props.errors - messages by control id (see feeFieldId)
 */
export function FeeRows(props: {
  fees: readonly FeeDraft[];
  onChange: (fees: FeeDraft[]) => void;
  errors: Readonly<Record<string, string>>;
}): ReactElement {
  const { t } = useTranslation('admin');
  const change = (index: number, part: keyof Omit<FeeDraft, 'key'>) => (value: string) =>
    props.onChange(props.fees.map((fee, at) => (at === index ? { ...fee, [part]: value } : fee)));
  const add = (): void => {
    const last = props.fees[props.fees.length - 1];
    const key = props.fees.reduce((top, fee) => Math.max(top, fee.key), -1) + 1;
    const from = last ? String((Number(last.max || last.min) || 0) + 1) : '1';
    props.onChange([...props.fees, { key, label: '', min: from, max: '', amount: '' }]);
  };
  return (
    <fieldset className="list-editor">
      <legend>{t('price.fees')}</legend>
      <p className="hint">{t('price.feesHint')}</p>
      {props.fees.map((fee, index) => {
        const name = t('price.fee', { number: index + 1 });
        const field = (part: 'label' | 'min' | 'max' | 'amount') => ({
          id: feeFieldId(index, part),
          error: props.errors[feeFieldId(index, part)],
        });
        return (
          <fieldset key={fee.key}>
            <legend>{name}</legend>
            <FormField
              {...field('label')}
              label={t('price.feeLabel')}
              value={fee.label}
              onChange={change(index, 'label')}
              required
            />
            <div className="toolbar">
              <FormField
                {...field('min')}
                label={t('price.feeFrom')}
                value={fee.min}
                onChange={change(index, 'min')}
                inputMode="numeric"
                required
              />
              <FormField
                {...field('max')}
                label={t('price.feeTo')}
                value={fee.max}
                onChange={change(index, 'max')}
                inputMode="numeric"
              />
              <FormField
                {...field('amount')}
                label={t('price.feeAmount')}
                value={fee.amount}
                onChange={change(index, 'amount')}
                inputMode="decimal"
                required
              />
            </div>
            {props.fees.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => props.onChange(props.fees.filter((_, at) => at !== index))}
              >
                {t('price.removeFee')}
                <span className="visually-hidden"> {name}</span>
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={add}>
        {t('price.addFee')}
      </button>
    </fieldset>
  );
}
