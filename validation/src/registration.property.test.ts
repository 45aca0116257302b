import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import {
  ADMINISTRATIVE_GENDERS,
  addressSchema,
  INDIAN_STATE_CODES,
  PATIENT_LANGUAGE_CODES,
  PROXY_RELATIONSHIPS,
  patientRegistrationSchema,
  registrantProblems,
  type PatientRegistration,
  type Registrant,
} from './index';
import { typedName } from './testing/arbitraries';
import { parseAsApi, topField, unreadableMessage } from './testing/rule-checks';

const TODAY = '2026-11-29';
const schema = patientRegistrationSchema(TODAY);
const FIELDS = Object.keys(schema.shape);

const day = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((at) => at.toISOString().slice(0, 10));
const mobile = fc
  .stringMatching(/^[6-9][0-9]{9}$/)
  .filter((national) => parsePhoneNumberFromString(`+91${national}`)?.isValid() === true);

/** A registration a person could submit: valid values, optional parts present or not. */
const registration = fc.record(
  {
    fullName: typedName,
    nameLocal: fc.option(typedName),
    birthDate: day('1900-01-01', TODAY),
    gender: fc.constantFrom(...ADMINISTRATIVE_GENDERS),
    phone: fc.option(mobile.map((n) => `0${n.slice(0, 5)} ${n.slice(5)}`)),
    email: fc.option(fc.emailAddress()),
    preferredLanguage: fc.option(fc.constantFrom(...PATIENT_LANGUAGE_CODES)),
    address: fc.option(
      fc.record({
        line1: fc.constantFrom('12 MG Road', 'फ्लैट 4, गली 2'),
        city: fc.constantFrom('Kochi', 'पटना'),
        state: fc.constantFrom(...INDIAN_STATE_CODES),
        postalCode: fc.stringMatching(/^[1-9][0-9]{5}$/),
      }),
    ),
  },
  { requiredKeys: ['fullName', 'birthDate', 'gender'] },
);

describe('patient registration (patientRegistrationSchema): properties', () => {
  it('accepts every well-formed registration, and parsing its result changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(registration, (input) => {
        const once = parseAsApi(schema, input, 'patient');
        if (!once.ok) throw new Error(JSON.stringify(once.problems));
        expect(parseAsApi(schema, once.value, 'patient')).toEqual(once);
      }),
    );
  });

  it('refuses every date of birth after today, naming patient.birthDate', () => {
    fc.assert(
      fc.property(registration, day('2026-11-30', '2200-01-01'), (input, birthDate) => {
        const parsed = parseAsApi(schema, { ...input, birthDate }, 'patient');
        expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
          ['patient.birthDate', 'birthDate.future'],
        ]);
      }),
    );
  });

  it('accepts a PIN code iff it is 6 digits not starting with 0', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[0-9]{6}$/),
          fc.stringMatching(/^[0-9 ]{0,8}$/),
          fc.string({ maxLength: 8 }),
        ),
        (postalCode) => {
          const parsed = parseAsApi(
            addressSchema,
            { line1: '12 MG Road', city: 'Kochi', state: 'KL', postalCode },
            'patient.address',
          );
          expect(parsed.ok).toBe(/^[1-9][0-9]{5}$/.test(postalCode.trim()));
          if (!parsed.ok) {
            expect(parsed.problems.map((p) => [p.field, p.rule])).toEqual([
              ['patient.address.postalCode', 'pin.invalid'],
            ]);
          }
        },
      ),
    );
  });

  it('never throws on arbitrary values in any field; every refusal names a field of the registration and reads in English and Hindi', () => {
    const anyValue = fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom(...FIELDS), anyValue),
          registration.chain((valid) =>
            fc
              .constantFrom(...FIELDS)
              .chain((field) => anyValue.map((value) => ({ ...valid, [field]: value }))),
          ),
        ),
        (input) => {
          const parsed = parseAsApi(schema, input, 'patient');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect(['', ...FIELDS]).toContain(topField(problem, 'patient'));
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('who may register a patient (registrantProblems): properties', () => {
  const patient = (
    birthDate: string,
    extra: Partial<PatientRegistration> = {},
  ): PatientRegistration =>
    ({
      fullName: 'Asha Rao',
      birthDate,
      gender: 'FEMALE',
      phone: '+919868227853',
      ...extra,
    }) as PatientRegistration;
  const minorBirth = day('2008-11-30', TODAY);
  const adultBirth = day('1900-01-01', '2008-11-29');
  const registrant: fc.Arbitrary<Registrant> = fc.oneof(
    fc.constant({ kind: 'SELF' as const }),
    fc.record({
      kind: fc.constant('PROXY' as const),
      relationship: fc.option(fc.constantFrom(...PROXY_RELATIONSHIPS)),
    }),
  );

  it('a minor can never register themself: always refused with their age', () => {
    fc.assert(
      fc.property(minorBirth, (birthDate) => {
        const problems = registrantProblems(patient(birthDate), { kind: 'SELF' }, TODAY);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ field: 'proxy', rule: 'minor.guardian' });
        expect(problems[0]!.values!.age).toBeLessThan(18);
        expect(unreadableMessage(problems[0]!)).toBeNull();
      }),
    );
  });

  it('a minor registered by anyone is accepted only with a parent or legal guardian named', () => {
    fc.assert(
      fc.property(
        minorBirth,
        registrant,
        fc.option(fc.constantFrom(...PROXY_RELATIONSHIPS)),
        (birthDate, who, guardian) => {
          const problems = registrantProblems(
            patient(
              birthDate,
              guardian ? { guardian: { fullName: 'Ravi Rao', relationship: guardian } } : {},
            ),
            who,
            TODAY,
          );
          const guardianOk =
            guardian !== null &&
            ['MOTHER', 'FATHER', 'PARENT', 'GUARDIAN', 'LEGAL_REPRESENTATIVE'].includes(guardian);
          if (!guardianOk || who.kind === 'SELF') expect(problems).not.toEqual([]);
          for (const problem of problems) expect(unreadableMessage(problem)).toBeNull();
        },
      ),
    );
  });

  it('an adult never has a guardian, and registering themself needs a phone or email', () => {
    fc.assert(
      fc.property(
        adultBirth,
        registrant,
        fc.boolean(),
        fc.boolean(),
        (birthDate, who, withGuardian, withContact) => {
          const problems = registrantProblems(
            patient(birthDate, {
              phone: withContact ? '+919868227853' : null,
              guardian: withGuardian ? { fullName: 'Ravi Rao', relationship: 'FATHER' } : null,
            }),
            who,
            TODAY,
          );
          const expected = withGuardian
            ? [{ field: 'patient.guardian', rule: 'adult.guardian' }]
            : !withContact && who.kind === 'SELF'
              ? [{ field: 'patient.phone', rule: 'contact.required' }]
              : [];
          expect(problems).toEqual(expected);
        },
      ),
    );
  });
});
