import type { EntityManager } from '@mikro-orm/core';
import { CaseSummary } from './case-summary.entity';
import { CaseSummaryStatus } from './case-summary-status.enum';

/**
 * The GP's case summary is due within 24–48 hours of the patient's consent (DESIGN.md §1 and
 * journey step 8): due at 48 hours, aimed at 24.
 */
export const CASE_SUMMARY_DUE_HOURS = 48;
export const CASE_SUMMARY_TARGET_HOURS = 24;

const HOUR_MS = 60 * 60 * 1000;

/**
 * When a case summary is due.
 * @param consentedAt - when the patient (or their proxy) signed the e-consent
 * @returns 48 hours later
 */
export function caseSummaryDueAt(consentedAt: Date): Date {
  return new Date(consentedAt.getTime() + CASE_SUMMARY_DUE_HOURS * HOUR_MS);
}

/**
 * When a case summary should ideally be ready.
 * @param dueAt - its due time (consent + 48 h)
 * @returns consent + 24 h
 */
export function caseSummaryTargetAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() - (CASE_SUMMARY_DUE_HOURS - CASE_SUMMARY_TARGET_HOURS) * HOUR_MS);
}

/**
 * Whether a summary is past its due time and not submitted.
 * @param summary - the summary
 * @param now - the time to judge at
 */
export function isCaseSummaryOverdue(summary: CaseSummary, now: Date): boolean {
  return (
    summary.status === CaseSummaryStatus.DRAFT &&
    summary.dueAt !== null &&
    summary.dueAt.getTime() <= now.getTime()
  );
}

/**
 * Gives the case's summary its due time once the consent is known (a GP may be assigned before
 * the patient consents; the first consent counts, as in CaseProgress). Called from records'
 * CaseConsented handler, in its transaction; nothing to do when no GP is assigned yet (the
 * assignment then takes the due time from CaseProgress).
 * @param em - the consumer's transaction
 * @param caseId - the case
 * @param consentedAt - when the patient first consented
 */
export async function dueCaseSummaryFromConsent(
  em: EntityManager,
  caseId: string,
  consentedAt: Date,
): Promise<void> {
  const summary = await em.findOne(CaseSummary, { caseId });
  if (summary && !summary.dueAt) summary.dueAt = caseSummaryDueAt(consentedAt);
}
