import type { Problem } from './problems';

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
    // whole words only: "ckd" matches "CKD stage 4", not "backdrop"
    const escaped = keyword
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{M}\\p{N}])${escaped}($|[^\\p{L}\\p{M}\\p{N}])`,
      'iu',
    );
    const hit = escaped && texts.find((text) => pattern.test(text));
    if (hit) return keyword;
  }
  if (!rule.conditionCodes.length && !rule.conditionKeywords.length && rule.reasons.length) {
    return found.reasonForSecondOpinion ?? null;
  }
  return null;
}

/**
 * The limits of report uploads as the records service applies them by default (issue 7):
 * at most 25 MB (MiB, 26,214,400 bytes) a file, 50 files a case.
 */
export const UPLOAD_LIMITS = { maxFileBytes: 25 * 1024 * 1024, maxFilesPerCase: 50 } as const;

/** The report formats accepted (DESIGN.md §2 step 2): phone photos, scans and PDFs. */
export const UPLOAD_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
] as const;

/** The declared types and file-name endings of accepted files, with the type each stands for. */
const UPLOAD_TYPE_ALIASES: Readonly<Record<string, string>> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/heic': 'image/heic',
  'image/heif': 'image/heic',
  'image/heic-sequence': 'image/heic',
  'image/heif-sequence': 'image/heic',
};
const UPLOAD_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heic',
};

/** What an upload rule needs to know of a file (a browser `File` has all three). */
export interface FileFacts {
  /** the name as the user has it */
  name: string;
  /** the type the browser or the OS declares; may be empty (HEIC often is) */
  type: string;
  /** bytes */
  size: number;
}

/**
 * The type a file claims to be, if it is one of the accepted ones: its declared type, else the
 * ending of its name. Only a claim: the records service decides by the content.
 * @param file - name and declared type
 * @returns e.g. `image/heic`, or null for another type
 */
export function claimedUploadType(file: Pick<FileFacts, 'name' | 'type'>): string | null {
  // own keys only: a type or ending such as "__proto__" or "constructor" names no upload type
  const type = file.type.toLowerCase();
  const declared = Object.hasOwn(UPLOAD_TYPE_ALIASES, type) ? UPLOAD_TYPE_ALIASES[type] : null;
  if (declared) return declared;
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(UPLOAD_EXTENSIONS, extension)
    ? (UPLOAD_EXTENSIONS[extension] ?? null)
    : null;
}

/**
 * "25 MB" for messages (binary megabytes, as the records service says it).
 * @param bytes - a size in bytes
 * @returns e.g. `25 MB`
 */
export function uploadMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * What refuses a file before it is sent (the records service refuses the same, with the same
 * sentences, and also checks the content itself): empty, over the size limit, or not a PDF,
 * JPEG, PNG or HEIC by its declared type or name.
 * @param file - name, declared type and size
 * @param maxBytes - the limit (default 25 MB)
 * @returns the broken rule, or null when the file may be sent
 */
export function uploadFileProblem(
  file: FileFacts,
  maxBytes: number = UPLOAD_LIMITS.maxFileBytes,
): Problem | null {
  // as the records service: a size that is not a positive whole number of bytes is no file
  if (!Number.isInteger(file.size) || file.size <= 0) return { field: 'file', rule: 'file.empty' };
  if (file.size > maxBytes) {
    return { field: 'file', rule: 'file.tooLarge', values: { max: uploadMegabytes(maxBytes) } };
  }
  if (!claimedUploadType(file)) return { field: 'file', rule: 'file.type' };
  return null;
}
