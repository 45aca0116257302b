import fc from 'fast-check';
import { refusedField } from '@consilium/subgraph-kit/testing';
import { rupeesInFigures, rupeesInWords, rupeesShort } from '../money/money';
import { checkedPaymentOrderInput } from './payment-order.service';
import type { CreatePaymentOrderInput } from './payment-order.input';

const order = fc.record({
  caseId: fc.uuid(),
  idempotencyKey: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  billingName: fc.constantFrom(
    'Kavita Deshpande',
    'कविता देशपांडे',
    '  Acme   Health Pvt. Ltd. ',
    'K. R',
  ),
  amountInPaise: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  currency: fc.constant('INR'),
}) as fc.Arbitrary<CreatePaymentOrderInput>;

describe('payment orders (checkedPaymentOrderInput): properties', () => {
  it('accepts every well-formed order and checking its result changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(order, (input) => {
        const once = checkedPaymentOrderInput(input);
        expect(once.billingName).toBe(once.billingName.trim());
        expect(checkedPaymentOrderInput(once)).toEqual(once);
      }),
    );
  });

  it('an amount is accepted iff it is a whole number of paise above 0 (no rupees with paise as fractions, no negatives)', () => {
    fc.assert(
      fc.property(
        order,
        fc.oneof(
          fc.integer({ min: -1000, max: 1000 }),
          fc.double({ min: -1e6, max: 1e6 }),
          fc.constantFrom(Number.NaN, Infinity, 0.5, 4999.99),
        ),
        (input, amountInPaise) => {
          const fine = Number.isInteger(amountInPaise) && amountInPaise > 0;
          expect(refusedField(() => checkedPaymentOrderInput({ ...input, amountInPaise }))).toBe(
            fine ? null : 'amountInPaise',
          );
        },
      ),
    );
  });

  it('an idempotency key is accepted iff it is 8–64 letters, digits, hyphens or underscores', () => {
    fc.assert(
      fc.property(
        order,
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/),
          fc.string({ maxLength: 70 }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        ),
        (input, idempotencyKey) => {
          const fine = /^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey);
          expect(refusedField(() => checkedPaymentOrderInput({ ...input, idempotencyKey }))).toBe(
            fine ? null : 'idempotencyKey',
          );
        },
      ),
    );
  });

  it('the name printed on the invoice is refused with a control or invisible formatting character, or outside 2–120 characters', () => {
    fc.assert(
      fc.property(
        order,
        fc.oneof(
          fc
            .constantFrom(
              '\u0000',
              '\u0007',
              '\u001B',
              '\u007F',
              '\u0085',
              '\u00AD',
              '\u200B',
              '\u200E',
              '\u202E',
              '\u2066',
            )
            .map((bad) => `Kavita${bad}Deshpande`),
          fc.string({ unit: fc.constantFrom('a', 'क', '😀'), minLength: 121, maxLength: 200 }),
          fc.constantFrom('', ' ', 'K', ' 😀 '),
        ),
        (input, billingName) => {
          expect(refusedField(() => checkedPaymentOrderInput({ ...input, billingName }))).toBe(
            'billingName',
          );
        },
      ),
    );
  });

  it('a case id is accepted iff it is a UUID', () => {
    fc.assert(
      fc.property(order, fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })), (input, caseId) => {
        const fine =
          /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(
            caseId,
          ) || caseId === '00000000-0000-0000-0000-000000000000';
        expect(refusedField(() => checkedPaymentOrderInput({ ...input, caseId }))).toBe(
          fine ? null : 'caseId',
        );
      }),
    );
  });
});

describe('amounts as invoices print them (rupeesInFigures, rupeesInWords, rupeesShort): properties', () => {
  const paise = fc.oneof(
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 99_99_99_999_99 }),
  );

  it('figures read back to the same paise, with Indian grouping (lakh, crore)', () => {
    fc.assert(
      fc.property(paise, (amount) => {
        const figures = rupeesInFigures(amount);
        expect(figures).toMatch(/^₹(\d{1,2},)*(\d{1,3},)?\d{1,3}\.\d{2}$|^₹\d{1,3}\.\d{2}$/);
        expect(Math.round(Number(figures.replace(/[₹,]/g, '')) * 100)).toBe(amount);
        expect(Math.round(Number(rupeesShort(amount).replace(/^Rs |,/g, '')) * 100)).toBe(amount);
      }),
    );
  });

  it('words name the rupees, and the paise only when there are some, always ending “only”', () => {
    fc.assert(
      fc.property(paise, (amount) => {
        const words = rupeesInWords(amount);
        expect(words).toMatch(/^Rupees [a-z ,-]+ only$/);
        expect(words.includes(' paise ')).toBe(amount % 100 !== 0);
      }),
    );
  });
});
