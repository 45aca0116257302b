import { snippetOf } from './document-search';
import { termHash, wordsOf } from './search-terms';

describe('search words', () => {
  it('case-folds, keeps numbers with decimals and words in any script, drops one-letter words', () => {
    expect(wordsOf('Serum Creatinine: 3.42 H mg/dL — क्रिएटिनिन बढ़ा a')).toEqual([
      'serum',
      'creatinine',
      '3.42',
      'mg',
      'dl',
      'क्रिएटिनिन',
      'बढ़ा',
    ]);
  });

  it('hashes a word the same way every time, and different words differently', () => {
    expect(termHash('creatinine')).toBe(termHash('creatinine'));
    expect(termHash('creatinine')).not.toBe(termHash('urea'));
    expect(termHash('creatinine')).not.toContain('creatinine');
  });

  it('shows the words in context on one line', () => {
    const text = `${'x '.repeat(100)}Serum\nCreatinine 3.42 H mg/dL${' y'.repeat(100)}`;
    const snippet = snippetOf(text, ['creatinine']);
    expect(snippet).toMatch(/^….*Serum Creatinine 3\.42 H mg\/dL.*…$/);
    expect(snippet.length).toBeLessThan(220);
  });
});
