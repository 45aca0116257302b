import fc from 'fast-check';
import {
  caseIntakeSchema,
  ICD10_CODE,
  INTAKE_LIMITS,
  submissionProblems,
  type CaseIntake,
} from './index';
import { parseAsApi, topField, unreadableMessage } from './testing/rule-checks';

const TODAY = '2026-11-29';
const schema = caseIntakeSchema(TODAY);
const FIELDS = Object.keys(schema.shape);
const icd10 = fc.stringMatching(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/);

describe('case history (caseIntakeSchema): properties', () => {
  it('accepts a symptom severity iff it is a whole number from 1 to 10', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -5, max: 15 }),
          fc.double({ min: -20, max: 20, noNaN: true }),
          fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 0.5, 9.999),
        ),
        (severity) => {
          const parsed = parseAsApi(
            schema,
            { symptoms: [{ description: 'Back pain', severity }] },
            'intake',
          );
          const whole = Number.isInteger(severity) && severity >= 1 && severity <= 10;
          expect(parsed.ok).toBe(whole);
          if (!parsed.ok) {
            expect(parsed.problems.map((p) => [p.field, p.rule])).toEqual([
              ['intake.symptoms[0].severity', 'severity.range'],
            ]);
            expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
          }
        },
      ),
    );
  });

  it('accepts every ICD-10 code of the WHO shape and refuses it lower-cased or with the dot misplaced', () => {
    fc.assert(
      fc.property(icd10, fc.nat(20), (code, index) => {
        const condition = (value: string) => ({
          conditions: [{ text: 'Breast cancer', code: { system: 'ICD-10', code: value } }],
        });
        expect(parseAsApi(schema, condition(code), 'intake').ok).toBe(true);
        const field = `intake.conditions[0].code.code`;
        for (const broken of [code.toLowerCase(), `${code.slice(0, 1)}.${code.slice(1)}`]) {
          if (broken === code) continue;
          const parsed = parseAsApi(schema, condition(broken), 'intake');
          expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
            [field, 'code.ICD-10'],
          ]);
        }
        expect(ICD10_CODE.test(`${code}${'0'.repeat(1 + (index % 4))}`)).toBe(
          /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/.test(`${code}${'0'.repeat(1 + (index % 4))}`),
        );
      }),
    );
  });

  it('accepts a SNOMED CT code iff it is 6 to 18 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (code) => {
        const parsed = parseAsApi(
          schema,
          { conditions: [{ text: 'Diabetes', code: { system: 'SNOMED-CT', code } }] },
          'intake',
        );
        expect(parsed.ok).toBe(code.length >= 6 && code.length <= 18);
      }),
    );
  });

  it('refuses a list over its limit naming the list, and onset dates after today naming the item', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: INTAKE_LIMITS.questions + 1, max: 40 }),
        fc.date({
          min: new Date('2026-11-30T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (count, future) => {
          const questions = parseAsApi(
            schema,
            { questions: Array.from({ length: count }, (_, i) => `Question ${i}?`) },
            'intake',
          );
          expect(questions.ok ? null : questions.problems.map((p) => [p.field, p.rule])).toEqual([
            ['intake.questions', 'list.tooMany'],
          ]);
          const onsetDate = future.toISOString().slice(0, 10);
          const onset = parseAsApi(
            schema,
            { symptoms: [{ description: 'Cough' }, { description: 'Fever', onsetDate }] },
            'intake',
          );
          expect(onset.ok ? null : onset.problems.map((p) => [p.field, p.rule])).toEqual([
            ['intake.symptoms[1].onsetDate', 'date.future'],
          ]);
        },
      ),
    );
  });

  it('never throws on arbitrary values in any section; every refusal names a field of the history and reads in English and Hindi', () => {
    const anyValue = fc.oneof(
      fc.anything(),
      fc.array(
        fc.dictionary(
          fc.constantFrom(
            'description',
            'text',
            'onsetDate',
            'severity',
            'code',
            'substance',
            'name',
          ),
          fc.anything(),
        ),
        { maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...FIELDS), anyValue)),
        (input) => {
          const parsed = parseAsApi(schema, input, 'intake');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect(['', ...FIELDS]).toContain(topField(problem, 'intake'));
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('what a case history lacks (submissionProblems): properties', () => {
  const history = fc.record({
    presentingComplaint: fc.option(fc.constant('Lump in left breast')),
    symptoms: fc.option(fc.array(fc.constant({ description: 'Lump' }), { maxLength: 2 })),
    conditions: fc.option(fc.array(fc.constant({ text: 'Breast cancer' }), { maxLength: 2 })),
    allergies: fc.option(fc.array(fc.constant({ substance: 'Peanut' }), { maxLength: 2 })),
    noKnownAllergies: fc.option(fc.boolean()),
    reasonForSecondOpinion: fc.option(fc.constant('REASSURANCE' as const)),
    questions: fc.option(fc.array(fc.constant('Is surgery needed?'), { maxLength: 3 })),
    patientLocation: fc.option(fc.constant({ city: 'Kochi', state: 'KL' as const })),
  });

  it('is empty exactly when every part is there, and names each missing part once', () => {
    fc.assert(
      fc.property(history, (intake) => {
        const problems = submissionProblems(intake as CaseIntake);
        const allergies = intake.allergies?.length ?? 0;
        const complete =
          !!intake.presentingComplaint &&
          !!(intake.symptoms?.length || intake.conditions?.length) &&
          allergies > 0 !== !!intake.noKnownAllergies &&
          !!intake.reasonForSecondOpinion &&
          !!intake.questions?.length &&
          !!intake.patientLocation;
        expect(problems.length === 0).toBe(complete);
        const fields = problems.map((p) => p.field);
        expect(new Set(fields).size).toBe(fields.length);
        for (const problem of problems) expect(unreadableMessage(problem)).toBeNull();
      }),
    );
  });
});
