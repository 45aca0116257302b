import { CASE_EVENT_TYPES, type EventType } from '@consilium/subgraph-kit';
import { CaseStage } from '../case/case-stage.enum';
import { decideStage } from './case-stage-machine';

const S = CaseStage;

/** Every allowed move, written out by hand from DESIGN.md §2 (independent of the table). */
const ALLOWED: [CaseStage, EventType, unknown, CaseStage][] = [
  [S.DRAFT, 'CaseSubmitted', {}, S.SUBMITTED],
  [S.SUBMITTED, 'CaseConsented', {}, S.CONSENTED],
  [S.CONSENTED, 'PanelRequested', { mode: 'BOARD' }, S.AWAITING_CONFIRMATION],
  [S.CONSENTED, 'PanelRequested', { mode: 'PLATFORM_CHOOSES' }, S.PANEL_REQUESTED],
  [S.PANEL_REQUESTED, 'PanelRequested', { mode: 'BOARD' }, S.AWAITING_CONFIRMATION],
  [S.AWAITING_CONFIRMATION, 'SpecialistDeclined', {}, S.AWAITING_CONFIRMATION],
  [S.AWAITING_CONFIRMATION, 'PanelConfirmed', {}, S.AWAITING_PAYMENT],
  [S.AWAITING_PAYMENT, 'PaymentCaptured', {}, S.ACTIVE],
  [S.AWAITING_PAYMENT, 'PaymentFailed', {}, S.AWAITING_PAYMENT],
  [S.ACTIVE, 'InfoRequested', {}, S.INFO_REQUESTED],
  [S.INFO_REQUESTED, 'InfoRequested', {}, S.INFO_REQUESTED],
  [S.INFO_REQUESTED, 'InfoProvided', {}, S.ACTIVE],
  [S.ACTIVE, 'OpinionSubmitted', { final: true }, S.OPINIONS_READY],
  [S.INFO_REQUESTED, 'OpinionSubmitted', { final: true }, S.OPINIONS_READY],
  [S.OPINIONS_READY, 'ReportDelivered', {}, S.REPORT_DELIVERED],
  ...[
    S.PANEL_REQUESTED,
    S.AWAITING_CONFIRMATION,
    S.AWAITING_PAYMENT,
    S.ACTIVE,
    S.INFO_REQUESTED,
  ].map(
    (from) =>
      [from, 'RefundProcessed', {}, S.CANCELLED] as [CaseStage, EventType, unknown, CaseStage],
  ),
  ...[S.CONSENTED, S.PANEL_REQUESTED, S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT].map(
    (from) =>
      [from, 'ConsentWithdrawn', {}, S.CANCELLED] as [CaseStage, EventType, unknown, CaseStage],
  ),
  ...[
    S.DRAFT,
    S.SUBMITTED,
    S.CONSENTED,
    S.PANEL_REQUESTED,
    S.AWAITING_CONFIRMATION,
    S.AWAITING_PAYMENT,
    S.REPORT_DELIVERED,
    S.CANCELLED,
    S.CLOSED,
  ].map(
    (from) =>
      [from, 'ErasureCompleted', {}, S.CLOSED] as [CaseStage, EventType, unknown, CaseStage],
  ),
];

/** Events that are recorded on the timeline but never move a case. */
const NEUTRAL: EventType[] = [
  'CaseStarted',
  'SpecialistContacted',
  'SlaBreached',
  'CaseSummaryReady',
  'GpAssigned',
  'CaseSummaryOverdue',
  'ErasureRequested',
  'SpecialistInvited',
  'ContactReminderDue',
  'ConsentRenewed',
  'AppointmentChanged',
  'SpecialistAsked',
  'PartnerAccessGranted',
  'PartnerAccessRevoked',
  'ReferralClaimed',
];

const allowedKey = (stage: CaseStage, type: EventType, data: unknown): boolean =>
  ALLOWED.some(
    ([from, event, d]) =>
      from === stage && event === type && JSON.stringify(d) === JSON.stringify(data),
  );

describe('The case stage machine', () => {
  it.each(ALLOWED)('moves a case from %s on %s (%j) to %s', (from, type, data, to) => {
    expect(decideStage(from, type, data)).toEqual({ kind: 'move', from, to });
  });

  const refused: [CaseStage, EventType, unknown][] = [];
  for (const stage of Object.values(CaseStage)) {
    for (const type of CASE_EVENT_TYPES) {
      if (NEUTRAL.includes(type)) continue;
      const variants: unknown[] =
        type === 'PanelRequested'
          ? [{ mode: 'BOARD' }, { mode: 'PLATFORM_CHOOSES' }]
          : type === 'OpinionSubmitted'
            ? [{ final: true }]
            : [{}];
      for (const data of variants)
        if (!allowedKey(stage, type, data)) refused.push([stage, type, data]);
    }
  }

  it.each(refused)(
    'refuses, without moving, a case at %s receiving %s (%j)',
    (stage, type, data) => {
      expect(decideStage(stage, type, data)).toMatchObject({ kind: 'refused', from: stage });
    },
  );

  it('keeps a case INFO_REQUESTED while other requests for information are open', () => {
    expect(decideStage(S.INFO_REQUESTED, 'InfoProvided', { openRequests: 1 })).toEqual({
      kind: 'unchanged',
    });
    expect(decideStage(S.INFO_REQUESTED, 'InfoProvided', { openRequests: 0 })).toEqual({
      kind: 'move',
      from: S.INFO_REQUESTED,
      to: S.ACTIVE,
    });
    expect(decideStage(S.ACTIVE, 'InfoProvided', { openRequests: 1 })).toMatchObject({
      kind: 'refused',
    });
  });

  it('leaves the stage alone for a refund that does not close the case (partial, or of a payment that never counted)', () => {
    for (const stage of Object.values(CaseStage)) {
      expect(decideStage(stage, 'RefundProcessed', { closesCase: false })).toEqual({
        kind: 'unchanged',
      });
    }
    expect(decideStage(S.ACTIVE, 'RefundProcessed', { closesCase: true })).toEqual({
      kind: 'move',
      from: S.ACTIVE,
      to: S.CANCELLED,
    });
  });

  it('keeps an active case active until the last opinion arrives', () => {
    expect(decideStage(S.ACTIVE, 'OpinionSubmitted', { final: false })).toEqual({
      kind: 'unchanged',
    });
  });

  it.each(NEUTRAL)('records %s without ever changing the stage', (type) => {
    for (const stage of Object.values(CaseStage)) {
      expect(decideStage(stage, type, {})).toEqual({ kind: 'unchanged' });
    }
  });
});
