import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ClientError,
  NotFoundError,
  parseId,
  requireRole,
} from '@consilium/subgraph-kit';
import type { DocumentKind } from '@consilium/validation';
import type { EntityManager } from '@mikro-orm/core';
import type { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import type { Context } from '../context.type';
import { DEFAULT_REPORT_REQUIREMENTS } from './default-report-requirements';
import { ReportRequirement } from './report-requirement.entity';

/** A row of the completeness table as operations staff write it. */
export interface ReportRequirementDraft {
  id?: string | null;
  conditionCodes: string[];
  conditionKeywords: string[];
  reasons: SecondOpinionReason[];
  documentKind: DocumentKind;
  titleEn: string;
  titleHi: string;
}

/** Control characters and invisible formatting (bidirectional overrides, zero-width space …). */
const INVISIBLE = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** An ICD-10 code or code prefix: a letter, two digits, optionally a dot and up to 4 more. */
const ICD10_PREFIX = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

/**
 * Inserts the shipped completeness table when the service has none (baseline). Idempotent.
 * @param em - a transaction
 */
export async function seedReportRequirements(em: EntityManager): Promise<void> {
  if (await em.count(ReportRequirement, {})) return;
  for (const row of DEFAULT_REPORT_REQUIREMENTS) {
    em.create(ReportRequirement, { ...row, reasons: row.reasons ?? [] });
  }
}

/**
 * Checks and normalises a row of the completeness table: ICD-10 codes or prefixes (trimmed, upper
 * case, at most 50), keywords of 3–100 characters (NFC, spaces folded, no control or invisible
 * formatting characters, duplicates in any case dropped, at most 20), at least one code, keyword
 * or reason, and titles in English and Hindi of 1–300 characters.
 * @param draft - the row as received
 * @returns the row's normalised values
 * @throws BadUserInputError naming `input.conditionCodes`, `input.conditionKeywords`,
 *   `input.titleEn` or `input.titleHi`
 */
export function checkedReportRequirement(
  draft: ReportRequirementDraft,
): Omit<ReportRequirementDraft, 'id'> {
  const conditionCodes = [...new Set(draft.conditionCodes.map((c) => c.trim().toUpperCase()))];
  const bad = conditionCodes.find((code) => !ICD10_PREFIX.test(code));
  if (bad !== undefined) {
    throw new BadUserInputError(
      'input.conditionCodes',
      `${bad || '(empty)'} is not an ICD-10 code or prefix (e.g. C50 or M51.1).`,
    );
  }
  if (conditionCodes.length > 50) {
    throw new BadUserInputError('input.conditionCodes', 'At most 50 ICD-10 codes in a row.');
  }
  const seen = new Set<string>();
  const conditionKeywords: string[] = [];
  for (const raw of draft.conditionKeywords) {
    const keyword = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (!keyword) continue;
    if (INVISIBLE.test(keyword)) {
      throw new BadUserInputError(
        'input.conditionKeywords',
        'A keyword cannot contain control or invisible formatting characters.',
      );
    }
    const length = [...keyword].length;
    if (length < 3 || length > 100) {
      throw new BadUserInputError(
        'input.conditionKeywords',
        `Keywords have 3 to 100 characters (“${keyword}” has ${length}).`,
      );
    }
    const folded = keyword.toLocaleLowerCase('en-IN');
    if (!seen.has(folded)) conditionKeywords.push(keyword);
    seen.add(folded);
  }
  if (conditionKeywords.length > 20) {
    throw new BadUserInputError('input.conditionKeywords', 'At most 20 keywords in a row.');
  }
  if (!conditionCodes.length && !conditionKeywords.length && !draft.reasons.length) {
    throw new BadUserInputError(
      'input.conditionCodes',
      'Give at least one ICD-10 code, keyword or reason: otherwise the row would apply to no case.',
    );
  }
  const titleEn = draft.titleEn.normalize('NFC').trim();
  const titleHi = draft.titleHi.normalize('NFC').trim();
  for (const [field, title] of [
    ['input.titleEn', titleEn],
    ['input.titleHi', titleHi],
  ] as const) {
    if (!title || [...title].length > 300 || INVISIBLE.test(title)) {
      throw new BadUserInputError(
        field,
        'Describe the report in 1 to 300 characters, without control or invisible formatting characters.',
      );
    }
  }
  return {
    conditionCodes,
    conditionKeywords,
    reasons: [...new Set(draft.reasons)],
    documentKind: draft.documentKind,
    titleEn,
    titleHi,
  };
}

/**
 * Adds a row to the completeness table, or changes one (operations staff).
 * @param ctx - the request
 * @param draft - the row; with `id` to change an existing one
 * @returns the row as saved
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming the field; NOT_FOUND for an
 *   unknown id
 */
export async function saveReportRequirement(
  ctx: Context,
  draft: ReportRequirementDraft,
): Promise<ReportRequirement> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  const values = checkedReportRequirement(draft);
  return ctx.em.transactional(async (em) => {
    const sameKind = await em.find(ReportRequirement, {
      documentKind: values.documentKind,
      active: true,
    });
    const key = (
      row: Pick<ReportRequirement, 'conditionCodes' | 'conditionKeywords' | 'reasons' | 'titleEn'>,
    ) =>
      JSON.stringify([
        [...row.conditionCodes].sort(),
        row.conditionKeywords.map((k) => k.toLocaleLowerCase('en-IN')).sort(),
        [...row.reasons].sort(),
        row.titleEn.toLocaleLowerCase('en-IN'),
      ]);
    if (sameKind.some((other) => other.id !== draft.id && key(other) === key(values))) {
      throw new ClientError('CONFLICT', 'The table already has this row.', {
        field: 'input.titleEn',
      });
    }
    let row: ReportRequirement;
    if (draft.id) {
      const id = parseId(draft.id, 'input.id');
      const existing = await em.findOne(ReportRequirement, { id });
      if (!existing) throw new NotFoundError('ReportRequirement', draft.id);
      row = em.assign(existing, { ...values, active: true, updatedByAccountId: viewer.accountId });
    } else {
      row = em.create(ReportRequirement, { ...values, updatedByAccountId: viewer.accountId });
    }
    await em.flush();
    ctx.audit.record({
      objectType: 'ReportRequirement',
      objectId: row.id,
      operation: draft.id ? AuditOperation.UPDATE : AuditOperation.CREATE,
      outcome: AuditOutcome.ALLOWED,
      fields: Object.keys(values),
    });
    return row;
  });
}

/**
 * Retires a row (it no longer applies; it stays in the table, inactive).
 * @throws FORBIDDEN unless operations staff; NOT_FOUND
 */
export async function retireReportRequirement(
  ctx: Context,
  id: string,
): Promise<ReportRequirement> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  const rowId = parseId(id, 'id');
  return ctx.em.transactional(async (em) => {
    const row = await em.findOne(ReportRequirement, { id: rowId });
    if (!row) throw new NotFoundError('ReportRequirement', id);
    row.active = false;
    row.updatedByAccountId = viewer.accountId;
    await em.flush();
    ctx.audit.record({
      objectType: 'ReportRequirement',
      objectId: row.id,
      operation: AuditOperation.UPDATE,
      outcome: AuditOutcome.ALLOWED,
      fields: ['active'],
    });
    return row;
  });
}
