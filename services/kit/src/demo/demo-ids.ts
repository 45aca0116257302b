/**
 * Fixed ids of the demo data that `pnpm start` seeds, shared so each service seeds its part of
 * the same demo case. UUIDv7-shaped (version nibble 7, RFC 9562 variant).
 */
export const DEMO_IDS = {
  patient: '019ad000-0000-7000-8000-000000000001',
  case: '019ad000-0000-7000-8000-000000000101',
  panel: '019ad000-0000-7000-8000-000000000201',
  quote: '019ad000-0000-7000-8000-000000000301',
  documents: ['019ad000-0000-7000-8000-000000000501', '019ad000-0000-7000-8000-000000000502'],
  /** the demo GP's account (identity), who writes the demo case's summary */
  gpAccount: '019ad000-0000-7000-8000-000000002005',
  /** the demo case's GP summary (records) */
  caseSummary: '019ad000-0000-7000-8000-000000000601',
  specialists: [
    '019ad000-0000-7000-8000-000000001001',
    '019ad000-0000-7000-8000-000000001002',
    '019ad000-0000-7000-8000-000000001003',
    '019ad000-0000-7000-8000-000000001004',
    '019ad000-0000-7000-8000-000000001005',
  ],
} as const;
