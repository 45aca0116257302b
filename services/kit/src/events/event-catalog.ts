import { z } from 'zod';

const id = z.uuid();
const paise = z.number().int().nonnegative();

/**
 * Every domain event of the case workflow (issue "Case workflow across services") and of identity,
 * with the schema of its `data`, version 1. Validated when an event is recorded and again when it
 * is received.
 */
export const EVENT_DATA_SCHEMAS = {
  // A draft case was started for a patient: every service learns whose case it is (uploads are
  // made to a draft).
  CaseStarted: z.object({ startedAt: z.iso.datetime() }),
  // questions: the patient's questions for the specialists as submitted (issue 7: records keeps
  // them to check an opinion answers each); optional, as events recorded before carry none.
  // matching: what the platform-choice engine ranks specialists on (issue 8): ICD-10 codes, the
  // words of conditions, symptoms, treatment advised and reason, the patient's languages (BCP 47)
  // and age; optional, as events recorded before carry none.
  CaseSubmitted: z.object({
    submittedAt: z.iso.datetime(),
    questions: z.array(z.string()).optional(),
    matching: z
      .object({
        conditionCodes: z.array(z.string()),
        terms: z.array(z.string()),
        languages: z.array(z.string()),
        ageYears: z.number().int().nonnegative().nullable(),
      })
      .optional(),
  }),
  // privacyNoticeVersion (issue 8): the privacy notice signed with it; optional for earlier events.
  CaseConsented: z.object({
    consentId: id,
    documentVersion: z.string().min(1),
    privacyNoticeVersion: z.string().min(1).optional(),
  }),
  // patient-intake (issue 8): a case consented before signed again on the documents now in force.
  ConsentRenewed: z.object({
    consentId: id,
    documentVersion: z.string().min(1),
    privacyNoticeVersion: z.string().min(1),
  }),
  PanelRequested: z.object({
    mode: z.enum(['SINGLE', 'MULTIPLE', 'BOARD', 'PLATFORM_CHOOSES']),
    specialistIds: z.array(id),
  }),
  // specialists (issue 9): the confirmed specialists' names, which billing prints on the invoice;
  // optional, as events recorded before carry none.
  PanelConfirmed: z.object({
    panelId: id,
    mode: z.enum(['SINGLE', 'MULTIPLE', 'BOARD', 'PLATFORM_CHOOSES']),
    specialistIds: z.array(id).min(1),
    specialists: z.array(z.object({ id, name: z.string() })).optional(),
  }),
  SpecialistDeclined: z.object({ panelId: id, specialistId: id, reason: z.string().nullable() }),
  // matching (issue 8): a specialist was asked to join a panel after it was requested, replacing
  // one who declined or did not answer in time; they become a party to the case.
  SpecialistInvited: z.object({ panelId: id, specialistId: id, replacesSpecialistId: id }),
  // matching (issue 8): a specialist was asked to take a case (first choice or replacement) and
  // must answer by respondBy; notifyEmail is their profile's email, where they are told.
  SpecialistAsked: z.object({
    panelId: id,
    specialistId: id,
    specialistName: z.string(),
    notifyEmail: z.string().nullable(),
    respondBy: z.iso.datetime(),
  }),
  // billing (issue 9): the case's fee was captured by the payment provider; the case becomes
  // ACTIVE and the 48-hour contact clocks start.
  PaymentCaptured: z.object({ paymentId: id, amount: paise, currency: z.string().length(3) }),
  // billing: a payment attempt failed; the case stays AWAITING_PAYMENT and the patient may retry.
  PaymentFailed: z.object({ paymentId: id, reason: z.string() }),
  // billing: a refund reached the payer. closesCase (issue 9): whether the case ends CANCELLED
  // with it (a full refund because the case cannot proceed); a partial refund, or the refund of a
  // payment that never activated the case, leaves the stage alone. Absent on earlier events,
  // which all closed the case.
  RefundProcessed: z.object({
    refundId: id,
    amount: paise,
    currency: z.string().length(3),
    paymentId: id.optional(),
    closesCase: z.boolean().optional(),
  }),
  InfoRequested: z.object({ requestId: id, specialistId: id }),
  // openRequests (issue 8): the case's requests still unanswered after this one; the case returns
  // to ACTIVE only when none are left (optional: events recorded before carry none).
  InfoProvided: z.object({
    requestId: id,
    openRequests: z.number().int().nonnegative().optional(),
  }),
  SpecialistContacted: z.object({
    specialistId: id,
    channel: z.enum(['PHONE', 'VIDEO', 'IN_PERSON', 'MESSAGE']),
  }),
  // matching (issue 8): a specialist has not logged contact with the patient 24 or 40 hours into
  // the 48 hours after payment; notifyEmail is where the reminder goes (their profile's email).
  ContactReminderDue: z.object({
    specialistId: id,
    specialistName: z.string(),
    notifyEmail: z.string().nullable(),
    dueAt: z.iso.datetime(),
    hoursElapsed: z.union([z.literal(24), z.literal(40)]),
  }),
  // matching (issue 8): appointments. The patient's side is told when the specialist offers,
  // moves or cancels one; the specialist (at notifyEmail, their profile's email) when the
  // patient's side books or cancels. startsAt: the booked start (UTC), when there is one.
  AppointmentChanged: z.object({
    appointmentId: id,
    specialistId: id,
    specialistName: z.string(),
    notifyEmail: z.string().nullable(),
    change: z.enum(['PROPOSED', 'BOOKED', 'RESCHEDULED', 'CANCELLED']),
    by: z.enum(['SPECIALIST', 'PATIENT_SIDE', 'OPERATIONS']),
    startsAt: z.iso.datetime().nullable(),
  }),
  // matching: the 48 hours passed without contact; operations staff are alerted.
  SlaBreached: z.object({
    specialistId: id,
    dueAt: z.iso.datetime(),
    specialistName: z.string().optional(),
  }),
  OpinionSubmitted: z.object({ opinionId: id, specialistId: id, final: z.boolean() }),
  CaseSummaryReady: z.object({ summaryId: id }),
  // records: operations staff assigned (or reassigned) the GP who writes the case summary; every
  // service makes that GP a party to the case, replacing the one before.
  GpAssigned: z.object({ gpAccountId: id }),
  // records: the GP's case summary was not submitted by its due time (48 h after consent).
  CaseSummaryOverdue: z.object({ summaryId: id, gpAccountId: id, dueAt: z.iso.datetime() }),
  ReportDelivered: z.object({ reportId: id }),
  ConsentWithdrawn: z.object({ consentId: id }),
  ErasureRequested: z.object({ requestId: id }),
  ErasureCompleted: z.object({ requestId: id }),
  // patient-intake (issue 8): operations staff published a version of the e-consent or the privacy
  // notice; from effectiveFrom, cases consented on an older one must sign again before moving on.
  LegalDocumentPublished: z.object({
    kind: z.enum(['CONSENT', 'PRIVACY_NOTICE']),
    version: z.string().min(1),
    effectiveFrom: z.iso.datetime(),
  }),
  // patient-intake (issue 10): the patient's side shared the case with a partner organisation
  // (insurer, employer, hospital): every service makes it a PARTNER party, which sees the case's
  // status; includeReport: whether it may also download the delivered report (reports:read).
  PartnerAccessGranted: z.object({ partnerId: id, includeReport: z.boolean() }),
  // patient-intake (issue 10): the patient's side stopped sharing the case with the partner.
  PartnerAccessRevoked: z.object({ partnerId: id }),
  // patient-intake (issue 10): a patient referred by a partner claimed the draft case made for
  // them with their invitation code: the case now belongs to their own patient record
  // (the event's patientId), no longer to the record the referral made (previousPatientId).
  ReferralClaimed: z.object({ referralId: id, previousPatientId: id }),
  // Identity (issue "Identity and access"): a one-time code for a person to receive.
  AccountCodeIssued: z.object({
    accountId: id,
    purpose: z.enum(['VERIFY_EMAIL', 'VERIFY_PHONE', 'RESET_PASSWORD']),
    channel: z.enum(['EMAIL', 'SMS']),
    recipient: z.string().min(3).max(254),
    language: z.enum(['en', 'hi']),
    code: z.string().regex(/^\d{6}$/),
    expiresAt: z.iso.datetime(),
  }),
  // Identity: tokens issued to this account before revokedAt no longer count (for this patient
  // only, when patientId is set: a proxy authorisation was revoked).
  AccessRevoked: z.object({
    accountId: id,
    patientId: id.nullable(),
    revokedAt: z.iso.datetime(),
  }),
} as const;

/** The name of a domain event, e.g. `PanelConfirmed`. */
export type EventType = keyof typeof EVENT_DATA_SCHEMAS;

/** The `data` of one event type. */
export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;

/** All event type names. */
export const EVENT_TYPES = Object.keys(EVENT_DATA_SCHEMAS) as EventType[];

/** The events about a case (all but identity's), which the case stage machine sees. */
export const CASE_EVENT_TYPES = EVENT_TYPES.filter(
  (type) =>
    type !== 'AccountCodeIssued' && type !== 'AccessRevoked' && type !== 'LegalDocumentPublished',
);

/**
 * The events after which a case is over for the doctors (no more writing, no more panel
 * changes): the report delivered, a refund that cancels the case, consent withdrawn, erasure.
 */
export const CASE_CLOSING_EVENTS = [
  'ReportDelivered',
  'RefundProcessed',
  'ConsentWithdrawn',
  'ErasureCompleted',
] as const satisfies readonly EventType[];

/**
 * Whether an event ends its case: one of CASE_CLOSING_EVENTS, except a refund that leaves the
 * case going (`RefundProcessed.closesCase` false: partial, or of a payment that never counted).
 * @param event - the event's type and data
 * @returns true when the case is over
 */
export function closesCase(event: { type: string; data: unknown }): boolean {
  if (!(CASE_CLOSING_EVENTS as readonly string[]).includes(event.type)) return false;
  return !(
    event.type === 'RefundProcessed' &&
    (event.data as { closesCase?: boolean }).closesCase === false
  );
}
