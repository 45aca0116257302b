import fc from 'fast-check';
import {
  claimedUploadType,
  requirementMatch,
  UPLOAD_CONTENT_TYPES,
  UPLOAD_LIMITS,
  uploadFileProblem,
} from './index';
import { unreadableMessage } from './testing/rule-checks';

const EXTENSIONS = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heic',
} as const;
const fileName = fc.string({
  unit: fc.constantFrom('a', 'Z', '1', ' ', 'र', '_', '.', '😀'),
  maxLength: 30,
});
const accepted = fc.constantFrom(...(Object.keys(EXTENSIONS) as (keyof typeof EXTENSIONS)[]));

describe('report uploads (uploadFileProblem, claimedUploadType): properties', () => {
  it('a file of 1 byte to 25 MB named .pdf/.jpg/.jpeg/.png/.heic/.heif in any case passes, with the type its ending stands for', () => {
    fc.assert(
      fc.property(
        fileName,
        accepted,
        fc.boolean(),
        fc.integer({ min: 1, max: UPLOAD_LIMITS.maxFileBytes }),
        (base, extension, upper, size) => {
          const name = `${base}.${upper ? extension.toUpperCase() : extension}`;
          expect(claimedUploadType({ name, type: '' })).toBe(EXTENSIONS[extension]);
          expect(uploadFileProblem({ name, type: '', size })).toBeNull();
        },
      ),
    );
  });

  it('a declared accepted type wins over the name; the claim is always one of the accepted types or null', () => {
    fc.assert(
      fc.property(
        fileName,
        fc.constantFrom(...UPLOAD_CONTENT_TYPES),
        fc.string({ maxLength: 20 }),
        (name, type, other) => {
          expect(claimedUploadType({ name, type: type.toUpperCase() })).toBe(type);
          const claim = claimedUploadType({ name, type: other });
          expect(
            claim === null || (UPLOAD_CONTENT_TYPES as readonly string[]).includes(claim),
          ).toBe(true);
        },
      ),
    );
  });

  it('takes no type from names or declared types that are object keys, such as __proto__ or constructor', () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(claimedUploadType({ name: `report.${word}`, type: word })).toBeNull();
    }
  });

  it('refuses empty files, files over the limit and any size that is not a positive whole number of bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1000, max: 0 }),
          fc.integer({ min: UPLOAD_LIMITS.maxFileBytes + 1, max: Number.MAX_SAFE_INTEGER }),
          fc
            .double({ min: 0.01, max: 1000, noNaN: true })
            .filter((size) => !Number.isInteger(size)),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
        ),
        (size) => {
          const problem = uploadFileProblem({ name: 'report.pdf', type: 'application/pdf', size });
          expect(problem).not.toBeNull();
          expect(problem!.field).toBe('file');
          expect(unreadableMessage(problem!)).toBeNull();
        },
      ),
    );
  });

  it('refuses every other ending without a declared accepted type (Word, ZIP, executables, no ending)', () => {
    fc.assert(
      fc.property(
        fileName,
        fc.constantFrom('docx', 'zip', 'exe', 'gif', 'pdf.exe', 'svg', 'html', ''),
        (base, extension) => {
          const name = extension ? `${base}.${extension}` : base.replace(/\./g, '');
          expect(uploadFileProblem({ name, type: 'application/octet-stream', size: 1000 })).toEqual(
            { field: 'file', rule: 'file.type' },
          );
        },
      ),
    );
  });
});

describe('which cases need which reports (requirementMatch): properties', () => {
  const word = fc.string({
    unit: fc.constantFrom('a', 'K', 'd', 'स', 'ी', '1', '(', ')', '.', '+', '*', '?', '-'),
    minLength: 1,
    maxLength: 8,
  });
  const keyword = fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((words) => words.join(' '))
    .filter((k) => /^[\p{L}\p{N}]/u.test(k) && /[\p{L}\p{N}]$/u.test(k));
  const rule = (conditionKeywords: string[]) => ({
    conditionCodes: [],
    conditionKeywords,
    reasons: [],
  });

  it('finds a keyword as a whole word in any case, whatever characters it holds (regex specials too)', () => {
    fc.assert(
      fc.property(
        keyword,
        fc.constantFrom('', 'Known ', 'Stage 4 ', '('),
        fc.constantFrom('', ' since 2019', ', on dialysis', ')'),
        (k, before, after) => {
          const presentingComplaint = `${before}${k.toUpperCase()}${after}`;
          expect(requirementMatch(rule([k]), { presentingComplaint })).toBe(k);
          expect(
            requirementMatch(rule([k]), { conditions: [{ text: `${before}${k}${after}` }] }),
          ).toBe(k);
        },
      ),
    );
  });

  it('never finds a keyword inside a longer word', () => {
    fc.assert(
      fc.property(keyword, fc.constantFrom('x', 'Z', 'क', '7'), (k, letter) => {
        expect(
          requirementMatch(rule([k]), { presentingComplaint: `${letter}${k}${letter}` }),
        ).toBeNull();
      }),
    );
  });

  it('matches an ICD-10 prefix to every code under it, in any case, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][0-9]{2}$/),
        fc.stringMatching(/^(\.[0-9A-Z]{1,4})?$/),
        fc.stringMatching(/^[A-Z][0-9]{2}$/),
        (prefix, rest, other) => {
          const conditions = (code: string) => ({
            conditions: [{ text: 'Condition', code: { system: 'ICD-10', code } }],
          });
          const byCode = { conditionCodes: [prefix], conditionKeywords: [], reasons: [] };
          expect(requirementMatch(byCode, conditions(`${prefix}${rest}`.toLowerCase()))).toBe(
            `Condition (${prefix}${rest})`,
          );
          if (other !== prefix)
            expect(requirementMatch(byCode, conditions(`${other}${rest}`))).toBeNull();
        },
      ),
    );
  });
});
