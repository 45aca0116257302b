import { formatIndiaDateTime, ReportWriter } from '@consilium/subgraph-kit/pdf';
import { rupeesInFigures, rupeesInWords } from '../money/money';
import type { Invoice } from './invoice.entity';

/** Who issues the invoices: `BILLING_LEGAL_NAME`, `BILLING_ADDRESS`, `BILLING_GSTIN`. */
function issuer(): { name: string; address: string; gstin: string | null } {
  return {
    name: process.env['BILLING_LEGAL_NAME'] ?? 'Consilium Health Private Limited',
    address: process.env['BILLING_ADDRESS'] ?? 'New Delhi, India',
    gstin: process.env['BILLING_GSTIN'] ?? null,
  };
}

const METHOD_NAMES: Record<string, string> = {
  upi: 'UPI',
  card: 'Card',
  netbanking: 'Net banking',
  wallet: 'Wallet',
  emi: 'EMI',
};

function methodName(method: string): string {
  return METHOD_NAMES[method] ?? method;
}

function statusOf(amount: number, refunds: readonly { amount: number }[]): string {
  const refunded = refunds.reduce((sum, refund) => sum + refund.amount, 0);
  if (refunded <= 0) return 'Paid in full';
  if (refunded >= amount) return `Refunded in full (${rupeesInFigures(refunded)})`;
  return `Paid; ${rupeesInFigures(refunded)} refunded`;
}

/**
 * Prints an invoice and receipt (A4, the shared report layout): number and date, who issued it
 * and who paid, the panel, the fee in figures and in words (₹5,000.00 — Rupees five thousand
 * only), what the fee includes and excludes, and the payment reference, then the refunds processed
 * since (the invoice itself never changes). No clinical content.
 * @param invoice - the issued invoice
 * @param refunds - the processed refunds of its payment
 * @returns the PDF's bytes
 */
export async function renderInvoicePdf(
  invoice: Invoice,
  refunds: readonly {
    amount: number;
    processedAt: Date | null;
    providerRefundId: string | null;
  }[] = [],
): Promise<Buffer> {
  const from = issuer();
  const report = new ReportWriter({
    title: `Invoice ${invoice.number}`,
    author: from.name,
    subject: `Invoice and receipt ${invoice.number}`,
  });
  report.titleBlock('CONSILIUM · INVOICE AND RECEIPT', `Invoice ${invoice.number}`, [
    `Issued ${formatIndiaDateTime(invoice.issuedAt)} · financial year ${invoice.financialYear}`,
    `${from.name}, ${from.address}${from.gstin ? ` · GSTIN ${from.gstin}` : ''}`,
  ]);
  report.facts([
    ['Billed to', invoice.billedTo],
    ['Service', invoice.description],
    ['Specialists', invoice.specialistNames.join(', ') || null],
  ]);
  report.heading('Amount');
  report.facts([
    ['Amount paid', rupeesInFigures(invoice.amount)],
    ['In words', rupeesInWords(invoice.amount)],
    ['Payment reference', `${invoice.paymentReference} (${methodName(invoice.paymentMethod)})`],
    ['Status', statusOf(invoice.amount, refunds)],
  ]);
  if (refunds.length > 0) {
    report.heading('Refunds');
    report.list(
      refunds.map(
        (refund) =>
          `${rupeesInFigures(refund.amount)} refunded${refund.processedAt ? ` on ${formatIndiaDateTime(refund.processedAt)}` : ''}${refund.providerRefundId ? ` (reference ${refund.providerRefundId})` : ''}`,
      ),
      false,
      '—',
    );
  }
  report.heading('The fee includes');
  report.list(invoice.includes, false, '—');
  report.heading('The fee does not include');
  report.list(invoice.excludes, false, '—');
  report.text(`Fees of price list version ${invoice.priceListVersion}.`);
  return report.finish(
    `Consilium · Invoice ${invoice.number} · ${rupeesInFigures(invoice.amount)}`,
  );
}
