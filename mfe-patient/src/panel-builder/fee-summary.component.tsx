import { formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { priceFor, type PriceEntry } from './panel-request';

/** The price list in force, as the fee needs it. */
export interface PriceList {
  currency: string;
  includes: readonly string[];
  excludes: readonly string[];
  entries: readonly PriceEntry[];
}

/**
 * The fee of the panel as it stands, from the price list in force, announced politely as doctors
 * are added or removed; and what every fee includes and excludes, before anything is requested.
 * Nothing is charged now: payment follows the doctors' confirmation.
 * @param props.seats - how many doctors the panel has (or asks for)
 * @param props.priceList - null when billing could not be reached
 */
export function FeeSummary(props: { seats: number; priceList: PriceList | null }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const list = props.priceList;
  const entry = list ? priceFor(list.entries, props.seats) : null;
  let fee: string;
  if (!list) fee = t('panel.feeUnavailable');
  else if (props.seats < 1) fee = t('panel.feeNoDoctors');
  else if (!entry) fee = t('panel.feeNoEntry', { count: props.seats });
  else {
    fee = t('panel.feeFor', {
      count: props.seats,
      amount: formatMoney(entry.amount, list.currency, i18n.language),
    });
  }
  return (
    <section aria-labelledby="fee-title" className="card">
      <h3 id="fee-title">{t('panel.feeTitle')}</h3>
      <p role="status" aria-live="polite" id="panel-fee">
        <strong>{fee}</strong>
      </p>
      {list && (
        <>
          <p className="hint">{t('panel.feeWhen')}</p>
          <h4 id="fee-includes-title">{t('panel.includes')}</h4>
          <ul aria-labelledby="fee-includes-title">
            {list.includes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h4 id="fee-excludes-title">{t('panel.excludes')}</h4>
          <ul aria-labelledby="fee-excludes-title">
            {list.excludes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h4 id="fee-table-title">{t('panel.priceList')}</h4>
          <ul aria-labelledby="fee-table-title">
            {list.entries.map((item) => (
              <li key={`${item.minSpecialists}-${item.maxSpecialists ?? ''}`}>
                {t('panel.priceLine', {
                  size:
                    item.maxSpecialists == null
                      ? t('panel.sizeOrMore', { count: item.minSpecialists })
                      : item.maxSpecialists === item.minSpecialists
                        ? t('panelSize', { count: item.minSpecialists })
                        : t('panel.sizeRange', {
                            min: item.minSpecialists,
                            max: item.maxSpecialists,
                          }),
                  amount: formatMoney(item.amount, list.currency, i18n.language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
