import fc from 'fast-check';
import { signerNameProblem } from '../opinion/opinion-content';
import { ACCEPTED_TYPES, sniffContentType, SNIFF_BYTES } from './content-type';

const MAGIC: Record<(typeof ACCEPTED_TYPES)[number], fc.Arbitrary<Buffer>> = {
  'application/pdf': fc.constant(Buffer.from('%PDF-', 'latin1')),
  'image/jpeg': fc.constant(Buffer.from([0xff, 0xd8, 0xff])),
  'image/png': fc.constant(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/heic': fc
    .tuple(
      fc.uint8Array({ minLength: 4, maxLength: 4 }),
      fc.constantFrom('heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'),
    )
    .map(([size, brand]) =>
      Buffer.concat([Buffer.from(size), Buffer.from(`ftyp${brand}`, 'latin1')]),
    ),
};

describe('what an uploaded file really is (sniffContentType): properties', () => {
  it('recognises every PDF, JPEG, PNG and HEIC by its first bytes, whatever follows', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...ACCEPTED_TYPES)
          .chain((type) => fc.tuple(fc.constant(type), MAGIC[type])),
        fc.uint8Array({ maxLength: SNIFF_BYTES }),
        ([type, magic], rest) => {
          const head = Buffer.concat([magic, Buffer.from(rest)]).subarray(0, SNIFF_BYTES);
          expect(sniffContentType(head)).toEqual({ type });
        },
      ),
    );
  });

  it('refuses every other start (executables, archives, scripts, random bytes), saying what it looks like, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: SNIFF_BYTES }),
          fc
            .constantFrom(
              'MZ',
              '\x7fELF',
              'PK\x03\x04',
              'GIF89a',
              '#!/bin/sh',
              '<svg',
              '<?xml',
              '%PDF',
              '',
            )
            .map((start) => Buffer.from(start, 'latin1')),
        ),
        (bytes) => {
          const head = Buffer.from(bytes);
          const isAccepted =
            head.subarray(0, 5).toString('latin1') === '%PDF-' ||
            (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
            head
              .subarray(0, 8)
              .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
            (head.subarray(4, 8).toString('latin1') === 'ftyp' &&
              ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(
                head.subarray(8, 12).toString('latin1'),
              ));
          fc.pre(!isAccepted);
          const verdict = sniffContentType(head);
          expect('refused' in verdict && verdict.refused.trim() !== '').toBe(true);
        },
      ),
    );
  });
});

describe('who signs an opinion (records signerNameProblem): properties', () => {
  const name = fc
    .array(
      fc.string({
        unit: fc.constantFrom('a', 'R', 'ß', 'é', 'स', 'ु', 'ம', "'", '-'),
        minLength: 1,
        maxLength: 10,
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((words) => words.join(' '))
    .filter((typed) => /\p{L}/u.test(typed));

  it('the account’s own name matches however it is cased, spaced or dotted, with or without an honorific', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('', 'Dr ', 'Dr. ', 'Prof ', 'डॉ. '),
        fc.constantFrom('upper', 'lower', 'dots', 'same'),
        (accountName, honorific, how) => {
          const typed = {
            upper: accountName.toUpperCase(),
            lower: accountName.toLowerCase(),
            dots: accountName.replace(/ /g, '. '),
            same: accountName,
          }[how];
          expect(signerNameProblem(`${honorific}${typed}`, accountName)).toBeNull();
        },
      ),
    );
  });

  it('someone else’s name is refused naming input.typedFullName', () => {
    fc.assert(
      fc.property(name, name, (typed, accountName) => {
        const fold = (n: string) =>
          n
            .toUpperCase()
            .toLowerCase()
            .replace(/[\s.\-'’]+/gu, '');
        fc.pre(fold(typed) !== fold(accountName));
        expect(signerNameProblem(typed, accountName)).toMatchObject({
          field: 'input.typedFullName',
        });
      }),
    );
  });
});
