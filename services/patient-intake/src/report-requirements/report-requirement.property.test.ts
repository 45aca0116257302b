import { DOCUMENT_KINDS, requirementMatch, SECOND_OPINION_REASONS } from '@consilium/validation';
import fc from 'fast-check';
import { refusedField } from '@consilium/subgraph-kit/testing';
import {
  checkedReportRequirement,
  type ReportRequirementDraft,
} from './report-requirement.service';

const keyword = fc
  .array(
    fc.string({
      unit: fc.constantFrom('a', 'K', 'स', 'ी', '1', '-', "'"),
      minLength: 1,
      maxLength: 8,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => words.join('  '))
  .filter((k) => [...k.normalize('NFC').trim().replace(/\s+/gu, ' ')].length >= 3);

const draft = fc.record({
  conditionCodes: fc.array(
    fc.stringMatching(/^[A-Za-z][0-9]{2}(\.[0-9A-Za-z]{1,4})?$/).map((c) => ` ${c} `),
    { maxLength: 5 },
  ),
  conditionKeywords: fc.array(keyword, { maxLength: 5 }),
  reasons: fc.array(fc.constantFrom(...SECOND_OPINION_REASONS), { minLength: 1, maxLength: 3 }),
  documentKind: fc.constantFrom(...DOCUMENT_KINDS),
  titleEn: fc.constantFrom('Biopsy report', ' Recent kidney function tests '),
  titleHi: fc.constantFrom('बायोप्सी रिपोर्ट', 'हाल की किडनी जाँच'),
}) as fc.Arbitrary<ReportRequirementDraft>;

describe('completeness-table rows (checkedReportRequirement): properties', () => {
  it('accepts every well-formed row and checking its result changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(draft, (row) => {
        const once = checkedReportRequirement(row);
        expect(checkedReportRequirement(once)).toEqual(once);
        const folded = once.conditionKeywords.map((k) => k.toLocaleLowerCase('en-IN'));
        expect(new Set(folded).size).toBe(folded.length);
      }),
    );
  });

  it('every keyword it keeps is then found, as typed, in a patient’s complaint', () => {
    fc.assert(
      fc.property(draft, (row) => {
        const once = checkedReportRequirement(row);
        for (const k of once.conditionKeywords) {
          expect(
            requirementMatch(
              { ...once, conditionCodes: [], reasons: [], conditionKeywords: [k] },
              { presentingComplaint: `Known ${k} for years` },
            ),
          ).toBe(k);
        }
      }),
    );
  });

  it('refuses a keyword or title holding a control or invisible formatting character, naming the field', () => {
    fc.assert(
      fc.property(
        draft,
        fc.constantFrom('conditionKeywords', 'titleEn', 'titleHi'),
        fc.constantFrom(
          '\u0000',
          '\u0007',
          '\u007F',
          '\u0085',
          '\u200B',
          '\u200E',
          '\u202E',
          '\u2066',
        ),
        (row, field, bad) => {
          const tainted =
            field === 'conditionKeywords'
              ? { ...row, conditionKeywords: [`Kid${bad}ney`] }
              : { ...row, [field]: `Rep${bad}ort` };
          expect(refusedField(() => checkedReportRequirement(tainted))).toBe(`input.${field}`);
        },
      ),
    );
  });

  it('a code is accepted iff it is an ICD-10 code or prefix in any case; a row needs a code, keyword or reason', () => {
    fc.assert(
      fc.property(
        draft,
        fc.oneof(
          fc.stringMatching(/^[A-Za-z][0-9]{2}(\.[0-9A-Za-z]{1,4})?$/),
          fc.string({ maxLength: 8 }),
        ),
        (row, code) => {
          const fine = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/.test(code.trim().toUpperCase());
          expect(
            refusedField(() => checkedReportRequirement({ ...row, conditionCodes: [code] })),
          ).toBe(fine ? null : 'input.conditionCodes');
          expect(
            refusedField(() =>
              checkedReportRequirement({
                ...row,
                conditionCodes: [],
                conditionKeywords: [],
                reasons: [],
              }),
            ),
          ).toBe('input.conditionCodes');
        },
      ),
    );
  });
});
