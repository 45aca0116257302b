import {
  ErasureAction,
  ERASURE_RIGHT,
  RETENTION_SCHEDULE,
  RetentionCategory,
  type RetentionRule,
} from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StoredErasureItem } from './erasure-request.entity';

/** The kinds of data an erasure's confirmation lists, across the services. */
export enum ErasureCategory {
  REPORTS = 'REPORTS',
  PREVIEWS = 'PREVIEWS',
  DOCUMENT_TEXT = 'DOCUMENT_TEXT',
  ENCRYPTION_KEYS = 'ENCRYPTION_KEYS',
  UPLOADS_IN_PROGRESS = 'UPLOADS_IN_PROGRESS',
  SHARE_LINKS = 'SHARE_LINKS',
  SHARE_LINK_LOG = 'SHARE_LINK_LOG',
  ACCESS_LOG = 'ACCESS_LOG',
  SPECIALIST_OPINIONS = 'SPECIALIST_OPINIONS',
  CASE_SUMMARY = 'CASE_SUMMARY',
  CASE_HISTORY = 'CASE_HISTORY',
  PERSONAL_DETAILS = 'PERSONAL_DETAILS',
  CONSENT_RECORD = 'CONSENT_RECORD',
  CASE_ENTRIES = 'CASE_ENTRIES',
  SIGN_IN_ACCOUNT = 'SIGN_IN_ACCOUNT',
  INVOICES = 'INVOICES',
}
registerEnumType(ErasureCategory, {
  name: 'ErasureCategory',
  description: 'A kind of data listed in an erasure’s itemised confirmation.',
});

/** What each category is, in a sentence (English; the apps translate by category). */
export const CATEGORY_TEXT: Record<ErasureCategory, string> = {
  REPORTS: 'The reports you uploaded: the files and their names, kinds and sizes.',
  PREVIEWS: 'The upright previews and thumbnails made from your photos.',
  DOCUMENT_TEXT: 'The text read from your PDF reports for search, and its search index.',
  ENCRYPTION_KEYS:
    'The encryption keys of every stored file, so no copy left anywhere can be read.',
  UPLOADS_IN_PROGRESS: 'Uploads that had not finished: cancelled, and any bytes received removed.',
  SHARE_LINKS: 'Your share links: they stopped working at once.',
  SHARE_LINK_LOG: 'Who your share links were given to and every use of them.',
  ACCESS_LOG: 'Who read or changed your record, and when.',
  SPECIALIST_OPINIONS: 'The specialists’ opinions on your case.',
  CASE_SUMMARY: 'The GP’s case summary (referral note) of your case.',
  CASE_HISTORY:
    'Your case histories: symptoms, conditions, medicines, allergies, procedures, tests, treating doctor and your questions.',
  PERSONAL_DETAILS:
    'Your name, phone, email, address, identity document, guardian and emergency contact.',
  CONSENT_RECORD: 'The e-consent signed for your case, with the signature.',
  CASE_ENTRIES:
    'Each closed case’s entry: its dates and stage, with your date of birth and sex, but no name and nothing clinical.',
  SIGN_IN_ACCOUNT: 'Your sign-in account (the name, email or phone you sign in with).',
  INVOICES:
    'Invoices, payments and refunds of your paid cases: who paid, amounts, dates and references, with nothing clinical.',
};

/** Why something is kept although not required by the schedule (action KEPT). */
const KEPT_WHY: Partial<Record<ErasureCategory, string>> = {
  CASE_ENTRIES:
    'Not erased: the doctors’ and operations staff’s lists of the cases they worked on still show the case, closed, with nothing that names you.',
  SIGN_IN_ACCOUNT:
    'Not erased: it lets you sign in and read this confirmation. Operations staff close it on request.',
  INVOICES:
    'Not erased: tax law requires accounts and invoices to be kept (CGST Act 2017 s.36: 72 months); they hold nothing clinical.',
};

@ObjectType('RetentionRule', {
  description: 'One line of the retention schedule: what is kept, how long, and why.',
})
export class RetentionRuleType {
  @Field(() => RetentionCategory)
  category!: RetentionCategory;

  @Field(() => Int, { description: 'How long, in years.' })
  years!: number;

  @Field({ description: 'What the period is counted from.' })
  countedFrom!: string;

  @Field(() => [String], { description: 'What it covers.' })
  covers!: string[];

  @Field({ description: 'The duty, in one sentence.' })
  rule!: string;

  @Field({ description: 'The law or regulation that imposes it.' })
  source!: string;
}

@ObjectType({ description: 'One line of an erasure’s itemised confirmation.' })
export class ErasureConfirmationItem {
  @Field(() => ErasureCategory)
  category!: ErasureCategory;

  @Field({ description: 'What the category holds (English).' })
  what!: string;

  @Field(() => ErasureAction)
  action!: ErasureAction;

  @Field({ description: 'The service that held it.' })
  service!: string;

  @Field(() => Int, { nullable: true, description: 'How many, where a count means something.' })
  count!: number | null;

  @Field(() => ID, { nullable: true, description: 'The case it concerns, when per case.' })
  caseId!: string | null;

  @Field(() => RetentionRuleType, {
    nullable: true,
    description: 'For SEALED: the schedule line that requires keeping it.',
  })
  retention!: RetentionRuleType | null;

  @Field(() => Date, {
    nullable: true,
    description: 'For SEALED: when it is destroyed, automatically.',
  })
  retainedUntil!: Date | null;

  @Field({ description: 'Why it was destroyed or kept (English).' })
  why!: string;

  @Field(() => String, { nullable: true, description: 'The rule’s source, when a law decides.' })
  source!: string | null;
}

@ObjectType({ description: 'What an erasure destroyed, what it kept, why and until when.' })
export class ErasureConfirmation {
  @Field(() => Date)
  completedAt!: Date;

  @Field(() => [ErasureConfirmationItem])
  items!: ErasureConfirmationItem[];
}

/**
 * The schedule line as the API shows it.
 * @param rule - from RETENTION_SCHEDULE
 * @returns the GraphQL object
 */
export function retentionRuleOf(rule: RetentionRule): RetentionRuleType {
  return { ...rule, covers: [...rule.covers] };
}

/**
 * A stored confirmation line with its explanation: destroyed lines cite the right to erasure,
 * sealed ones their schedule line, kept ones say why they are not part of the erasure.
 * @param item - as stored on the request
 * @returns the GraphQL object
 */
export function confirmationItemOf(item: StoredErasureItem): ErasureConfirmationItem {
  const category = item.category as ErasureCategory;
  const rule = item.retention ? RETENTION_SCHEDULE[item.retention] : null;
  const explained =
    item.action === ErasureAction.SEALED && rule
      ? { why: rule.rule, source: rule.source }
      : item.action === ErasureAction.KEPT
        ? { why: KEPT_WHY[category] ?? 'Not part of the erasure.', source: null }
        : { why: `Destroyed at your request. ${ERASURE_RIGHT.rule}`, source: ERASURE_RIGHT.source };
  return {
    category,
    what: CATEGORY_TEXT[category] ?? category,
    action: item.action,
    service: item.service,
    count: item.count,
    caseId: item.caseId,
    retention: rule ? retentionRuleOf(rule) : null,
    retainedUntil: item.retainedUntil ? new Date(item.retainedUntil) : null,
    ...explained,
  };
}
