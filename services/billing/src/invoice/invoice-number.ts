import type { EntityManager } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { InvoiceSequence } from './invoice.entity';

/**
 * The Indian financial year (1 April – 31 March, in India's time) of a moment: 2026-27 for
 * 2026-04-01T00:00+05:30 up to 2027-03-31T23:59+05:30.
 * @param at - the moment (UTC)
 * @returns e.g. "2026-27"
 */
export function financialYearOf(at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: 'Asia/Kolkata' });
  const start = local.month >= 4 ? local.year : local.year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The invoice number of a serial: `CNS/<yy-yy>/<serial, 6 digits>`, 16 characters (the most
 * CGST Rules 2017 rule 46(b) allows), e.g. CNS/26-27/000001.
 * @param financialYear - e.g. "2026-27"
 * @param sequence - the serial within the year, 1..999999
 */
export function invoiceNumber(financialYear: string, sequence: number): string {
  return `CNS/${financialYear.slice(2)}/${String(sequence).padStart(6, '0')}`;
}

/**
 * Takes the next serial of a financial year inside the caller's transaction, so an invoice that
 * is not committed gives its number back and the series has no gaps. The row's update locks it
 * until the transaction ends (PostgreSQL), and SQLite runs one writer at a time.
 * @param em - the transaction issuing the invoice
 * @param financialYear - e.g. "2026-27"
 * @returns the serial, from 1
 */
export async function nextInvoiceSequence(
  em: EntityManager,
  financialYear: string,
): Promise<number> {
  const connection = em.getConnection();
  const bumped = await connection.execute<{ last_sequence: number }[]>(
    'update invoice_sequence set last_sequence = last_sequence + 1 where financial_year = ? returning last_sequence',
    [financialYear],
    'all',
    em.getTransactionContext(),
  );
  if (bumped[0]) return Number(bumped[0].last_sequence);
  await em.insert(InvoiceSequence, { financialYear, lastSequence: 1 });
  return 1;
}
