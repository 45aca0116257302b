import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { checkPhone, emailAddress, mobilePhone, normaliseEmail } from './index';
import { parseAsApi, unreadableMessage } from './testing/rule-checks';

/** A 10-digit Indian number that libphonenumber's metadata knows as a mobile number. */
const indianMobile = fc
  .tuple(fc.constantFrom('6', '7', '8', '9'), fc.stringMatching(/^[0-9]{9}$/))
  .map(([first, rest]) => `${first}${rest}`)
  .filter((national) => parsePhoneNumberFromString(`+91${national}`)?.isValid() === true);

const DEVANAGARI = '०१२३४५६७८९';

/** The ways people write one Indian mobile number. */
function writings(national: string, split: number): string[] {
  const a = national.slice(0, split);
  const b = national.slice(split);
  return [
    national,
    `0${national}`,
    `0${a} ${b}`,
    `${a} ${b}`,
    `${a}-${b}`,
    `+91${national}`,
    `+91 ${a} ${b}`,
    `+91-${a}-${b}`,
    `+91 (${a}) ${b}`,
    `0091 ${national}`,
    `91${national}`,
    ` ${a} ${b} `,
    [...national].map((digit) => DEVANAGARI[Number(digit)]).join(''),
  ];
}

describe('mobile numbers (checkPhone, mobilePhone): properties', () => {
  it('reads every way of writing a valid Indian mobile (national, international, spaced, Devanagari) as the same E.164', () => {
    fc.assert(
      fc.property(indianMobile, fc.integer({ min: 1, max: 9 }), (national, split) => {
        for (const written of writings(national, split)) {
          expect([written, checkPhone(written)]).toEqual([written, { phone: `+91${national}` }]);
        }
      }),
    );
  });

  it('normalises idempotently: an E.164 result reads as itself', () => {
    fc.assert(
      fc.property(fc.oneof(indianMobile, fc.string({ maxLength: 20 })), (typed) => {
        const once = checkPhone(typed);
        if ('phone' in once) {
          expect(once.phone).toMatch(/^\+[1-9][0-9]{6,14}$/);
          expect(checkPhone(once.phone)).toEqual(once);
        }
      }),
    );
  });

  it('refuses an Indian number of any length but 10 digits with the count entered', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[6-9][0-9]{0,13}$/).filter((digits) => digits.length !== 10),
        (digits) => {
          const parsed = parseAsApi(mobilePhone, digits, 'input.phone');
          // 12 digits beginning 91 are +91 and a 10-digit number; 11 beginning 0 likewise
          if (/^(91[0-9]{10}|0[0-9]{10})$/.test(digits)) return;
          expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
            ['input.phone', 'phone.digits'],
          ]);
          if (parsed.ok) return;
          const entered = Number(parsed.problems[0]!.values!.entered);
          expect(entered).not.toBe(10);
          expect(entered).toBeLessThanOrEqual(digits.length);
        },
      ),
    );
  });

  it('refuses a 10-digit Indian number that does not start with 6–9 (landlines, typos)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-5][0-9]{9}$/), (digits) => {
        const parsed = parseAsApi(mobilePhone, digits, 'input.phone');
        expect(parsed.ok ? null : parsed.problems.map((p) => [p.field, p.rule])).toEqual([
          ['input.phone', 'phone.mobile'],
        ]);
      }),
    );
  });

  it('refuses text holding NUL or letters instead of digits', () => {
    fc.assert(
      fc.property(
        indianMobile,
        fc.constantFrom('\u0000', 'O', 'l', 'x'),
        fc.nat(9),
        (national, bad, at) => {
          const typed = `${national.slice(0, at)}${bad}${national.slice(at + 1)}`;
          expect(checkPhone(typed)).not.toEqual({ phone: `+91${national}` });
          expect(parseAsApi(mobilePhone, typed).ok).toBe(false);
        },
      ),
    );
  });

  it('never throws on arbitrary input; every refusal names the field and reads in English and Hindi', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/),
        ),
        (input) => {
          const parsed = parseAsApi(mobilePhone, input, 'input.phone');
          if (parsed.ok) return;
          for (const problem of parsed.problems) {
            expect(problem.field).toBe('input.phone');
            expect(unreadableMessage(problem)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('email addresses (emailAddress): properties', () => {
  const local = fc.stringMatching(/^[A-Za-z0-9._%+-]{1,30}$/);
  const domain = fc.stringMatching(/^[A-Za-z0-9-]{1,20}\.[A-Za-z]{2,6}$/);

  it('accepts every address of the usual shape, trimmed and lower-cased, idempotently', () => {
    fc.assert(
      fc.property(local, domain, fc.constantFrom('', ' ', '\t'), (user, host, pad) => {
        const typed = `${pad}${user}@${host}${pad}`;
        const email = normaliseEmail(typed);
        expect(email).toBe(`${user}@${host}`.toLowerCase());
        expect(normaliseEmail(email!)).toBe(email);
      }),
    );
  });

  it('refuses an address without @, with white space inside, or over 254 characters', () => {
    fc.assert(
      fc.property(local, domain, fc.constantFrom(' ', '\t', '\n'), (user, host, space) => {
        expect(normaliseEmail(`${user}${host}`)).toBeNull();
        expect(normaliseEmail(`${user}${space}x@${host}`)).toBeNull();
        expect(normaliseEmail(`${'a'.repeat(64)}@${'b'.repeat(190)}.${host}`)).toBeNull();
      }),
    );
  });

  it('never throws on arbitrary input; every refusal names the field and reads in English and Hindi', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.emailAddress(), fc.string()), (input) => {
        const parsed = parseAsApi(emailAddress, input, 'input.email');
        if (parsed.ok) {
          expect(parsed.value).toBe(parsed.value.toLowerCase());
          return;
        }
        for (const problem of parsed.problems) {
          expect(problem.field).toBe('input.email');
          expect(unreadableMessage(problem)).toBeNull();
        }
      }),
    );
  });
});
