/**
 * The kinds a report is filed under (issue 7's classification; FHIR R4 DocumentReference.type,
 * simplified): the patient picks one when uploading, and the completeness check reads them.
 */
export const DOCUMENT_KINDS = [
  'LAB_REPORT',
  'IMAGING_REPORT',
  'PATHOLOGY_REPORT',
  'DISCHARGE_SUMMARY',
  'PRESCRIPTION',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a report requirement says: which cases need which kind of report. */
export interface ReportRequirementRule {
  /** ICD-10 code prefixes, e.g. `C50` (matches C50.4) */
  conditionCodes: string[];
  /** words or phrases looked for in the conditions and the presenting complaint */
  conditionKeywords: string[];
  /** second-opinion reasons the rule is for; empty: the conditions decide alone */
  reasons: string[];
}

/** The parts of a case a requirement is matched against. */
export interface CaseForRequirements {
  presentingComplaint?: string | null;
  conditions?: { text: string; code?: { system: string; code: string } | null }[] | null;
  reasonForSecondOpinion?: string | null;
}

/**
 * Why a requirement applies to a case, or null when it does not: a condition coded under one of
 * its ICD-10 prefixes, a keyword in a condition or the presenting complaint, or (for a rule
 * with reasons but neither codes nor keywords) the reason itself. A rule with reasons applies only
 * to cases with one of them.
 * @param rule - the requirement
 * @param found - the case
 * @returns the matching condition, keyword or reason, e.g. "C50.4", or null
 */
export function requirementMatch(
  rule: ReportRequirementRule,
  found: CaseForRequirements,
): string | null {
  if (rule.reasons.length && !rule.reasons.includes(found.reasonForSecondOpinion ?? ''))
    return null;
  for (const condition of found.conditions ?? []) {
    const code = condition.code?.system === 'ICD-10' ? condition.code.code.toUpperCase() : null;
    const prefix = code && rule.conditionCodes.find((p) => code.startsWith(p.toUpperCase()));
    if (prefix) return `${condition.text} (${code})`;
  }
  const texts = [...(found.conditions ?? []).map((c) => c.text), found.presentingComplaint ?? ''];
  for (const keyword of rule.conditionKeywords) {
    const needle = keyword.toLocaleLowerCase('en-IN');
    const hit = texts.find((text) => text.toLocaleLowerCase('en-IN').includes(needle));
    if (hit) return keyword;
  }
  if (!rule.conditionCodes.length && !rule.conditionKeywords.length && rule.reasons.length) {
    return found.reasonForSecondOpinion ?? null;
  }
  return null;
}
