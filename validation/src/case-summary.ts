import { z } from 'zod';
import type { Problem } from './problems';
import { text } from './text';

/**
 * The limits of a GP's case summary, the referral note (issue 7; characters are code points).
 * Questions follow the patient's own (at most 10 of at most 1,000 characters, issue 6).
 */
export const CASE_SUMMARY_LIMITS = {
  /** the history, a narrative */
  history: 10_000,
  /** one key finding */
  finding: 500,
  /** key findings per summary */
  findings: 20,
  /** one question for the specialists */
  question: 1000,
  /** questions per summary */
  questions: 10,
  /** documents referred to */
  documents: 50,
} as const;

/** Control characters other than line breaks and tabs, and bidi/zero-width formatting. */
const FORBIDDEN_IN_TEXT = /(?![\t\n\r])\p{Cc}|[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Running text of a draft, which may still be empty: NFC, trimmed, at most `max` characters, no
 * control or invisible formatting characters.
 * @param max - the most characters allowed
 * @returns a zod schema giving the normalised text ('' when blank)
 */
function draftText(max: number): z.ZodType<string, string> {
  return z.string().transform((raw, ctx) => {
    const value = raw.normalize('NFC').trim();
    const length = [...value].length;
    if (length > max) {
      ctx.addIssue({ code: 'custom', params: { rule: 'text.tooLong', values: { max, length } } });
      return z.NEVER;
    }
    if (FORBIDDEN_IN_TEXT.test(value)) {
      ctx.addIssue({ code: 'custom', params: { rule: 'text.invisible' } });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * What a GP writes in a case summary (a draft may be saved at any point; a part not given is
 * left as it was): the history as a narrative, key findings and questions for the specialists as
 * lists (each item non-blank), and the ids of the case's documents that matter.
 */
export const caseSummaryContentSchema = z.object({
  history: draftText(CASE_SUMMARY_LIMITS.history).nullish(),
  keyFindings: z
    .array(text(CASE_SUMMARY_LIMITS.finding))
    .max(CASE_SUMMARY_LIMITS.findings)
    .nullish(),
  relevantDocumentIds: z.array(z.string()).max(CASE_SUMMARY_LIMITS.documents).nullish(),
  questions: z
    .array(text(CASE_SUMMARY_LIMITS.question))
    .max(CASE_SUMMARY_LIMITS.questions)
    .nullish(),
});
export type CaseSummaryContentInput = z.input<typeof caseSummaryContentSchema>;
export type CaseSummaryContent = z.output<typeof caseSummaryContentSchema>;

/**
 * What a case summary still lacks before the GP can submit it: the history, at least one key
 * finding and at least one question for the specialists.
 * @param summary - the stored summary
 * @returns the problems (fields `history`, `keyFindings`, `questions`), empty when complete
 */
export function caseSummarySubmissionProblems(summary: {
  history: string;
  keyFindings: readonly string[];
  questions: readonly string[];
}): Problem[] {
  const problems: Problem[] = [];
  if (!summary.history.trim()) problems.push({ field: 'history', rule: 'required' });
  if (summary.keyFindings.length === 0) {
    problems.push({ field: 'keyFindings', rule: 'list.tooFew', values: { min: 1 } });
  }
  if (summary.questions.length === 0) {
    problems.push({ field: 'questions', rule: 'list.tooFew', values: { min: 1 } });
  }
  return problems;
}
