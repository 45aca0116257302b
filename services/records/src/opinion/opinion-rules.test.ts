import { ConsensusVote } from './consensus-vote.entity';
import {
  agreementOf,
  changedRows,
  dissentMatrix,
  questionRow,
  TREATMENT_ROW,
} from './dissent-matrix';
import {
  draftContent,
  missingParts,
  signerNameProblem,
  type OpinionContent,
} from './opinion-content';
import { AgreementLevel, VoteLevel } from './opinion.enums';

const QUESTIONS = ['Is surgery needed?', 'What are the risks?'];
const EMPTY: OpinionContent = {
  diagnosisAssessment: null,
  revisedDiagnosis: null,
  revisedDiagnosisCode: null,
  recommendedTreatment: null,
  alternatives: [],
  answers: QUESTIONS.map((question, questionIndex) => ({ questionIndex, question, answer: null })),
  furtherTests: [],
  notes: null,
};

function vote(
  specialistId: string,
  rowKey: string,
  level: VoteLevel,
  reason: string | null = null,
) {
  return Object.assign(new ConsensusVote(), { specialistId, rowKey, level, reason });
}

describe('The board’s agreement on one row', () => {
  it.each([
    [[VoteLevel.AGREE, VoteLevel.AGREE, VoteLevel.AGREE], 3, AgreementLevel.UNANIMOUS],
    [[VoteLevel.AGREE, VoteLevel.AGREE, VoteLevel.PARTLY], 3, AgreementLevel.MAJORITY],
    [[VoteLevel.AGREE, VoteLevel.PARTLY, VoteLevel.DISAGREE], 3, AgreementLevel.SPLIT],
    [
      [VoteLevel.AGREE, VoteLevel.AGREE, VoteLevel.DISAGREE, VoteLevel.DISAGREE],
      4,
      AgreementLevel.SPLIT,
    ],
    [[VoteLevel.AGREE, VoteLevel.AGREE], 3, null],
  ])('%j of %i members is %s', (levels, members, expected) => {
    expect(agreementOf(levels, members)).toBe(expected);
  });
});

describe('The dissent matrix', () => {
  const consensus = {
    recommendedTreatment: 'Radiotherapy',
    answers: [
      { questionIndex: 0, question: QUESTIONS[0]!, answer: 'No.' },
      { questionIndex: 1, question: QUESTIONS[1]!, answer: 'Few.' },
    ],
  };

  it('lists who dissents with their reason, who has not voted, and ignores former members', () => {
    const matrix = dissentMatrix(
      consensus,
      [
        vote('b', TREATMENT_ROW, VoteLevel.DISAGREE, 'Too much'),
        vote('a', TREATMENT_ROW, VoteLevel.AGREE),
        vote('c', TREATMENT_ROW, VoteLevel.AGREE),
        vote('gone', TREATMENT_ROW, VoteLevel.DISAGREE, 'left the panel'),
        vote('a', questionRow(0), VoteLevel.AGREE),
      ],
      ['a', 'b', 'c'],
    );
    expect(matrix.missingVotes).toBe(5);
    expect(matrix.complete).toBe(false);
    const [treatment, first] = matrix.rows;
    expect(treatment!.agreement).toBe(AgreementLevel.MAJORITY);
    expect(treatment!.votes.map((item) => item.specialistId)).toEqual(['a', 'b', 'c']);
    expect(treatment!.dissents.map((item) => [item.specialistId, item.reason])).toEqual([
      ['b', 'Too much'],
    ]);
    expect(first!.pendingMembers).toEqual([{ id: 'b' }, { id: 'c' }]);
    expect(first!.agreement).toBeNull();
  });

  it('finds the rows whose text changed', () => {
    const after = {
      ...consensus,
      answers: [consensus.answers[0]!, { ...consensus.answers[1]!, answer: 'Some.' }],
    };
    expect(changedRows(consensus, after)).toEqual([questionRow(1)]);
    expect(changedRows(consensus, { ...consensus, recommendedTreatment: 'Surgery' })).toEqual([
      TREATMENT_ROW,
    ]);
  });
});

describe('Opinion content', () => {
  it('keeps a partial draft and one answer per question, and names what signing still needs', () => {
    const { content, problems } = draftContent(
      EMPTY,
      {
        caseId: 'x',
        diagnosisAssessment: 'REVISED' as never,
        recommendedTreatment: '  Physiotherapy  ',
        alternatives: [{ option: 'Surgery' }, { option: ' ', pros: '', cons: null }],
        answers: [{ answer: 'No' }],
        furtherTests: ['MRI', ''],
      },
      QUESTIONS,
    );
    expect(problems).toEqual([]);
    expect(content.recommendedTreatment).toBe('Physiotherapy');
    expect(content.alternatives).toEqual([{ option: 'Surgery', pros: null, cons: null }]);
    expect(content.furtherTests).toEqual(['MRI']);
    expect(content.answers.map((answer) => answer.answer)).toEqual(['No', null]);
    expect(missingParts(content).map((problem) => problem.field)).toEqual([
      'revisedDiagnosis',
      'alternatives[0].pros',
      'alternatives[0].cons',
      'answers[1].answer',
    ]);
  });

  it('checks the ICD-10 code with the intake rule and the lengths', () => {
    const { problems } = draftContent(
      EMPTY,
      { caseId: 'x', revisedDiagnosisCode: 'C5O.4', notes: 'x'.repeat(4001) },
      QUESTIONS,
    );
    expect(problems.map((problem) => [problem.field, problem.rule])).toEqual([
      ['input.revisedDiagnosisCode', 'code.ICD-10'],
      ['input.notes', 'text.tooLong'],
    ]);
    expect(
      draftContent(EMPTY, { caseId: 'x', revisedDiagnosisCode: ' c50.4 ' }, QUESTIONS).content
        .revisedDiagnosisCode,
    ).toBe('C50.4');
  });

  it('accepts the signer’s own name with or without a title, and nobody else’s', () => {
    expect(signerNameProblem('Sunanda Iyer', 'Dr Sunanda Iyer')).toBeNull();
    expect(signerNameProblem('dr. sunanda  iyer', 'Dr Sunanda Iyer')).toBeNull();
    expect(signerNameProblem('Sunanda', 'Dr Sunanda Iyer')).toMatchObject({
      field: 'input.typedFullName',
      rule: 'signer.name',
      values: { name: 'Dr Sunanda Iyer' },
    });
  });
});
