import {
  BadUserInputError,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  nulCharacterPath,
  parseId,
  parsePageSize,
  referenceId,
  type CursorPart,
} from '@consilium/subgraph-kit';
import fc from 'fast-check';

// The input guards every subgraph shares (services/kit), as the gateway's clients meet them.

/** Runs a guard and returns what it gave, or the BadUserInputError it threw (anything else fails). */
function outcome<T>(guard: () => T): { value: T } | { field: unknown; message: string } {
  try {
    return { value: guard() };
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.message.trim()).not.toBe('');
    return { field: error.extensions['field'], message: error.message };
  }
}

/** Any value a JSON body or a GraphQL variable can hold, and then some. */
const anyInput = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.double(), fc.bigInt());

describe('page size (parsePageSize): properties', () => {
  it(`accepts first iff it is a whole number from 1 to ${MAX_PAGE_SIZE}, else BAD_USER_INPUT naming first`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -10, max: 110 }),
          fc.integer(),
          fc.double(),
          fc.constantFrom(Number.NaN, Infinity, -0, 1.5, 100.000001, 2 ** 53),
        ),
        (first) => {
          const result = outcome(() => parsePageSize(first));
          const valid = Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE;
          expect(result).toEqual(
            valid
              ? { value: first }
              : { field: 'first', message: `first must be between 1 and ${MAX_PAGE_SIZE}.` },
          );
        },
      ),
    );
  });

  it('never throws anything but BAD_USER_INPUT, whatever arrives', () => {
    fc.assert(
      fc.property(anyInput, (first) => {
        const result = outcome(() => parsePageSize(first as number));
        if ('field' in result) expect(result.field).toBe('first');
      }),
    );
  });
});

describe('cursors (encodeCursor, decodeCursor): properties', () => {
  const part = (kind: CursorPart): fc.Arbitrary<string> =>
    kind === 'uuid'
      ? fc.uuid()
      : kind === 'timestamp'
        ? fc
            .date({
              min: new Date('2000-01-01T00:00:00Z'),
              max: new Date('2100-01-01T00:00:00Z'),
              noInvalidDate: true,
            })
            .map((at) => at.toISOString())
        : fc.string({ unit: 'grapheme', maxLength: 60 });
  const shape = fc.array(fc.constantFrom<CursorPart>('text', 'uuid', 'timestamp'), {
    minLength: 1,
    maxLength: 3,
  });

  it('decodes every cursor it made to the same sort key (round trip)', () => {
    fc.assert(
      fc.property(
        shape.chain((parts) => fc.tuple(fc.constant(parts), fc.tuple(...parts.map(part)))),
        ([parts, key]) => {
          expect(decodeCursor(encodeCursor(key), parts)).toEqual(key);
        },
      ),
    );
  });

  it('refuses any other string with BAD_USER_INPUT naming after, and whatever it accepts has the expected shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.base64String({ maxLength: 80 }),
          fc
            .jsonValue()
            .map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
        ),
        shape,
        (cursor, parts) => {
          const result = outcome(() => decodeCursor(cursor, parts));
          if ('field' in result) {
            expect(result.field).toBe('after');
            return;
          }
          expect(result.value).toHaveLength(parts.length);
          result.value.forEach((value, index) => {
            expect(typeof value).toBe('string');
            if (parts[index] === 'uuid') expect(value).toMatch(/^[0-9a-f-]{36}$/i);
            if (parts[index] === 'timestamp') expect(Number.isNaN(Date.parse(value))).toBe(false);
          });
        },
      ),
    );
  });

  it('refuses a cursor whose uuid or timestamp part was tampered with', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.constantFrom("' OR 1=1 --", '2026-13-45T99:99:99Z', '', '{"$gt":""}', 'x'.repeat(1001)),
        (id, tampered) => {
          expect(
            outcome(() => decodeCursor(encodeCursor([tampered, id]), ['timestamp', 'uuid'])),
          ).toMatchObject({ field: 'after' });
          expect(
            outcome(() =>
              decodeCursor(encodeCursor(['2026-11-29T10:00:00.000Z', tampered]), [
                'timestamp',
                'uuid',
              ]),
            ),
          ).toMatchObject({
            field: 'after',
          });
        },
      ),
    );
  });
});

describe('ids (parseId, referenceId): properties', () => {
  it('accepts every UUID in either case, canonical lower case, idempotently', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.boolean(), (id, upper) => {
        const given = upper ? id.toUpperCase() : id;
        expect(parseId(given, 'input.caseId')).toBe(id.toLowerCase());
        expect(parseId(parseId(given, 'input.caseId'), 'input.caseId')).toBe(id.toLowerCase());
      }),
    );
  });

  it('refuses anything else with BAD_USER_INPUT naming the field, quoting at most 64 characters of it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.uuid().map((id) => ` ${id}`),
          fc.uuid().map((id) => id.replace(/-/g, '')),
        ),
        fc.constantFrom('id', 'input.caseId', 'input.documentIds[3]'),
        (value, field) => {
          fc.pre(
            !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(
              value,
            ),
          );
          const result = outcome(() => parseId(value, field));
          expect(result).toMatchObject({ field });
          if ('message' in result)
            expect(result.message.length).toBeLessThanOrEqual(field.length + 30 + 64);
        },
      ),
    );
  });

  it('a federation reference with any id value yields its id or BAD_USER_INPUT naming representations.id', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.uuid()), (id) => {
        const result = outcome(() => referenceId({ id }));
        if ('field' in result) expect(result.field).toBe('representations.id');
        else expect(result.value).toBe((id as string).toLowerCase());
      }),
    );
  });
});

describe('NUL characters in variables (nulCharacterPath): properties', () => {
  /** GraphQL names: what variables and input fields are called. */
  const name = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,8}$/);
  const noNul = fc
    .string({ unit: 'grapheme', maxLength: 12 })
    .map((text) => text.replaceAll('\u0000', ''));
  const { variables } = fc.letrec((tie) => ({
    variables: fc.dictionary(name, tie('value'), { maxKeys: 4 }),
    value: fc.oneof(
      { depthSize: 'small' },
      noNul,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(name, tie('value'), { maxKeys: 3 }),
    ),
  }));

  /** Every string in a value, with the path nulCharacterPath would name it by. */
  function strings(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value))
      return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, item]) =>
        strings(item, path ? `${path}.${key}` : key),
      );
    }
    return [];
  }

  /** The value with a NUL put into its `target`-th string. */
  function withNul(value: unknown, target: number, seen = { count: 0 }): unknown {
    if (typeof value === 'string') return seen.count++ === target ? `${value}\u0000x` : value;
    if (Array.isArray(value)) return value.map((item) => withNul(item, target, seen));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, withNul(item, target, seen)]),
      );
    }
    return value;
  }

  it('finds nothing in variables without NUL', () => {
    fc.assert(
      fc.property(variables, (vars) => {
        expect(nulCharacterPath(vars, '')).toBeNull();
      }),
    );
  });

  it('names the exact path (a.b[2].c) of a string holding NUL, however deep', () => {
    fc.assert(
      fc.property(variables, fc.nat(), (vars, pick) => {
        const all = strings(vars, '');
        fc.pre(all.length > 0);
        const target = pick % all.length;
        const tainted = withNul(vars, target);
        expect(nulCharacterPath(tainted, '')).toBe(all[target]![0]);
      }),
    );
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const found = nulCharacterPath(value, '');
        expect(found === null || typeof found === 'string').toBe(true);
      }),
    );
  });
});
