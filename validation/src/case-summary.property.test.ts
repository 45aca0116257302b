import fc from 'fast-check';
import {
  CASE_SUMMARY_LIMITS,
  caseSummaryContentSchema,
  caseSummarySubmissionProblems,
} from './index';
import { forbiddenInText, typedSpace, typedText } from './testing/arbitraries';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

const FIELDS = Object.keys(caseSummaryContentSchema.shape);

describe('GP case summary (caseSummaryContentSchema): properties', () => {
  it('accepts any history, findings and questions within the limits, trimmed, idempotently', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.oneof(
            typedText(200),
            fc.array(typedSpace, { maxLength: 3 }).map((s) => s.join('')),
          ),
        ),
        fc.option(fc.array(typedText(100), { maxLength: CASE_SUMMARY_LIMITS.findings })),
        fc.option(fc.array(typedText(100), { maxLength: CASE_SUMMARY_LIMITS.questions })),
        (history, keyFindings, questions) => {
          const once = parseAsApi(
            caseSummaryContentSchema,
            { history, keyFindings, questions },
            'input',
          );
          if (!once.ok) throw new Error(JSON.stringify(once.problems));
          if (history !== null) expect(once.value.history).toBe(history.normalize('NFC').trim());
          expect(parseAsApi(caseSummaryContentSchema, once.value, 'input')).toEqual(once);
        },
      ),
    );
  });

  it('refuses a control or invisible character in any part, naming that part (and the item)', () => {
    fc.assert(
      fc.property(
        typedText(50),
        forbiddenInText,
        fc.constantFrom('history', 'keyFindings', 'questions'),
        (typed, bad, part) => {
          const tainted = `${typed.trim()}${bad}z`;
          const input = part === 'history' ? { history: tainted } : { [part]: ['Fine', tainted] };
          const parsed = parseAsApi(caseSummaryContentSchema, input, 'input');
          expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
            [part === 'history' ? 'input.history' : `input.${part}[1]`, 'text.invisible'],
          ]);
        },
      ),
    );
  });

  it('refuses more findings or questions than allowed, naming the list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('keyFindings', 'questions'),
        fc.integer({ min: 1, max: 10 }),
        (part, extra) => {
          const max =
            part === 'keyFindings' ? CASE_SUMMARY_LIMITS.findings : CASE_SUMMARY_LIMITS.questions;
          const parsed = parseAsApi(
            caseSummaryContentSchema,
            { [part]: Array.from({ length: max + extra }, (_, i) => `Item ${i}`) },
            'input',
          );
          expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
            [`input.${part}`, 'list.tooMany'],
          ]);
        },
      ),
    );
  });

  it('never throws on arbitrary input; every refusal names a part and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...FIELDS), fc.anything())),
        (input) => {
          const parsed = parseAsApi(caseSummaryContentSchema, input, 'input');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect(['input', ...FIELDS.map((f) => `input.${f}`)]).toContain(
              problem.field.replace(/\[\d+\]$/, ''),
            );
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });

  it('a summary can be submitted exactly when it has a history, a finding and a question', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '  ', 'History'),
        fc.array(fc.constant('x'), { maxLength: 2 }),
        fc.array(fc.constant('q'), { maxLength: 2 }),
        (history, keyFindings, questions) => {
          const problems = caseSummarySubmissionProblems({ history, keyFindings, questions });
          expect(problems.map((p) => p.field)).toEqual([
            ...(history.trim() ? [] : ['history']),
            ...(keyFindings.length ? [] : ['keyFindings']),
            ...(questions.length ? [] : ['questions']),
          ]);
        },
      ),
    );
  });
});
