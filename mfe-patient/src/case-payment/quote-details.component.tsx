import { formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import './case-payment-strings';

export const QUOTE_DETAILS = graphql(`
  fragment QuoteDetails on Quote {
    id
    amount
    currency
    panelSize
    label
    includes
    excludes
    expired
    expiresAt
    priceListVersion
  }
`);

/**
 * The fixed fee of a case (DESIGN.md §2 step 5): the fee line and amount, what it includes and
 * does not include, and until when it is valid (or that it has expired).
 * @param props.data - the quote
 * @param props.headingLevel - the level of its sub-headings (3 on the case page)
 */
export function QuoteDetails(props: {
  data: FragmentType<typeof QUOTE_DETAILS>;
  headingLevel?: 3 | 4;
}): ReactElement {
  const quote = useFragment(QUOTE_DETAILS, props.data);
  const { t, i18n } = useTranslation('patient');
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const idOf = (part: string): string => `quote-${quote.id}-${part}`;
  return (
    <div className="card">
      <dl className="facts">
        <dt>{t('payment.fee')}</dt>
        <dd id="quote-amount">
          <strong>
            {t('payment.feeLine', {
              label: quote.label,
              amount: formatMoney(quote.amount, quote.currency, i18n.language),
            })}
          </strong>
        </dd>
        <dt>{quote.expired ? t('payment.expiredOn') : t('payment.validUntil')}</dt>
        <dd id="quote-valid-until">
          {formatDateTime(quote.expiresAt, i18n.language)}
          {quote.expired && (
            <>
              {' '}
              <span className="badge warn">{t('payment.expired')}</span>
            </>
          )}
        </dd>
      </dl>
      <Heading id={idOf('includes')}>{t('payment.includes')}</Heading>
      <ul aria-labelledby={idOf('includes')}>
        {quote.includes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <Heading id={idOf('excludes')}>{t('payment.excludes')}</Heading>
      <ul aria-labelledby={idOf('excludes')}>
        {quote.excludes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="hint">{t('payment.priceList', { version: quote.priceListVersion })}</p>
    </div>
  );
}
