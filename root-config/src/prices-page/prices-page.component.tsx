import { DEFAULT_TIME_ZONE, formatMoney, localeOf, TableRegion } from '@consilium/web-kit';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicActions } from '../public-site/public-actions.component';
import { PublicQueryStatus } from '../public-site/public-query-status.component';
import { usePublicQuery } from '../public-site/use-public-query';
import {
  CURRENT_PRICE_LIST_QUERY,
  type CurrentPriceList,
  type PriceEntry,
} from './price-list-query';
import './prices-strings';

/** The panel sizes a fee is for, in the viewer's language: "2 specialists", "3 or more …". */
function panelSize(entry: PriceEntry, t: TFunction<'public'>): string {
  if (entry.maxSpecialists === null) {
    return t('prices.sizeOrMore', { count: entry.minSpecialists });
  }
  if (entry.maxSpecialists === entry.minSpecialists) {
    return t('prices.size', { count: entry.minSpecialists });
  }
  return t('prices.sizeRange', { min: entry.minSpecialists, max: entry.maxSpecialists });
}

/**
 * Prices (`/prices`): the fees by number of specialists from the price list in force, read from
 * billing through the gateway (not copied here), and what every fee includes and excludes.
 */
export function PricesPage(): ReactElement {
  const { t, i18n } = useTranslation('public');
  const { state, retry } = usePublicQuery<CurrentPriceList>(CURRENT_PRICE_LIST_QUERY);
  const list = state.status === 'ready' ? state.data.currentPriceList : null;
  // billing writes what a fee includes in English, as the invoice prints it
  const billingLanguage = i18n.language === 'en' ? undefined : 'en';
  return (
    <section className="page prose" aria-labelledby="prices-title">
      <h1 id="prices-title">{t('title.prices')}</h1>
      <p className="lead">{t('prices.intro')}</p>
      <PublicQueryStatus state={state} onRetry={retry} />
      {list && (
        <>
          <h2 id="prices-fees-title">{t('prices.feesTitle')}</h2>
          <TableRegion labelledBy="prices-fees-title">
            <table className="price-table">
              <thead>
                <tr>
                  <th scope="col">{t('prices.panel')}</th>
                  <th scope="col">{t('prices.fee')}</th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((entry) => (
                  <tr key={entry.minSpecialists}>
                    <th scope="row">{panelSize(entry, t)}</th>
                    <td>{formatMoney(entry.amount, list.currency, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <p className="muted">
            {t('prices.version', {
              version: list.version,
              date: new Intl.DateTimeFormat(localeOf(i18n.language), {
                dateStyle: 'long',
                timeZone: DEFAULT_TIME_ZONE,
              }).format(new Date(list.effectiveFrom)),
            })}
          </p>
          <p>{t('prices.whenYouPay')}</p>
          <h2 id="prices-includes-title">{t('prices.includesTitle')}</h2>
          <ul aria-labelledby="prices-includes-title" lang={billingLanguage}>
            {list.includes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h2 id="prices-excludes-title">{t('prices.excludesTitle')}</h2>
          <ul aria-labelledby="prices-excludes-title" lang={billingLanguage}>
            {list.excludes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {billingLanguage && <p className="muted">{t('prices.inEnglish')}</p>}
        </>
      )}
      <PublicActions next={{ path: '/how-it-works', label: t('title.howItWorks') }} />
    </section>
  );
}
