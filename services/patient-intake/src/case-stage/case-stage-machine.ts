import type { EventType } from '@consilium/subgraph-kit';
import { CaseStage } from '../case/case-stage.enum';

const S = CaseStage;

/**
 * The allowed stage changes of a case (DESIGN.md §2, "Case stages"): for each event that can move
 * a case, the stages it may arrive in and where each goes. An event arriving in any other stage
 * is refused. Events not listed here (a case started, contacts, SLA breaches, summaries) never
 * change the stage.
 */
export const CASE_TRANSITIONS: Partial<Record<EventType, Partial<Record<CaseStage, CaseStage>>>> = {
  CaseSubmitted: { [S.DRAFT]: S.SUBMITTED },
  CaseConsented: { [S.SUBMITTED]: S.CONSENTED },
  // PanelRequested: see decideStage (the platform choosing first passes through PANEL_REQUESTED).
  SpecialistDeclined: { [S.AWAITING_CONFIRMATION]: S.AWAITING_CONFIRMATION },
  PanelConfirmed: { [S.AWAITING_CONFIRMATION]: S.AWAITING_PAYMENT },
  PaymentCaptured: { [S.AWAITING_PAYMENT]: S.ACTIVE },
  PaymentFailed: { [S.AWAITING_PAYMENT]: S.AWAITING_PAYMENT },
  InfoRequested: { [S.ACTIVE]: S.INFO_REQUESTED, [S.INFO_REQUESTED]: S.INFO_REQUESTED },
  InfoProvided: { [S.INFO_REQUESTED]: S.ACTIVE },
  ReportDelivered: { [S.OPINIONS_READY]: S.REPORT_DELIVERED },
  RefundProcessed: {
    [S.PANEL_REQUESTED]: S.CANCELLED,
    [S.AWAITING_CONFIRMATION]: S.CANCELLED,
    [S.AWAITING_PAYMENT]: S.CANCELLED,
    [S.ACTIVE]: S.CANCELLED,
    [S.INFO_REQUESTED]: S.CANCELLED,
  },
  ConsentWithdrawn: {
    [S.CONSENTED]: S.CANCELLED,
    [S.PANEL_REQUESTED]: S.CANCELLED,
    [S.AWAITING_CONFIRMATION]: S.CANCELLED,
    [S.AWAITING_PAYMENT]: S.CANCELLED,
  },
  // records refuses to erase while a case is paid and under way (ACTIVE, INFO_REQUESTED,
  // OPINIONS_READY); before payment nothing is owed back, so the erasure ends the case.
  ErasureCompleted: {
    [S.DRAFT]: S.CLOSED,
    [S.SUBMITTED]: S.CLOSED,
    [S.CONSENTED]: S.CLOSED,
    [S.PANEL_REQUESTED]: S.CLOSED,
    [S.AWAITING_CONFIRMATION]: S.CLOSED,
    [S.AWAITING_PAYMENT]: S.CLOSED,
    [S.REPORT_DELIVERED]: S.CLOSED,
    [S.CANCELLED]: S.CLOSED,
    [S.CLOSED]: S.CLOSED,
  },
};

/** The outcome of applying an event to a case's stage. */
export type StageDecision =
  | { kind: 'move'; from: CaseStage; to: CaseStage }
  | { kind: 'unchanged' }
  | { kind: 'refused'; from: CaseStage; reason: string };

/**
 * Decides what an event does to a case's stage. Three events depend on their data:
 * `InfoProvided` returns the case to ACTIVE only when no other request is open;
 * `PanelRequested` moves a consented case to PANEL_REQUESTED when the platform is to choose (and
 * operations' confirmed choice, a second PanelRequested, on to AWAITING_CONFIRMATION), otherwise
 * straight to AWAITING_CONFIRMATION; `OpinionSubmitted` moves an active case to OPINIONS_READY
 * only with the last (`final`) opinion; `RefundProcessed` cancels the case unless `closesCase` is false.
 * @param stage - the case's stage now
 * @param type - the event type
 * @param data - the event's data (read for `OpinionSubmitted.final`)
 * @returns move, unchanged (the event does not concern the stage) or refused (illegal)
 */
export function decideStage(stage: CaseStage, type: EventType, data: unknown): StageDecision {
  if (type === 'PanelRequested') {
    const platformChooses = (data as { mode?: string }).mode === 'PLATFORM_CHOOSES';
    if (stage === S.CONSENTED) {
      return {
        kind: 'move',
        from: stage,
        to: platformChooses ? S.PANEL_REQUESTED : S.AWAITING_CONFIRMATION,
      };
    }
    if (stage === S.PANEL_REQUESTED && !platformChooses) {
      return { kind: 'move', from: stage, to: S.AWAITING_CONFIRMATION };
    }
    return {
      kind: 'refused',
      from: stage,
      reason: `PanelRequested is not allowed while the case is ${stage}`,
    };
  }
  if (type === 'InfoProvided' && ((data as { openRequests?: number }).openRequests ?? 0) > 0) {
    // other requests of the case are still unanswered: it stays INFO_REQUESTED
    return stage === S.INFO_REQUESTED
      ? { kind: 'unchanged' }
      : {
          kind: 'refused',
          from: stage,
          reason: `InfoProvided is not allowed while the case is ${stage}`,
        };
  }
  if (type === 'RefundProcessed' && (data as { closesCase?: boolean }).closesCase === false) {
    // a partial refund, or one of a payment that never activated the case
    return { kind: 'unchanged' };
  }
  if (type === 'OpinionSubmitted') {
    if (stage !== S.ACTIVE && stage !== S.INFO_REQUESTED) {
      return {
        kind: 'refused',
        from: stage,
        reason: `an opinion cannot arrive while the case is ${stage}`,
      };
    }
    const final = (data as { final?: boolean }).final === true;
    return final ? { kind: 'move', from: stage, to: S.OPINIONS_READY } : { kind: 'unchanged' };
  }
  const table = CASE_TRANSITIONS[type];
  if (!table) return { kind: 'unchanged' };
  const to = table[stage];
  if (!to)
    return {
      kind: 'refused',
      from: stage,
      reason: `${type} is not allowed while the case is ${stage}`,
    };
  return { kind: 'move', from: stage, to };
}
