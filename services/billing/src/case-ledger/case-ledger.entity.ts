import { Entity, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/**
 * What billing knows of a case's progress, learned from the other services' events: the
 * confirmed panel (printed on the invoice), the first contact by a specialist (after which the
 * patient can no longer cancel for a full refund) and whether the case has ended (so a payment
 * arriving after it is refunded).
 */
@Entity({ tableName: 'case_ledger' })
export class CaseLedger extends ConsiliumEntity {
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  /** the confirmed panel's specialists' names (PanelConfirmed) */
  @Property({ type: 'json' })
  specialistNames: Opt<string[]> = [];

  @Property({ type: 'datetime', nullable: true })
  firstContactAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** the event that ended it, e.g. ConsentWithdrawn */
  @Property({ type: 'string', length: 40, nullable: true })
  closedBy: string | null = null;
}
