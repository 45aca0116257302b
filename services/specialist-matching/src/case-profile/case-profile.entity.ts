import { Entity, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/**
 * What specialist-matching knows of a case, learned from other services' events (it never reads
 * their tables): whether it is consented, paid or closed, and the matching profile the engine
 * ranks specialists on. Erasure clears the profile.
 */
@Entity({ tableName: 'case_profile' })
export class CaseProfile extends ConsiliumEntity {
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  /** ICD-10 codes of the case's conditions */
  @Property({ type: 'json' })
  conditionCodes: Opt<string[]> = [];

  /** words of conditions, symptoms, complaint, treatment advised and reason */
  @Property({ type: 'json' })
  terms: Opt<string[]> = [];

  /** the patient's languages as BCP 47 tags */
  @Property({ type: 'json' })
  languages: Opt<string[]> = [];

  @Property({ type: 'integer', nullable: true })
  ageYears: number | null = null;

  /** the latest consent (CaseConsented); null before or after it is withdrawn */
  @Property({ type: 'datetime', nullable: true })
  consentedAt: Date | null = null;

  /** the e-consent version signed (CaseConsented, ConsentRenewed); null when not told */
  @Property({ type: 'string', length: 32, nullable: true })
  consentVersion: string | null = null;

  /** the privacy notice version signed with it */
  @Property({ type: 'string', length: 32, nullable: true })
  privacyNoticeVersion: string | null = null;

  /** payment captured: the 48-hour contact clock starts (DESIGN.md §2 step 6) */
  @Property({ type: 'datetime', nullable: true })
  paidAt: Date | null = null;

  /** delivered, refunded, withdrawn or erased: the panel no longer counts against capacity */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
