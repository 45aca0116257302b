import { requirementMatch } from './documents';

describe('requirementMatch', () => {
  const rule = {
    conditionCodes: ['N18'],
    conditionKeywords: ['ckd', 'kidney disease'],
    reasons: [],
  };

  it('matches ICD-10 prefixes and whole-word keywords, not parts of words', () => {
    expect(
      requirementMatch(rule, {
        conditions: [{ text: 'CKD', code: { system: 'ICD-10', code: 'N18.4' } }],
      }),
    ).toBe('CKD (N18.4)');
    expect(requirementMatch(rule, { presentingComplaint: 'My CKD is getting worse' })).toBe('ckd');
    expect(
      requirementMatch(rule, { presentingComplaint: 'Chronic  kidney   disease, stage 4' }),
    ).toBe('kidney disease');
    expect(
      requirementMatch(rule, { presentingComplaint: 'Back pain on a backdrop of stress' }),
    ).toBeNull();
    expect(
      requirementMatch({ ...rule, conditionKeywords: ['k'] }, { presentingComplaint: 'knee pain' }),
    ).toBeNull();
  });

  it('keeps a rule with reasons to cases with one of them', () => {
    const payer = {
      conditionCodes: [],
      conditionKeywords: [],
      reasons: ['PAYER_OR_EMPLOYER_REQUIREMENT'],
    };
    expect(
      requirementMatch(payer, { reasonForSecondOpinion: 'PAYER_OR_EMPLOYER_REQUIREMENT' }),
    ).toBe('PAYER_OR_EMPLOYER_REQUIREMENT');
    expect(requirementMatch(payer, { reasonForSecondOpinion: 'REASSURANCE' })).toBeNull();
  });
});
