import { caseSummaryContentSchema, caseSummarySubmissionProblems } from './case-summary';
import { problemsFromZod } from './problems';

describe('The GP case summary rules', () => {
  const parse = (value: unknown) =>
    caseSummaryContentSchema.safeParse(value, { reportInput: true });

  it('keeps a draft’s blank history, normalised, and leaves out what was not given', () => {
    const parsed = parse({
      history: '  Swelling since March.\n\n ',
      questions: ['क्या ऑपरेशन ज़रूरी है?'],
    });
    expect(parsed.success && parsed.data).toEqual({
      history: 'Swelling since March.',
      questions: ['क्या ऑपरेशन ज़रूरी है?'],
    });
    expect(parse({ history: '' }).success).toBe(true);
  });

  it('names each broken rule: too long, invisible characters, blank or too many items', () => {
    const parsed = parse({
      history: 'x'.repeat(10_001),
      keyFindings: ['ok', ' '],
      questions: Array.from({ length: 11 }, (_, i) => `Question ${i + 1}?`),
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(problemsFromZod(parsed.error, 'input').map(({ field, rule }) => [field, rule])).toEqual([
      ['input.history', 'text.tooLong'],
      ['input.keyFindings[1]', 'required'],
      ['input.questions', 'list.tooMany'],
    ]);
    const hidden = parse({ history: 'a\u202Eb' });
    expect(!hidden.success && problemsFromZod(hidden.error)[0]).toMatchObject({
      field: 'history',
      rule: 'text.invisible',
    });
  });

  it('says what submitting needs: the history, a key finding and a question', () => {
    expect(caseSummarySubmissionProblems({ history: ' ', keyFindings: [], questions: [] })).toEqual(
      [
        { field: 'history', rule: 'required' },
        { field: 'keyFindings', rule: 'list.tooFew', values: { min: 1 } },
        { field: 'questions', rule: 'list.tooFew', values: { min: 1 } },
      ],
    );
    expect(
      caseSummarySubmissionProblems({ history: 'h', keyFindings: ['f'], questions: ['q?'] }),
    ).toEqual([]);
  });
});
