import fc from 'fast-check';
import { normaliseName, personName, text } from './index';
import {
  forbiddenInName,
  forbiddenInText,
  typedName,
  typedText,
  typedSpace,
} from './testing/arbitraries';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

describe('names (personName): properties', () => {
  it('accepts every name of any script and folds its spacing, keeping every letter (NFC)', () => {
    fc.assert(
      fc.property(typedName, (typed) => {
        const parsed = parseAsApi(personName, typed, 'fullName');
        if (!parsed.ok)
          throw new Error(`refused ${JSON.stringify(typed)}: ${parsed.problems[0]!.rule}`);
        const name = parsed.value;
        expect(name).toBe(name.normalize('NFC'));
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/\s\s|[^\S ]/u);
        expect(name.replace(/ /g, '')).toBe(typed.normalize('NFC').replace(/\s+/gu, ''));
      }),
    );
  });

  it('normalises idempotently: parse(parse(x)) = parse(x)', () => {
    fc.assert(
      fc.property(fc.oneof(typedName, fc.string(), fc.string({ unit: 'grapheme' })), (typed) => {
        const once = normaliseName(typed);
        if ('name' in once) expect(normaliseName(once.name)).toEqual(once);
      }),
    );
  });

  it('refuses a name holding a control or invisible formatting character, naming the field in both languages', () => {
    fc.assert(
      fc.property(typedName, forbiddenInName, fc.nat(), (typed, bad, at) => {
        const words = [...typed.trim()];
        words.splice(at % (words.length + 1), 0, bad);
        const parsed = parseAsApi(personName, `${words.join('')}x`, 'fullName');
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.problems).toEqual([
          { field: 'fullName', rule: 'name.invisible', values: undefined },
        ]);
        expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
      }),
    );
  });

  it('refuses names over 200 characters (counted in code points) and blank names', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'स', '😀'), minLength: 201, maxLength: 400 }),
        fc.array(typedSpace, { maxLength: 5 }),
        (long, blanks) => {
          for (const typed of [long, blanks.join('')]) {
            const parsed = parseAsApi(personName, typed, 'fullName');
            expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
              ['fullName', 'name.length'],
            ]);
          }
        },
      ),
    );
  });

  it('accepts a name of exactly 200 characters of any width', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'स', '😀', 'ß'), minLength: 200, maxLength: 200 }),
        (name) => {
          expect(parseAsApi(personName, name).ok).toBe(true);
        },
      ),
    );
  });

  it('refuses a name without any letter (digits, punctuation, emoji)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('1', '.', '-', "'", '😀', '₹', '९'),
          minLength: 1,
          maxLength: 50,
        }),
        (typed) => {
          const parsed = parseAsApi(personName, typed, 'fullName');
          expect(parsed.ok ? null : parsed.problems.map((p) => p.rule)).toEqual(['name.letter']);
        },
      ),
    );
  });

  it('never throws on arbitrary input and reports every refusal readably under the field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' })), (input) => {
        const parsed = parseAsApi(personName, input, 'fullName');
        if (parsed.ok) return;
        for (const problem of parsed.problems) {
          expect(problem.field).toBe('fullName');
          expect(unreadableMessage(problem)).toBeNull();
        }
      }),
    );
  });
});

describe('running text (text(max)): properties', () => {
  const MAX = 40;
  const schema = text(MAX);

  it('accepts any text of at most max characters, even with white space around it, trimmed and NFC', () => {
    fc.assert(
      fc.property(typedText(MAX), fc.array(typedSpace, { maxLength: 4 }), (typed, pad) => {
        const padded = `${pad.join('')}${typed}${pad.join('')}`;
        const parsed = parseAsApi(schema, padded, 'reason');
        if (!parsed.ok)
          throw new Error(`refused ${JSON.stringify(padded)}: ${parsed.problems[0]!.rule}`);
        expect(parsed.value).toBe(typed.normalize('NFC').trim());
        expect(parseAsApi(schema, parsed.value)).toEqual(parsed);
      }),
    );
  });

  it('counts only what is kept: max characters with white space around them are accepted', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'क', '😀'), minLength: MAX, maxLength: MAX }),
        fc.array(typedSpace, { minLength: 1, maxLength: 4 }),
        (typed, pad) => {
          const parsed = parseAsApi(schema, `${typed}${pad.join('')}`, 'reason');
          expect(parsed).toEqual({ ok: true, value: typed });
        },
      ),
    );
  });

  it('refuses text over max characters with the count the person typed, white space included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'क', '😀'),
          minLength: MAX + 1,
          maxLength: MAX * 3,
        }),
        fc.array(typedSpace, { maxLength: 3 }),
        (kept, pad) => {
          const typed = `${kept}${pad.join('')}`;
          const parsed = parseAsApi(schema, typed, 'reason');
          expect(parsed.ok ? null : parsed.problems).toEqual([
            {
              field: 'reason',
              rule: 'text.tooLong',
              values: { max: MAX, length: [...typed].length },
            },
          ]);
        },
      ),
    );
  });

  it('refuses text holding NUL, another control character or an invisible bidi/zero-width character', () => {
    fc.assert(
      fc.property(typedText(MAX - 2), forbiddenInText, (typed, bad) => {
        const parsed = parseAsApi(schema, `${typed.trim()}${bad}z`, 'reason');
        expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
          ['reason', 'text.invisible'],
        ]);
        if (!parsed.ok) expect(unreadableMessage(parsed.problems[0]!)).toBeNull();
      }),
    );
  });

  it('refuses blank text as required', () => {
    fc.assert(
      fc.property(fc.array(typedSpace, { maxLength: 6 }), (blanks) => {
        const parsed = parseAsApi(schema, blanks.join(''), 'reason');
        expect(parsed.ok ? null : parsed.problems.map((p) => p.rule)).toEqual(['required']);
      }),
    );
  });

  it('never throws on arbitrary input; every refusal names the field and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 80 })),
        (input) => {
          const parsed = parseAsApi(schema, input, 'reason');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect(problem.field).toBe('reason');
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});
