import { registerEnumType } from 'type-graphql';

/** The categories of data an erasure must keep (sealed) for a time, by the rule that says so. */
export enum RetentionCategory {
  /** what the doctors wrote and what the patient agreed to for one consultation (a case) */
  CONSULTATION_RECORDS = 'CONSULTATION_RECORDS',
  /** who read or changed the record, through the app or a share link */
  ACCESS_LOGS = 'ACCESS_LOGS',
}
registerEnumType(RetentionCategory, {
  name: 'RetentionCategory',
  description: 'What an erasure keeps sealed for a time, by the rule that requires it.',
});

/** One line of the retention schedule. */
export interface RetentionRule {
  category: RetentionCategory;
  /** how long, in whole calendar years */
  years: number;
  /** what the period is counted from (English) */
  countedFrom: string;
  /** what the category holds (English) */
  covers: string[];
  /** the duty, in one sentence (English) */
  rule: string;
  /** the instrument and provision that imposes it */
  source: string;
}

/**
 * The retention schedule (issue 7, "Erasure with a retention schedule"): what an erasure may not
 * destroy at once, for how long it is kept sealed, and which rule requires it. Everything not
 * listed here is destroyed at once on an erasure (DPDP Act 2023 §12(3)).
 *
 * - Consultation records, 3 years: IMC Regulations 2002 reg. 1.3.1 ("maintain the medical records
 *   … for a period of 3 years from the date of commencement of the treatment"). On Consilium a
 *   consultation commences with the patient's e-consent for the case: from then the GP writes
 *   the referral summary and the panel is formed, so the period is counted from the case's first
 *   e-consent (records learns it from `CaseConsented`; a case never consented has no
 *   consultation record).
 * - Access logs, 1 year: DPDP Rules 2025 rule 8(3) (personal data, traffic data and logs of the
 *   processing kept "for a minimum period of one year from the date of such processing"), counted
 *   from the latest entry of the sealed log, so every entry is kept at least a year.
 */
export const RETENTION_SCHEDULE: Record<RetentionCategory, RetentionRule> = {
  [RetentionCategory.CONSULTATION_RECORDS]: {
    category: RetentionCategory.CONSULTATION_RECORDS,
    years: 3,
    countedFrom: 'the start of the consultation: the patient’s first e-consent for the case',
    covers: [
      'the specialists’ opinions',
      'the GP’s case summary (referral note)',
      'the signed e-consent',
    ],
    rule: 'A doctor must keep the medical records of a consultation for 3 years from the start of the treatment.',
    source:
      'Indian Medical Council (Professional Conduct, Etiquette and Ethics) Regulations, 2002, regulation 1.3.1',
  },
  [RetentionCategory.ACCESS_LOGS]: {
    category: RetentionCategory.ACCESS_LOGS,
    years: 1,
    countedFrom: 'the latest access in the log',
    covers: ['who read or changed the record, and when', 'every use of a share link'],
    rule: 'Logs of the processing of personal data must be kept for at least one year from the processing.',
    source: 'Digital Personal Data Protection Rules, 2025, rule 8(3)',
  },
};

/** Why everything else is destroyed at once. */
export const ERASURE_RIGHT = {
  rule: 'Personal data is erased on the person’s request unless a law requires keeping it.',
  source: 'Digital Personal Data Protection Act, 2023, section 12(3)',
} as const;

/**
 * The end of a retention period: `from` plus the category's years, on the same calendar day (29
 * February becomes 1 March in a common year), in UTC.
 * @param category - the schedule line
 * @param from - when the period starts
 * @returns when the sealed data must be destroyed
 */
export function retentionEnd(category: RetentionCategory, from: Date): Date {
  const end = new Date(from.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + RETENTION_SCHEDULE[category].years);
  return end;
}
