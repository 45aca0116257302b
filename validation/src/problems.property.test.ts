import fc from 'fast-check';
import { z } from 'zod';
import { describeProblem, fieldName, MESSAGES, problemsFromZod, type RuleKey } from './index';
import { unreadableMessage } from './testing/rule-checks';

const RULES = Object.keys(MESSAGES.en) as RuleKey[];
/** The placeholders a rule's message fills in, e.g. `max` and `length`. */
const placeholders = (rule: RuleKey): string[] =>
  [...MESSAGES.en[rule].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

describe('problems and their messages: properties', () => {
  it('every rule reads in English and Hindi, with the same placeholders, whatever values fill them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.integer({ min: 0, max: 10_000_000 }),
        ),
        (rule, value) => {
          const values = Object.fromEntries(placeholders(rule).map((name) => [name, value]));
          expect(unreadableMessage({ field: 'x', rule, values })).toBeNull();
          expect([...MESSAGES.hi[rule].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual(
            placeholders(rule).sort(),
          );
          expect(describeProblem({ field: 'x', rule, values }, 'hi')).not.toBe(
            describeProblem({ field: 'x', rule, values }, 'en'),
          );
        },
      ),
    );
  });

  it('joins any path into one dotted field name, indices in brackets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'input', 'patient'),
        fc.array(fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,10}$/), fc.nat(60)), {
          maxLength: 6,
        }),
        (prefix, path) => {
          const field = fieldName(prefix, path);
          const expected = path.reduce<string>(
            (joined, part) =>
              typeof part === 'number' ? `${joined}[${part}]` : joined ? `${joined}.${part}` : part,
            prefix,
          );
          expect(field).toBe(expected);
          expect(field).not.toMatch(/^\.|\.\.|\.$/);
        },
      ),
    );
  });

  it('turns zod’s refusal of any value by any kind of schema into readable problems, never throwing', () => {
    const schemas = [
      z.enum(['MILD', 'MODERATE', 'SEVERE']),
      z.literal('IN'),
      z.string().max(5),
      z.string().min(2),
      z.array(z.number()).max(2),
      z.array(z.number()).min(1),
      z.number().min(1).max(10),
      z.object({ a: z.boolean(), b: z.array(z.enum(['X', 'Y'])) }),
      z.union([z.string(), z.number()]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.anything(), (schema, input) => {
        const parsed = schema.safeParse(input, { reportInput: true });
        if (parsed.success) return;
        const problems = problemsFromZod(parsed.error, 'input');
        expect(problems.length).toBe(parsed.error.issues.length);
        for (const problem of problems) {
          expect(problem.field.startsWith('input')).toBe(true);
          expect(unreadableMessage(problem)).toBeNull();
          if (problem.rule === 'oneOf')
            expect([...String(problem.values!.entered)].length).toBeLessThanOrEqual(60);
        }
      }),
    );
  });
});
