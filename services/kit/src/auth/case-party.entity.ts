import { Entity, Enum, Index, PrimaryKey } from '@mikro-orm/core';

/** How someone is related to a case, for deciding who may see it. */
export enum CasePartyKind {
  /** the patient the case is about (their own account and their proxies act for them) */
  PATIENT = 'PATIENT',
  /** a specialist asked to join, or on, the case's panel */
  SPECIALIST = 'SPECIALIST',
  /** the GP assigned to write the case summary */
  GP = 'GP',
  /** a partner organisation the patient consented to share the case with */
  PARTNER = 'PARTNER',
}

/**
 * Who may see a case, as this service learned it from events (never from the client): every
 * service keeps its own copy, so each can authorise per object on its own data.
 */
@Entity({ tableName: 'case_party' })
@Index({ properties: ['kind', 'partyId'] })
export class CaseParty {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Enum({ items: () => CasePartyKind, primary: true })
  kind!: CasePartyKind;

  /** the patient, specialist, GP account or partner organisation id */
  @PrimaryKey({ type: 'uuid' })
  partyId!: string;
}
