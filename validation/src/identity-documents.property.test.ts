import fc from 'fast-check';
import {
  IDENTITY_DOCUMENT_TYPES,
  identityDocument,
  storedIdentifierValue,
  verhoeffValid,
  type IdentityDocumentType,
} from './index';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

/** An Aadhaar number: 11 digits not starting 0 or 1, and the one Verhoeff check digit that fits. */
const aadhaar = fc.stringMatching(/^[2-9][0-9]{10}$/).map((body) => {
  const fitting = [...'0123456789'].filter((check) => verhoeffValid(`${body}${check}`));
  if (fitting.length !== 1) throw new Error(`${body} has ${fitting.length} check digits`);
  return `${body}${fitting[0]}`;
});

/** A valid number of each kind, as stored (upper case, no separators). */
const NUMBERS: Record<IdentityDocumentType, fc.Arbitrary<string>> = {
  AADHAAR: aadhaar,
  ABHA: fc.stringMatching(/^[0-9]{14}$/),
  PAN: fc.stringMatching(/^[A-Z]{5}[0-9]{4}[A-Z]$/),
  PASSPORT: fc.stringMatching(/^[A-Z][0-9]{7}$/),
  VOTER_ID: fc.stringMatching(/^[A-Z]{3}[0-9]{7}$/),
  DRIVING_LICENCE: fc.stringMatching(/^[A-Z]{2}[0-9]{13}$/),
  BIRTH_CERTIFICATE: fc.stringMatching(/^[A-Z0-9/]{4,40}$/),
};

const document = fc
  .constantFrom(...IDENTITY_DOCUMENT_TYPES)
  .chain((type) => NUMBERS[type].map((value) => ({ type, value })));

/** The number as a person may type it: lower case, grouped with spaces, dots or hyphens, full-width. */
function asTyped(value: string, how: number): string {
  const grouped = value.replace(/(.{4})(?=.)/g, `$1${[' ', '.', '-', '  '][how % 4]}`);
  if (how % 3 === 1) return ` ${grouped.toLowerCase()} `;
  if (how % 3 === 2)
    return grouped.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return grouped;
}

describe('identity documents (identityDocument): properties', () => {
  it('accepts every well-formed number however it is typed and normalises it idempotently', () => {
    fc.assert(
      fc.property(document, fc.nat(11), ({ type, value }, how) => {
        const parsed = parseAsApi(
          identityDocument,
          { type, value: asTyped(value, how) },
          'patient.identifier',
        );
        expect(parsed).toEqual({ ok: true, value: { type, value } });
        expect(parseAsApi(identityDocument, { type, value })).toEqual(parsed);
      }),
    );
  });

  it('Verhoeff: every Aadhaar number with one digit mistyped is refused as a checksum error', () => {
    fc.assert(
      fc.property(aadhaar, fc.nat(11), fc.integer({ min: 1, max: 9 }), (number, at, shift) => {
        const digits = [...number];
        digits[at] = String((Number(digits[at]) + shift) % 10);
        fc.pre(/^[2-9]/.test(digits[0]!));
        const parsed = parseAsApi(
          identityDocument,
          { type: 'AADHAAR', value: digits.join('') },
          'patient.identifier',
        );
        expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
          ['patient.identifier.value', 'identifier.checksum'],
        ]);
      }),
    );
  });

  it('Verhoeff: every Aadhaar number with two neighbouring different digits swapped is refused', () => {
    fc.assert(
      fc.property(aadhaar, fc.nat(10), (number, at) => {
        const digits = [...number];
        fc.pre(digits[at] !== digits[at + 1] && (at > 0 || /[2-9]/.test(digits[1]!)));
        [digits[at], digits[at + 1]] = [digits[at + 1]!, digits[at]!];
        expect(verhoeffValid(digits.join(''))).toBe(false);
      }),
    );
  });

  it('never stores an Aadhaar number whole: only its last four digits', () => {
    fc.assert(
      fc.property(aadhaar, (number) => {
        const stored = storedIdentifierValue('AADHAAR', number);
        expect(stored).toBe(`XXXX XXXX ${number.slice(-4)}`);
        expect(stored.replace(/\D/g, '')).toHaveLength(4);
      }),
    );
  });

  it('refuses a number of the wrong shape (a character too many or too few, NUL, a symbol) naming `value`', () => {
    fc.assert(
      fc.property(
        document,
        fc.constantFrom('longer', 'shorter', 'nul', 'symbol'),
        ({ type, value }, how) => {
          fc.pre(type !== 'BIRTH_CERTIFICATE' || how === 'nul' || how === 'symbol');
          const broken = {
            longer: `${value}7`,
            shorter: value.slice(0, -1),
            nul: `${value.slice(0, 2)}\u0000${value.slice(2)}`,
            symbol: `${value.slice(0, 2)}#${value.slice(3)}`,
          }[how];
          const parsed = parseAsApi(
            identityDocument,
            { type, value: broken },
            'patient.identifier',
          );
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          expect(parsed.problems).toHaveLength(1);
          expect(parsed.problems[0]!.field).toBe('patient.identifier.value');
          expect(parsed.problems[0]!.rule).toMatch(/^identifier\./);
          expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
        },
      ),
    );
  });

  it('never throws on arbitrary input; every refusal names a field of the document and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.oneof(fc.constantFrom(...IDENTITY_DOCUMENT_TYPES), fc.anything()),
            value: fc.oneof(fc.string(), fc.anything()),
          }),
        ),
        (input) => {
          const parsed = parseAsApi(identityDocument, input, 'patient.identifier');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect([
              'patient.identifier',
              'patient.identifier.type',
              'patient.identifier.value',
            ]).toContain(problem.field);
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});
