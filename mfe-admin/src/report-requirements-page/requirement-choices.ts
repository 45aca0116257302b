import type { DocumentKind, SecondOpinionReason } from '../gql/graphql';

/** Every kind of report (the schema's DocumentKind; the Record makes the compiler check it). */
const KINDS: Record<DocumentKind, null> = {
  LAB_REPORT: null,
  IMAGING_REPORT: null,
  PATHOLOGY_REPORT: null,
  DISCHARGE_SUMMARY: null,
  PRESCRIPTION: null,
  OTHER: null,
};

/** Every reason for a second opinion (the schema's SecondOpinionReason), in DESIGN.md's order. */
const REASONS: Record<SecondOpinionReason, null> = {
  ALTERNATIVES_PROS_CONS: null,
  INADEQUATE_RESPONSE: null,
  REASSURANCE: null,
  RIGHT_DOCTOR_OR_HOSPITAL: null,
  PAYER_OR_EMPLOYER_REQUIREMENT: null,
  SPECIALIST_REFERRAL: null,
};

/** The kinds of report a row can ask for, in the order the form offers them. */
export const DOCUMENT_KINDS = Object.keys(KINDS) as DocumentKind[];

/** The reasons a row can be limited to, in the order the form offers them. */
export const SECOND_OPINION_REASONS = Object.keys(REASONS) as SecondOpinionReason[];

/**
 * The items of a comma-separated list as typed: split at commas (or semicolons and line breaks),
 * trimmed, empty ones dropped.
 * @param text - e.g. `C50, M51.1`
 * @returns e.g. `['C50', 'M51.1']`
 */
export function commaList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
