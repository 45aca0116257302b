import {
  caseIntakeSchema,
  describeProblem,
  patientRegistrationSchema,
  problemsFromZod,
  registrantProblems,
  storedIdentifierValue,
  submissionProblems,
} from './index';

const TODAY = '2026-11-29';

function parseRegistration(patient: unknown) {
  const parsed = patientRegistrationSchema(TODAY).safeParse(patient, { reportInput: true });
  return parsed.success
    ? { value: parsed.data, problems: [] }
    : { value: null, problems: problemsFromZod(parsed.error, 'patient') };
}

describe('patient registration rules', () => {
  it.each([
    ['सुनीता देवी शर्मा'],
    ['கார்த்திகேயன் சுப்ரமணியம்'],
    ["Mary-Ann D'Souza"],
    ['Mary-Ann D’Souza'],
  ])('keeps the name %s exactly as typed (NFC)', (fullName) => {
    const { value } = parseRegistration({ fullName, birthDate: '1979-11-03', gender: 'MALE' });
    expect(value?.fullName).toBe(fullName.normalize('NFC'));
  });

  it('normalises an Indian national-format phone to E.164', () => {
    const { value } = parseRegistration({
      fullName: 'Ravi Shankar Prasad',
      phone: '098682 27853',
      birthDate: '1975-06-30',
      gender: 'MALE',
    });
    expect(value?.phone).toBe('+919868227853');
  });

  it('says how many digits a short mobile number had', () => {
    const { problems } = parseRegistration({
      fullName: 'Ravi Shankar Prasad',
      phone: '98682 2785',
      birthDate: '1975-06-30',
      gender: 'MALE',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('patient.phone');
    expect(describeProblem(problems[0]!)).toContain('10 digits (9 were entered)');
    expect(describeProblem(problems[0]!, 'hi')).toContain('10 अंक');
  });

  it('refuses a date of birth in the future', () => {
    const { problems } = parseRegistration({
      fullName: 'Sneha Kapoor',
      birthDate: '2027-01-15',
      gender: 'FEMALE',
      phone: '+919000002004',
    });
    expect(problems.map((problem) => [problem.field, describeProblem(problem)])).toEqual([
      ['patient.birthDate', 'Date of birth cannot be in the future.'],
    ]);
  });

  it('needs a parent or guardian to register a minor', () => {
    const { value } = parseRegistration({
      fullName: 'Arnav Joshi',
      birthDate: '2010-03-12',
      gender: 'MALE',
      phone: '+919000002005',
    });
    const self = registrantProblems(value!, { kind: 'SELF' }, TODAY);
    expect(self).toEqual([{ field: 'proxy', rule: 'minor.guardian', values: { age: 16 } }]);
    expect(describeProblem(self[0]!)).toBe(
      'The patient is 16; a parent or legal guardian must register and act for a patient under 18.',
    );
    const guardian = { fullName: 'Meera Joshi', relationship: 'MOTHER' as const };
    expect(
      registrantProblems({ ...value!, guardian }, { kind: 'PROXY', relationship: 'MOTHER' }, TODAY),
    ).toEqual([]);
    expect(
      registrantProblems({ ...value!, guardian }, { kind: 'PROXY', relationship: 'SPOUSE' }, TODAY),
    ).toHaveLength(1);
  });

  it('keeps only the last four digits of an Aadhaar number and checks its Verhoeff digit', () => {
    const valid = parseRegistration({
      fullName: 'Kavita Deshpande',
      birthDate: '1974-03-14',
      gender: 'FEMALE',
      identifier: { type: 'AADHAAR', value: '2345 6789 0124' },
    });
    const invalid = parseRegistration({
      fullName: 'Kavita Deshpande',
      birthDate: '1974-03-14',
      gender: 'FEMALE',
      identifier: { type: 'AADHAAR', value: '2345 6789 0123' },
    });
    expect(invalid.problems.map((problem) => problem.rule)).toEqual(['identifier.checksum']);
    expect(valid.problems).toEqual([]);
    expect(storedIdentifierValue('AADHAAR', valid.value!.identifier!.value)).toBe('XXXX XXXX 0124');
  });
});

describe('case history rules', () => {
  const parse = (intake: unknown) => {
    const parsed = caseIntakeSchema(TODAY).safeParse(intake, { reportInput: true });
    return parsed.success ? [] : problemsFromZod(parsed.error);
  };

  it('states the limit and the length of a 20,000-character symptom', () => {
    const problems = parse({
      symptoms: [
        { description: 'Pain in lower back. '.repeat(1000), onsetDate: '2026-09-20', severity: 6 },
      ],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('symptoms[0].description');
    expect(describeProblem(problems[0]!)).toBe('At most 4,000 characters (20,000 were entered).');
  });

  it('names the allowed allergy severities', () => {
    const problems = parse({ allergies: [{ substance: 'Peanut', severity: '11' }] });
    expect(problems[0]!.field).toBe('allergies[0].severity');
    expect(describeProblem(problems[0]!)).toBe(
      'Choose one of MILD, MODERATE, SEVERE; 11 is not one of them.',
    );
  });

  it('lists what a draft lacks before it can be submitted', () => {
    expect(submissionProblems({}).map((problem) => problem.field)).toEqual([
      'presentingComplaint',
      'symptoms',
      'allergies',
      'reasonForSecondOpinion',
      'questions',
      'patientLocation',
    ]);
    expect(
      submissionProblems({ allergies: [{ substance: 'Peanut' }], noKnownAllergies: true }).map(
        (problem) => problem.rule,
      ),
    ).toContain('allergies.both');
  });
});
