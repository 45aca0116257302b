import { instantOfLocal } from '@consilium/web-kit';
import type { PaymentFilter, PaymentStatus } from '../gql/graphql';

/** The payment statuses the filter offers, in the order of a payment's life. */
export const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'CAPTURED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'FAILED',
];

/** The payments list's filters as typed: every field a string, empty when not used. */
export interface PaymentFilterValues {
  /** a PaymentStatus, or empty for any */
  status: string;
  /** `yes` for flagged payments only, else empty */
  flagged: string;
  caseId: string;
  /** the first day shown, `YYYY-MM-DD` in the viewer's zone */
  from: string;
  /** the last day shown (inclusive), `YYYY-MM-DD` in the viewer's zone */
  to: string;
}

/** No filter: every payment. */
export const NO_PAYMENT_FILTER: PaymentFilterValues = {
  status: '',
  flagged: '',
  caseId: '',
  from: '',
  to: '',
};

/**
 * The filters kept in the page's address (`?status=REFUNDED&from=2026-11-01`), so Back, a reload
 * or a shared link shows the same list.
 * @param params - the address's query
 * @returns the filters as typed
 */
export function filterFromParams(params: URLSearchParams): PaymentFilterValues {
  const values = { ...NO_PAYMENT_FILTER };
  for (const key of Object.keys(values) as (keyof PaymentFilterValues)[]) {
    values[key] = params.get(key) ?? '';
  }
  return values;
}

/**
 * The filters in use as an address query (empty ones left out).
 * @param values - the filters as typed
 * @returns the query
 */
export function paramsOfFilter(values: PaymentFilterValues): URLSearchParams {
  return new URLSearchParams(
    Object.entries(values)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  );
}

/** The day after a `YYYY-MM-DD` date, in the same form. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The API's filter for the filters as typed; days are whole days in the viewer's zone (`to`
 * includes its day). A date the browser could not read is left out.
 * @param values - the filters as typed
 * @param timeZone - the viewer's IANA zone
 * @returns the filter, or null for none
 */
export function toPaymentFilter(
  values: PaymentFilterValues,
  timeZone: string,
): PaymentFilter | null {
  const filter: PaymentFilter = {};
  if ((PAYMENT_STATUSES as readonly string[]).includes(values.status)) {
    filter.status = values.status as PaymentStatus;
  }
  if (values.flagged === 'yes') filter.flagged = true;
  const caseId = values.caseId.trim();
  if (caseId) filter.caseId = caseId;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (day.test(values.from)) filter.from = instantOfLocal(`${values.from}T00:00`, timeZone);
  if (day.test(values.to)) filter.to = instantOfLocal(`${nextDay(values.to)}T00:00`, timeZone);
  return Object.keys(filter).length > 0 ? filter : null;
}
