import { Entity, Property, PrimaryKey, type Opt } from '@mikro-orm/core';

/**
 * What records knows of a case's journey, learned only from the other services' events (never
 * from a client): when it was consented, who is on its confirmed panel, and whether it is active
 * (paid and not yet reported, refunded, withdrawn or erased), which is when doctors may write.
 */
@Entity({ tableName: 'case_progress' })
export class CaseProgress {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** the case's patient (from any event naming one) */
  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  /** the patient's questions for the specialists (CaseSubmitted); every opinion answers each */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  questions: Opt<string[]> = [];

  /** when the patient signed the e-consent (CaseConsented) */
  @Property({ type: 'datetime', nullable: true })
  consentedAt: Date | null = null;

  /** SINGLE, MULTIPLE, BOARD or PLATFORM_CHOOSES, from PanelConfirmed */
  @Property({ type: 'string', length: 20, nullable: true })
  panelMode: string | null = null;

  /** the confirmed panel's specialists, minus any who declined afterwards */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  panelSpecialistIds: Opt<string[]> = [];

  /** when payment was captured and the case became active (PaymentCaptured) */
  @Property({ type: 'datetime', nullable: true })
  activeSince: Date | null = null;

  /** when the case stopped taking opinions: report delivered, refunded, withdrawn or erased */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** the event that closed it, e.g. ReportDelivered */
  @Property({ type: 'string', length: 40, nullable: true })
  closedBy: string | null = null;
}
