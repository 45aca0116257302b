import { registerEnumType } from 'type-graphql';

/** Where a case is in the journey (DESIGN.md §2, "Case stages"). */
export enum CaseStage {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CONSENTED = 'CONSENTED',
  PANEL_REQUESTED = 'PANEL_REQUESTED',
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  ACTIVE = 'ACTIVE',
  INFO_REQUESTED = 'INFO_REQUESTED',
  OPINIONS_READY = 'OPINIONS_READY',
  REPORT_DELIVERED = 'REPORT_DELIVERED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CaseStage, { name: 'CaseStage', description: 'Where a case is in the journey.' });
