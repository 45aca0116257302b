import fc from 'fast-check';
import { consentSignatureSchema, SIGNATURE_MAX_CHARS, signerNameProblem } from './index';
import { typedName } from './testing/arbitraries';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

/** A PNG data URL of a drawn signature: base64 of 150 to 2,000 bytes. */
const signature = fc
  .uint8Array({ minLength: 150, maxLength: 2000 })
  .map((bytes) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`);

describe('e-consent signature (consentSignatureSchema): properties', () => {
  it('accepts every typed name with a drawn PNG signature and “I agree”, idempotently', () => {
    fc.assert(
      fc.property(typedName, signature, (typedFullName, signatureImage) => {
        const once = parseAsApi(
          consentSignatureSchema,
          { typedFullName, signatureImage, agreed: true },
          'input',
        );
        if (!once.ok) throw new Error(JSON.stringify(once.problems));
        expect(parseAsApi(consentSignatureSchema, once.value, 'input')).toEqual(once);
      }),
    );
  });

  it('refuses without an explicit true “I agree”, naming input.agreed', () => {
    fc.assert(
      fc.property(
        signature,
        fc.anything().filter((value) => value !== true),
        (signatureImage, agreed) => {
          const parsed = parseAsApi(
            consentSignatureSchema,
            { typedFullName: 'Asha Rao', signatureImage, agreed },
            'input',
          );
          expect(parsed.ok ? null : parsed.problems.map((p) => p.field)).toEqual(['input.agreed']);
        },
      ),
    );
  });

  it('refuses an image that is not a base64 PNG data URL (other types, NUL, script) or is too large', () => {
    fc.assert(
      fc.property(
        signature,
        fc.constantFrom('jpeg', 'nul', 'script', 'short', 'huge'),
        (valid, how) => {
          const signatureImage = {
            jpeg: valid.replace('image/png', 'image/jpeg'),
            nul: `${valid}\u0000`,
            script: valid.replace('data:image/png;base64,', 'javascript:alert(1)//'),
            short: 'data:image/png;base64,iVBORw0KGgo=',
            huge: `data:image/png;base64,${'A'.repeat(SIGNATURE_MAX_CHARS)}`,
          }[how];
          const parsed = parseAsApi(
            consentSignatureSchema,
            { typedFullName: 'Asha Rao', signatureImage, agreed: true },
            'input',
          );
          expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
            ['input.signatureImage', how === 'huge' ? 'signature.tooLarge' : 'signature.missing'],
          ]);
          if (!parsed.ok) expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
        },
      ),
    );
  });

  it('never throws on arbitrary input; every refusal names one of its three fields and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            { typedFullName: fc.anything(), signatureImage: fc.anything(), agreed: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          const parsed = parseAsApi(consentSignatureSchema, input, 'input');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect([
              'input',
              'input.typedFullName',
              'input.signatureImage',
              'input.agreed',
            ]).toContain(problem.field);
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('who signs (signerNameProblem): properties', () => {
  it('a patient’s own name matches however it is cased, spaced or punctuated', () => {
    fc.assert(
      fc.property(typedName, fc.constantFrom('upper', 'lower', 'spaces', 'dots'), (name, how) => {
        const typed = {
          upper: name.toUpperCase(),
          lower: name.toLowerCase(),
          spaces: name.replace(/\s+/g, '  '),
          dots: name.replace(/\s+/g, '. '),
        }[how];
        expect(signerNameProblem(typed, { kind: 'SELF', names: [name] })).toBeNull();
      }),
    );
  });

  it('a proxy typing the patient’s name is always refused, naming input.typedFullName', () => {
    fc.assert(
      fc.property(typedName, (patientName) => {
        const problem = signerNameProblem(patientName, {
          kind: 'PROXY',
          patientNames: [patientName],
          guardianName: null,
        });
        expect(problem).toEqual({ field: 'input.typedFullName', rule: 'signer.notPatient' });
        expect(unreadableMessage(problem!)).toBeNull();
      }),
    );
  });
});
