import fc from 'fast-check';
import { maskLogin, parseLogin } from './logins';

const mobile = fc.stringMatching(/^[6-9][0-9]{9}$/).filter((n) => parseLogin(n) !== null);

describe('logins typed into one box (parseLogin, maskLogin): properties', () => {
  it('reads anything with @ as an email only, anything else as a phone only, and reads its own result the same (idempotent)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.emailAddress(),
          mobile.map((n) => `0${n.slice(0, 5)} ${n.slice(5)}`),
          fc.string({ maxLength: 30 }),
        ),
        (typed) => {
          const login = parseLogin(typed);
          if (login === null) return;
          if (typed.includes('@')) expect(login).toEqual({ email: expect.any(String) });
          else expect(login).toEqual({ phone: expect.stringMatching(/^\+[1-9][0-9]{6,14}$/) });
          expect(parseLogin(login.email ?? login.phone!)).toEqual(login);
        },
      ),
    );
  });

  it('one person, however their phone or email is written, is one login (the sign-in limit and the account key agree)', () => {
    fc.assert(
      fc.property(mobile, fc.emailAddress(), (national, email) => {
        const phones = [
          national,
          `+91 ${national}`,
          `0${national}`,
          ` ${national.slice(0, 5)} ${national.slice(5)} `,
        ].map(parseLogin);
        expect(new Set(phones.map((p) => JSON.stringify(p))).size).toBe(1);
        expect(parseLogin(` ${email.toUpperCase()} `)).toEqual(parseLogin(email));
      }),
    );
  });

  it('masking keeps at most the first and last three characters of a phone, and the first letter and domain of an email', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.emailAddress(),
          mobile.map((n) => `+91${n}`),
        ),
        (value) => {
          const masked = maskLogin(value);
          expect(masked).toContain('•');
          if (value.includes('@')) {
            const [local, domain] = value.split('@');
            expect(masked).toBe(`${local!.slice(0, 1)}•••@${domain}`);
          } else {
            expect(masked.replace(/•/g, '')).toBe(`${value.slice(0, 3)}${value.slice(-3)}`);
            expect(masked).toHaveLength(value.length);
          }
        },
      ),
    );
  });
});
