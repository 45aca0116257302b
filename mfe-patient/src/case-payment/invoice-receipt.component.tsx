import { useApolloClient } from '@apollo/client/react';
import { formatMoney, useFreshLinkDownload } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../erasure/erasure-dates';
import { graphql, useFragment, type FragmentType } from '../gql';
import { PATIENT_INVOICE_DOWNLOAD } from './case-payment-queries';
import './case-payment-strings';

export const INVOICE_RECEIPT = graphql(`
  fragment InvoiceReceipt on Invoice {
    id
    number
    issuedAt
    amount
    currency
    amountInWords
    refundedAmount
    billedTo
    description
    specialistNames
    paymentReference
    includes
    excludes
  }
`);

/**
 * The invoice and receipt of a paid case: number, date, who paid, the fee in figures and in
 * words, what of it has been refunded (in full, or how much), the specialists, what it includes
 * and does not include, the payment reference; and
 * "Download invoice (PDF)", which asks for a fresh signed link first (links live 5 minutes).
 * @param props.caseId - the case
 * @param props.data - the invoice
 */
export function InvoiceReceipt(props: {
  caseId: string;
  data: FragmentType<typeof INVOICE_RECEIPT>;
}): ReactElement {
  const invoice = useFragment(INVOICE_RECEIPT, props.data);
  const { t, i18n } = useTranslation('patient');
  const client = useApolloClient();
  const money = (paise: number): string => formatMoney(paise, invoice.currency, i18n.language);
  const { download, busy, failed } = useFreshLinkDownload(async () => {
    const fresh = await client.query({
      query: PATIENT_INVOICE_DOWNLOAD,
      variables: { id: props.caseId },
      fetchPolicy: 'network-only',
    });
    return fresh.data?.case.invoice?.downloadUrl;
  });
  return (
    <section aria-labelledby="invoice-title" className="card">
      <h3 id="invoice-title">{t('payment.invoiceTitle')}</h3>
      <dl className="facts">
        <dt>{t('payment.invoiceNumber')}</dt>
        <dd id="invoice-number">{invoice.number}</dd>
        <dt>{t('payment.invoiceDate')}</dt>
        <dd>{formatDay(invoice.issuedAt, i18n.language)}</dd>
        <dt>{t('payment.billedTo')}</dt>
        <dd>{invoice.billedTo}</dd>
        <dt>{t('payment.service')}</dt>
        <dd>{invoice.description}</dd>
        {invoice.specialistNames.length > 0 && (
          <>
            <dt>{t('payment.specialists')}</dt>
            <dd>{invoice.specialistNames.join(', ')}</dd>
          </>
        )}
        <dt>{t('payment.amountPaid')}</dt>
        <dd id="invoice-amount">{money(invoice.amount)}</dd>
        <dt>{t('payment.inWords')}</dt>
        <dd id="invoice-amount-words">{invoice.amountInWords}</dd>
        {invoice.refundedAmount > 0 && (
          <>
            <dt>{t('payment.invoiceRefunded')}</dt>
            <dd id="invoice-refunded">
              {invoice.refundedAmount >= invoice.amount
                ? t('payment.invoiceRefundedFull', { amount: money(invoice.refundedAmount) })
                : t('payment.invoiceRefundedPart', {
                    amount: money(invoice.refundedAmount),
                    paid: money(invoice.amount),
                  })}
            </dd>
          </>
        )}
        <dt>{t('payment.reference')}</dt>
        <dd className="document-name">{invoice.paymentReference}</dd>
      </dl>
      <details>
        <summary>{t('payment.whatFeeCovers')}</summary>
        <h4 id="invoice-includes">{t('payment.includes')}</h4>
        <ul aria-labelledby="invoice-includes">
          {invoice.includes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h4 id="invoice-excludes">{t('payment.excludes')}</h4>
        <ul aria-labelledby="invoice-excludes">
          {invoice.excludes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </details>
      <p>
        <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
          {t('payment.downloadInvoice')}
        </button>
      </p>
      {failed && (
        <p role="alert" className="error">
          {t('payment.downloadFailed')}
        </p>
      )}
    </section>
  );
}
