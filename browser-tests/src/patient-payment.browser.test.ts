import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, fillSignInForm } from './support/accounts';
import { wcagViolations } from './support/axe';
import {
  apiSignIn,
  callGraphQL,
  caseAwaitingPayment,
  consentedCase,
  type ConsentedCase,
} from './support/fixture-case-api';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Journey step 5, confirmation and payment, in the patient app: a new patient's case (fixture
// case B) whose one specialist has confirmed waits for payment. The patient reads the fee with
// what it includes and excludes, names who the invoice is for (a name the server refuses is
// named at its field), fails a first payment in the sandbox's test checkout (the bank's reason is
// shown), pays, and finds the case in consultation with its invoice and receipt, the two
// attempts and the PDF. Operations staff then refund part of the fee, which the invoice shows;
// the offer to cancel no longer says "full refund" but names what is left. She cancels for what
// is left, which is pending (the thanks for paying gone), then processed: the invoice says
// refunded in full, the case is cancelled, and nothing offers to cancel, says the next step is
// the payment, or links to a consultation that never began.

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const PORT = 14880;
const FIXTURE = 'case-b-lumbar-disc-single.json';
const EMAIL = 'nikhil.pays@example.org';
const PATIENT = 'Nikhil Bhardwaj';
const PAYER = 'Bhardwaj Family Trust';
const DECLINED = 'Your payment could not be completed because the bank declined it (sandbox).';
const REASON = 'My local surgeon can now see me sooner, so I no longer need the second opinion.';
const STAFF_REASON = 'The review took longer than promised; ₹500 of the fee is returned.';

/** Reads until `check` holds (refunds settle in the background), up to 30 s. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && check(value)) return value;
    if (Date.now() > deadline) throw new Error('the platform did not get there in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** How far the page scrolls sideways beyond the window (0 when it reflows). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Whether the page fits a 390 px phone without sideways scrolling; then back to the desktop. */
async function fitsPhone(page: Page): Promise<number> {
  await page.setViewportSize({ width: 390, height: 844 });
  const extra = await overflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  return extra;
}

describe('A patient pays for a case, gets the invoice and cancels for a refund', () => {
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let made: ConsentedCase;
  let ops = '';

  /** Operations staff refund part of the case's payment, as the admin app does; until processed. */
  async function staffRefund(amountInPaise: number): Promise<void> {
    const { origin } = platform;
    const read = () =>
      callGraphQL<{ case: { payments: { id: string; status: string; amountRefunded: number }[] } }>(
        origin,
        ops,
        'query ($id: ID!) { case(id: $id) { payments { id status amountRefunded } } }',
        { id: made.caseId },
      );
    const paid = (await read()).case.payments.find((one) => one.status === 'CAPTURED')!;
    await callGraphQL(
      origin,
      ops,
      'mutation ($input: IssueRefundInput!) { issueRefund(input: $input) { id status } }',
      {
        input: {
          paymentId: paid.id,
          amountInPaise,
          reason: STAFF_REASON,
          closesCase: false,
          idempotencyKey: `refund-${randomUUID()}`,
        },
      },
    );
    await eventually(read, (now) =>
      now.case.payments.some((one) => one.id === paid.id && one.amountRefunded === amountInPaise),
    );
  }

  beforeAll(async () => {
    const { origin } = platform;
    ops = await apiSignIn(origin, DEMO_ACCOUNTS.operations.login);
    made = await consentedCase(origin, ops, FIXTURE, EMAIL);
    await caseAwaitingPayment(
      origin,
      made,
      DEMO_IDS.specialists[0],
      DEMO_ACCOUNTS.specialist.login,
    );
  });

  it('shows the quote, survives a declined payment, pays, issues the invoice, and refunds on cancelling', async () => {
    const { origin } = platform;
    const page = await newPage();
    await page.goto(`${origin}/sign-in`);
    await fillSignInForm(page, EMAIL);
    await page.waitForURL((url) => url.pathname !== '/sign-in');

    // The case page: the fee, what it includes and excludes, until when it holds.
    await page.goto(`${origin}/patient/cases/${made.caseId}`);
    await page.locator('#case-stage', { hasText: 'Awaiting payment' }).waitFor();
    await page
      .locator('#panel-summary', {
        hasText: 'Every doctor has confirmed. The next step is the payment.',
      })
      .waitFor();
    const payment = page.getByRole('region', { name: 'Fee and payment' });
    await payment.getByText('1 specialist: ₹2,500.00').waitFor();
    await payment
      .getByRole('list', { name: 'The fee includes' })
      .getByText('Case and referral summary')
      .waitFor();
    await payment
      .getByRole('list', { name: 'The fee does not include' })
      .getByText('Additional investigations or imaging')
      .waitFor();
    await expect(payment.locator('#quote-valid-until').textContent()).resolves.toMatch(
      /^\d{1,2} \w{3} \d{4}, .+/,
    );
    expect(await wcagViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(0);

    // The checkout step: the name on the invoice starts as the patient's; too short a name is
    // refused by the server, next to the field.
    await payment.getByRole('link', { name: 'Pay ₹2,500.00' }).click();
    await page.waitForURL(`**/patient/cases/${made.caseId}/checkout`);
    await page
      .getByRole('heading', { level: 1, name: `Pay the fee for ${PATIENT}’s case` })
      .waitFor();
    await page.locator('#checkout-amount', { hasText: '₹2,500.00' }).waitFor();
    const name = page.getByLabel('Name on the invoice');
    expect(await name.inputValue()).toBe(PATIENT);
    await name.fill('N');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page
      .locator('#billingName-error', { hasText: 'Enter a name of 2 to 120 characters.' })
      .waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.inputValue()).toBe('N');
    expect(await wcagViolations(page)).toEqual([]);
    await name.fill(PAYER);
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    // The sandbox's test checkout, labelled as such: a declined payment first, with the reason.
    await page.waitForURL(`**/patient/cases/${made.caseId}/checkout/test-payment`);
    await page.getByRole('heading', { level: 1, name: 'Test payment page' }).waitFor();
    await page.getByText('Test payment: no real money is taken.').waitFor();
    await expect(page.locator('#sandbox-merchant').textContent()).resolves.toBe('Consilium');
    await expect(page.locator('#sandbox-amount').textContent()).resolves.toBe('₹2,500.00');
    await page.getByText(PAYER).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(0);
    await page.getByLabel('Card').check();
    await page.getByRole('button', { name: 'Simulate a failed payment' }).click();
    await page
      .getByRole('alert')
      .getByText(
        `The payment did not go through: ${DECLINED} Nothing was charged. You can try again.`,
      )
      .waitFor();
    await page.getByLabel('UPI').check();
    await page.getByRole('button', { name: 'Pay successfully' }).click();

    // Back on the case: paid, in consultation, with the invoice and both attempts.
    await page.waitForURL(`**/patient/cases/${made.caseId}`);
    await page
      .getByRole('status')
      .filter({ hasText: 'Thank you: your payment has been received.' })
      .waitFor();
    await page.locator('#case-stage', { hasText: 'In consultation' }).waitFor({ timeout: 30_000 });
    // The doctors' section no longer says the next step is the payment.
    await page.locator('#panel-summary', { hasText: 'Every doctor confirmed.' }).waitFor();
    const consultation = page.getByRole('link', {
      name: 'Your consultation: contact, appointments and questions',
    });
    await consultation.waitFor();
    const invoice = page.getByRole('region', { name: 'Invoice and receipt' });
    const number = (await invoice.locator('#invoice-number').textContent()) ?? '';
    expect(number).toMatch(/^CNS\/\d{2}-\d{2}\/\d{6}$/);
    await expect(invoice.locator('#invoice-amount').textContent()).resolves.toBe('₹2,500.00');
    await expect(invoice.locator('#invoice-amount-words').textContent()).resolves.toBe(
      'Rupees two thousand five hundred only',
    );
    await invoice.getByText(PAYER).waitFor();
    await invoice.getByText('Sunanda Iyer').waitFor();
    expect(await payment.getByRole('link', { name: /^Pay / }).count()).toBe(0);
    const attempts = payment.getByRole('list', { name: 'Payment attempts' });
    // the declined attempt is recorded from the provider's webhook
    await attempts.getByRole('listitem').nth(1).waitFor({ timeout: 30_000 });
    const declined = attempts.getByRole('listitem').filter({ hasText: 'Failed' });
    await declined.getByText(/Failed ₹2,500\.00 by card, \d/).waitFor();
    await declined.getByText(`Reason: ${DECLINED}`).waitFor();
    await attempts
      .getByRole('listitem')
      .filter({ hasText: 'Paid' })
      .getByText(/Paid ₹2,500\.00 by UPI, \d/)
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(0);
    await payment.screenshot({ path: path.join(SCREENSHOTS, 'patient-payment.png') });

    // The invoice PDF, through a fresh signed link.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      invoice.getByRole('button', { name: 'Download invoice (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `consilium-invoice-${number.replaceAll('/', '-')}.pdf`,
    );
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`Invoice ${number}`);

    // Nothing refunded yet: the invoice says none, and cancelling would refund the whole fee.
    expect(await invoice.locator('#invoice-refunded').count()).toBe(0);
    await payment.getByRole('button', { name: 'Cancel the case for a full refund…' }).waitFor();

    // Operations staff refund ₹500 of it. The invoice shows it, and the offer to cancel names what
    // is left instead of a full refund (the page still knows she has just paid).
    await staffRefund(50000);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Thank you: your payment' }).waitFor();
    await invoice
      .locator('#invoice-refunded', { hasText: '₹500.00 of the ₹2,500.00 paid' })
      .waitFor();
    const refunds = payment.getByRole('list', { name: 'Refunds' });
    const staffMade = refunds.getByRole('listitem').filter({ hasText: STAFF_REASON });
    await staffMade.getByText('Made by our operations staff.').waitFor();
    expect(
      await payment.getByRole('button', { name: 'Cancel the case for a full refund…' }).count(),
    ).toBe(0);
    expect(await page.getByText(/full refund|whole fee/).count()).toBe(0);

    // Cancelling for what is left: a reason is needed, and one the server finds too short is
    // named at the field; then the refund is pending, processed, and the case cancelled.
    await payment
      .getByRole('button', {
        name: 'Cancel the case and get back ₹2,000.00 (what is left of the fee)…',
      })
      .click();
    const cancel = page.getByRole('form', {
      name: 'Cancel the case and get back what is left of the fee',
    });
    await cancel
      .getByText(
        'Part of the ₹2,500.00 you paid has already been refunded. Until a specialist has contacted you, you can cancel the case and get back what is left: ₹2,000.00.',
        { exact: false },
      )
      .waitFor();
    const confirmCancel = cancel.getByRole('button', {
      name: 'Cancel the case and refund ₹2,000.00',
    });
    await confirmCancel.click();
    await cancel.getByText('Say why you are cancelling.').waitFor();
    const reason = cancel.getByLabel('Why are you cancelling?');
    await reason.fill('Late');
    await confirmCancel.click();
    await cancel
      .locator('#cancel-reason-error', { hasText: 'Write 5 to 500 characters.' })
      .waitFor();
    expect(await reason.inputValue()).toBe('Late');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill(REASON);
    await confirmCancel.click();
    const refund = refunds.getByRole('listitem').filter({ hasText: REASON });
    await refund.getByText('This refund cancels the case.').waitFor();
    await refund.getByText('Asked for by you or someone acting for you.').waitFor();
    await refund.getByText(/^(Pending|Processed)$/).waitFor();
    // Cancelling, she is no longer thanked for paying.
    expect(await page.getByText('Thank you: your payment has been received.').count()).toBe(0);
    await refund.getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
    await refund.getByText(/Processed ₹2,000\.00 refunded on \d{1,2} \w{3} \d{4}, /).waitFor();
    await page.locator('#case-stage', { hasText: 'Cancelled' }).waitFor({ timeout: 30_000 });
    await attempts.getByText('Refunded', { exact: true }).waitFor({ timeout: 30_000 });
    await invoice
      .locator('#invoice-refunded', { hasText: '₹2,500.00, refunded in full' })
      .waitFor({ timeout: 30_000 });
    // Nothing offers to cancel any more, nor says why not; nor is the payment the next step, nor
    // is there a consultation to open.
    expect(await payment.getByRole('button', { name: /^Cancel the case/ }).count()).toBe(0);
    expect(await page.locator('#cancellation-unavailable').count()).toBe(0);
    await page.locator('#panel-summary', { hasText: 'Every doctor confirmed.' }).waitFor();
    expect(await page.getByText('The next step is the payment.').count()).toBe(0);
    expect(await consultation.count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    // An old checkout link says the case was cancelled and refunded, not that it is paid for.
    await page.goto(`${origin}/patient/cases/${made.caseId}/checkout`);
    await page
      .getByText('This case was cancelled after it was paid for, and the payment is refunded.')
      .waitFor();
    await page
      .getByRole('link', { name: 'See the refund and the invoice on the case page' })
      .waitFor();
    expect(await page.getByText('This case is already paid for.').count()).toBe(0);
  }, 180_000);
});
