import {
  actorOf,
  applyCasePartiesFrom,
  AuditOperation,
  AuditOutcome,
  authorizeCase,
  BadUserInputError,
  casePatientOf,
  ClientError,
  ConflictError,
  decodeCursor,
  ForbiddenError,
  hasRole,
  InboxEntry,
  NotFoundError,
  parseId,
  parsePageSize,
  recordEvent,
  requireRole,
  requireViewer,
  toConnection,
  type Connection,
  type EventData,
  type EventType,
  type Viewer,
} from '@consilium/subgraph-kit';
import { splitRuns } from '@consilium/subgraph-kit/pdf';
import {
  caseSummaryContentSchema,
  caseSummarySubmissionProblems,
  describeProblem,
  normaliseName,
  problemsFromZod,
  type CaseSummaryContentInput,
  type Problem,
} from '@consilium/validation';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { Document } from '../document/document.entity';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { caseSummaryDueAt } from './case-summary-due';
import { CaseSummary } from './case-summary.entity';
import { CaseSummaryStatus } from './case-summary-status.enum';

/** The inbox name records consumes events under (its own events are marked done at once). */
const CONSUMER = 'records';

/** What operations staff send to assign a GP. */
export interface GpAssignment {
  caseId: string;
  gpAccountId: string;
  /** the GP's name as identity knows it (the admin app sends the chosen account's name) */
  gpName: string;
}

/** What the GP sends: the case, and the parts of the summary to replace (absent: unchanged). */
export interface CaseSummaryWrite extends CaseSummaryContentInput {
  caseId: string;
}

/**
 * The error for input that breaks rules: BAD_USER_INPUT whose message is the first problem's
 * sentence, with `extensions.field` and `extensions.problems` (field, rule, values, message) so
 * the app shows each next to its input in the viewer's language.
 * @param problems - at least one, fields without the `input.` prefix
 * @returns the error to throw
 */
function inputProblemsError(problems: Problem[]): ClientError {
  const named = problems.map((problem) => ({ ...problem, field: `input.${problem.field}` }));
  const [first] = named;
  const more = named.length > 1 ? ` (and ${named.length - 1} more)` : '';
  return new ClientError('BAD_USER_INPUT', `${first!.field}: ${describeProblem(first!)}${more}`, {
    field: first!.field,
    problems: named.map((problem) => ({ ...problem, message: describeProblem(problem) })),
  });
}

/**
 * Records an event records itself causes, keeps its own copy of the case's parties up to date
 * in the same transaction, and marks it processed so its delivery back (NATS) changes nothing.
 */
async function recordOwnEvent<T extends EventType>(
  em: EntityManager,
  ctx: Context,
  type: T,
  caseId: string,
  patientId: string,
  data: EventData<T>,
): Promise<void> {
  const event = recordEvent(em, { type, caseId, patientId, actor: actorOf(ctx), data });
  await applyCasePartiesFrom(em, event);
  em.persist(em.create(InboxEntry, { consumer: CONSUMER, eventId: event.id, type }));
}

/** Refuses a change to a case that records knows is closed (reported, refunded, withdrawn, erased). */
function requireOpenCase(progress: CaseProgress | null): void {
  if (progress?.closedAt) {
    throw new ConflictError(
      `This case was closed on ${progress.closedAt.toISOString()} (${progress.closedBy}); its summary can no longer change.`,
    );
  }
}

/**
 * Assigns (or reassigns) the GP who writes a case's summary: operations staff only. The summary
 * is created on first assignment, due 48 hours after the consent when the patient has consented
 * (else once they do); a reassignment hands the draft, as it stands, to the new GP. Publishes
 * `GpAssigned`, which makes the GP a party to the case in every service (replacing the one
 * before). Assigning the GP already assigned changes nothing.
 * @param ctx - the request
 * @param input - the case, the GP's account id and name
 * @returns the summary
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming `input.caseId`,
 *   `input.gpAccountId` or `input.gpName`; NOT_FOUND when records has never heard of the case;
 *   CONFLICT when the summary is already submitted or the case closed
 */
export async function assignCaseGp(ctx: Context, input: GpAssignment): Promise<CaseSummary> {
  requireRole(ctx, 'OPERATIONS');
  const caseId = parseId(input.caseId, 'input.caseId');
  const gpAccountId = parseId(input.gpAccountId, 'input.gpAccountId');
  const named = normaliseName(input.gpName);
  if ('problem' in named) throw new BadUserInputError('input.gpName', named.problem);
  requirePrintable('input.gpName', named.name);
  // Authorised before the transaction: the check reads the case's parties through the request's
  // own EntityManager, which must not wait on the transaction's connection (SQLite has one).
  const known = await ctx.em.findOne(CaseProgress, { caseId });
  await authorizeCase(
    ctx,
    { caseId, patientId: known?.patientId ?? (await casePatientOf(ctx.em, caseId)) },
    {
      operation: AuditOperation.UPDATE,
      objectType: 'CaseSummary',
      fields: ['gpAccountId', 'gpName'],
    },
  );
  return ctx.em.transactional(async (em) => {
    const progress = await em.findOne(CaseProgress, { caseId });
    const patientId = progress?.patientId ?? (await casePatientOf(em, caseId));
    if (!patientId) throw new NotFoundError('Case', caseId);
    requireOpenCase(progress);
    let summary = await em.findOne(CaseSummary, { caseId });
    if (summary?.status === CaseSummaryStatus.FINAL) {
      throw new ConflictError(
        `The case summary was submitted on ${summary.submittedAt!.toISOString()}; it can no longer be given to another GP.`,
      );
    }
    if (summary?.gpAccountId === gpAccountId) return summary;
    const now = new Date();
    if (summary) {
      Object.assign(summary, { gpAccountId, gpName: named.name, assignedAt: now });
    } else {
      summary = em.create(CaseSummary, {
        caseId,
        patientId,
        gpAccountId,
        gpName: named.name,
        assignedAt: now,
        dueAt: progress?.consentedAt ? caseSummaryDueAt(progress.consentedAt) : null,
      });
    }
    await recordOwnEvent(em, ctx, 'GpAssigned', caseId, patientId, { gpAccountId });
    return summary;
  });
}

/**
 * The case's documents among `ids`, each checked to be a current document of this case.
 * @returns the ids, without repeats, in the order given
 * @throws BAD_USER_INPUT naming `input.relevantDocumentIds[i]` for an id that is not one
 */
async function checkRelevantDocuments(
  em: EntityManager,
  caseId: string,
  ids: readonly string[],
): Promise<string[]> {
  const parsed = ids.map((id, index) => parseId(id, `input.relevantDocumentIds[${index}]`));
  const found = await em.find(Document, { id: { $in: parsed } });
  const ofCase = new Set(
    found
      .filter(
        (document) =>
          document.caseId === caseId && document.status === DocumentReferenceStatus.CURRENT,
      )
      .map((document) => document.id),
  );
  parsed.forEach((id, index) => {
    if (!ofCase.has(id)) {
      throw new BadUserInputError(
        `input.relevantDocumentIds[${index}]`,
        'This document is not one of this case’s reports.',
      );
    }
  });
  return [...new Set(parsed)];
}

/**
 * Refuses text the referral note's PDF could not print (a character in none of the embedded Noto
 * fonts, e.g. an emoji), naming the field, so a submitted summary always prints.
 * @param field - e.g. `input.history`; a list's items are named `input.questions[0]` …
 * @param value - the text, or the list
 * @throws BAD_USER_INPUT naming the field
 */
function requirePrintable(field: string, value: string | readonly string[]): void {
  const items: [string, string][] =
    typeof value === 'string' ? [[field, value]] : value.map((item, i) => [`${field}[${i}]`, item]);
  for (const [name, text] of items) {
    try {
      splitRuns(text.replace(/\s+/g, ' '));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const character = /U\+[0-9A-F]{4,6}/.exec(error.message)?.[0] ?? 'a symbol';
      throw new BadUserInputError(
        name,
        `This contains a character (${character}) that cannot be printed on the referral note; remove it.`,
      );
    }
  }
}

/**
 * Saves what the assigned GP wrote and, when `submit` is set, submits it: then it is final and
 * never changes, and `CaseSummaryReady` is published. Only the GP assigned to the case writes;
 * documents must be the case's own; submitting needs the history, a key finding and a question,
 * and the patient's consent. One transaction: nothing is half-saved.
 * @param ctx - the request
 * @param input - the case and the parts of the summary to replace
 * @param submit - submit after saving
 * @returns the summary
 * @throws FORBIDDEN unless the assigned GP; BAD_USER_INPUT naming the field (with
 *   `extensions.problems` for the text rules and what submitting lacks); CONFLICT when already
 *   submitted, the case is closed, or (submitting) the patient has not consented
 */
export async function writeCaseSummary(
  ctx: Context,
  input: CaseSummaryWrite,
  submit: boolean,
): Promise<CaseSummary> {
  const viewer = requireRole(ctx, 'GP');
  const caseId = parseId(input.caseId, 'input.caseId');
  const parsed = caseSummaryContentSchema.safeParse(
    {
      history: input.history,
      keyFindings: input.keyFindings,
      relevantDocumentIds: input.relevantDocumentIds,
      questions: input.questions,
    },
    { reportInput: true },
  );
  if (!parsed.success) throw inputProblemsError(problemsFromZod(parsed.error));
  const content = parsed.data;
  // Authorised before the transaction (see assignCaseGp), and checked again inside it.
  const existing = await ctx.em.findOne(CaseSummary, { caseId });
  await authorizeCase(
    ctx,
    { caseId, patientId: existing?.patientId ?? null },
    {
      operation: AuditOperation.UPDATE,
      objectType: 'CaseSummary',
      objectId: existing?.id,
      fields: submit ? ['content', 'status'] : ['content'],
      allowPartner: false,
    },
  );
  return ctx.em.transactional(async (em) => {
    const summary = await em.findOne(CaseSummary, { caseId });
    if (!summary || summary.gpAccountId !== viewer.accountId) {
      throw new ForbiddenError('Only the GP assigned to this case can write its summary.');
    }
    if (summary.status === CaseSummaryStatus.FINAL) {
      throw new ConflictError(
        `This case summary was submitted on ${summary.submittedAt!.toISOString()} and can no longer be changed.`,
      );
    }
    const progress = await em.findOne(CaseProgress, { caseId });
    requireOpenCase(progress);
    if (content.history != null) {
      requirePrintable('input.history', content.history);
      summary.history = content.history;
    }
    if (content.keyFindings != null) {
      requirePrintable('input.keyFindings', content.keyFindings);
      summary.keyFindings = content.keyFindings;
    }
    if (content.questions != null) {
      requirePrintable('input.questions', content.questions);
      summary.questions = content.questions;
    }
    if (content.relevantDocumentIds != null) {
      summary.relevantDocumentIds = await checkRelevantDocuments(
        em,
        caseId,
        content.relevantDocumentIds,
      );
    }
    if (!submit) return summary;
    const missing = caseSummarySubmissionProblems(summary);
    if (missing.length > 0) throw inputProblemsError(missing);
    if (!progress?.consentedAt) {
      throw new ConflictError(
        'The patient has not signed the consent yet; the summary can be submitted once they have.',
      );
    }
    summary.status = CaseSummaryStatus.FINAL;
    summary.submittedAt = new Date();
    await recordOwnEvent(em, ctx, 'CaseSummaryReady', caseId, summary.patientId, {
      summaryId: summary.id,
    });
    return summary;
  });
}

/**
 * Whether a viewer who may see the case may also read its summary: a final one, everyone who may
 * see the case; a draft, only operations staff and the GP writing it.
 * @param viewer - the caller (already authorised for the case)
 * @param summary - the summary
 */
export function mayReadCaseSummary(viewer: Viewer, summary: CaseSummary): boolean {
  if (summary.status === CaseSummaryStatus.FINAL) return true;
  return (
    hasRole(viewer, 'OPERATIONS') ||
    (hasRole(viewer, 'GP') && viewer.accountId === summary.gpAccountId)
  );
}

/**
 * A case's summary for a viewer entitled to the case (never a partner): null when no GP is
 * assigned yet, or when it is a draft and the viewer is neither operations staff nor its GP.
 * @param ctx - the request
 * @param caseId - the case
 * @returns the summary, or null
 * @throws UNAUTHENTICATED; FORBIDDEN for a viewer who may not see the case
 */
export async function caseSummaryOfCase(ctx: Context, caseId: string): Promise<CaseSummary | null> {
  const summary = (await ctx.loaders.caseSummaryByCase.load(caseId)) ?? null;
  await authorizeCase(
    ctx,
    { caseId, patientId: summary?.patientId ?? null },
    {
      objectType: 'CaseSummary',
      objectId: summary?.id,
      fields: ['caseSummary'],
      allowPartner: false,
    },
  );
  if (!summary || !mayReadCaseSummary(requireViewer(ctx), summary)) return null;
  return summary;
}

/** The list's sort key: drafts before final ones, then by due time (none last), then id. */
function sortKeyOf(summary: CaseSummary): string[] {
  return [summary.status, summary.dueAt?.toISOString() ?? '', summary.id];
}

/**
 * The rows after a cursor of the list's order (status, due time with none last, id).
 * @param after - a cursor from pageInfo
 * @returns the condition's alternatives
 * @throws BAD_USER_INPUT naming `after` for anything but one of our cursors
 */
function afterCursor(after: string): FilterQuery<CaseSummary>[] {
  const [given, due, id] = decodeCursor(after, ['text', 'text', 'uuid']) as [
    string,
    string,
    string,
  ];
  const status = Object.values(CaseSummaryStatus).find((value) => value === given);
  const dueAt = due ? new Date(due) : null;
  if (!status || (dueAt && Number.isNaN(dueAt.getTime()))) {
    throw new BadUserInputError(
      'after',
      'after is not a valid cursor; use a cursor from pageInfo.',
    );
  }
  const later: FilterQuery<CaseSummary>[] = dueAt
    ? [
        { status, dueAt: { $gt: dueAt } },
        { status, dueAt, id: { $gt: id } },
        { status, dueAt: null },
      ]
    : [{ status, dueAt: null, id: { $gt: id } }];
  const laterStatuses = Object.values(CaseSummaryStatus).filter((value) => value > status);
  return [...later, ...(laterStatuses.length ? [{ status: { $in: laterStatuses } }] : [])];
}

/**
 * Case summaries for operations staff (all) or a GP (those assigned to them): drafts first, each
 * group by due time, soonest (so the overdue ones) first, not yet due last; Relay-paginated.
 * @param ctx - the request
 * @param args - an optional status, the page size (1–100) and the cursor to start after
 * @returns the page
 * @throws FORBIDDEN for anyone else; BAD_USER_INPUT naming `first` or `after`
 */
export async function listCaseSummaries(
  ctx: Context,
  args: { status?: CaseSummaryStatus | null; first: number; after?: string | null },
): Promise<Connection<CaseSummary>> {
  const viewer = requireViewer(ctx);
  const size = parsePageSize(args.first);
  const where: FilterQuery<CaseSummary> & { $or?: FilterQuery<CaseSummary>[] } = {};
  if (!hasRole(viewer, 'OPERATIONS')) {
    if (!hasRole(viewer, 'GP')) {
      throw new ForbiddenError('Only operations staff and GPs can list case summaries.');
    }
    where.gpAccountId = viewer.accountId;
  }
  if (args.status) where.status = args.status;
  if (args.after != null) where.$or = afterCursor(args.after);
  const rows = await ctx.em.find(CaseSummary, where, {
    orderBy: { status: 'asc', dueAt: 'asc nulls last', id: 'asc' },
    limit: size + 1,
  });
  const page = toConnection(rows, size, args.after, sortKeyOf);
  for (const { node } of page.edges) {
    ctx.audit.record({
      objectType: 'CaseSummary',
      objectId: node.id,
      caseId: node.caseId,
      operation: AuditOperation.READ,
      fields: ['status', 'gpAccountId', 'dueAt'],
      outcome: AuditOutcome.ALLOWED,
    });
  }
  return page;
}
