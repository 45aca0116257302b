import { randomUUID } from 'node:crypto';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { Page } from 'playwright-core';
import { signInAs } from './support/accounts';
import { wcagViolations } from './support/axe';
import {
  apiSignIn,
  callGraphQL,
  consentedCase,
  requestPanel,
  type ConsentedCase,
} from './support/fixture-case-api';
import { withFreshPages, withPlatformAndChromium } from './support/platform';

// Operations staff handle payments in the admin app. Kavita pays her demo case (a board of
// three, ₹5,000) in the sandbox checkout; a second patient, whom Dr Sunanda Iyer alone accepted,
// pays ₹2,500 but the provider's webhook is lost and her app never confirms. Staff find Kavita's
// payment in the list and by its case, refund part of it on a phone (amounts beyond what was
// paid, one too large for the API among them, are refused at the field first; the form fits the
// screen) and see the provider process it, made by operations staff; find the second patient's
// checkout among the unpaid orders and recover the payment by reconciling with the provider;
// and publish the next price list (a time in the past and a gap between fees refused at the field
// before any confirmation), then start the one after from the scheduled version, where a time
// not after it is refused at the field.

const PORT = 14900;
const SUNANDA = DEMO_IDS.specialists[0];
const SUNANDA_EMAIL = 'sunanda.iyer@consilium.example';
const KAVITA = 'Kavita Deshpande';

/** A checkout order as the tests need it. */
interface Order {
  id: string;
  providerOrderId: string;
  checkoutKeyId: string;
}

/**
 * Runs the platform's domain clock an hour ahead (CONSILIUM_CLOCK_AT, set before the platform
 * starts, restored after the file): an order opened during the test is then already older than
 * the 30 minutes after which billing lists an unpaid order as stale. The background
 * reconciliation is kept from running during the test (every 60 minutes), so it is the button
 * that recovers the lost payment.
 */
function withClockAnHourAhead(): void {
  const before = {
    clock: process.env['CONSILIUM_CLOCK_AT'],
    minutes: process.env['PAYMENT_RECONCILE_MINUTES'],
  };
  process.env['CONSILIUM_CLOCK_AT'] = new Date(Date.now() + 3_600_000).toISOString();
  process.env['PAYMENT_RECONCILE_MINUTES'] = '60';
  afterAll(() => {
    for (const [name, value] of [
      ['CONSILIUM_CLOCK_AT', before.clock],
      ['PAYMENT_RECONCILE_MINUTES', before.minutes],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

/** Reads until `check` holds (events and webhooks arrive in the background), up to 30 s. */
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

/** The short name of the browser's time zone, e.g. `UTC` or `IST`, as a pattern. */
async function zonePattern(page: Page): Promise<string> {
  const zone = await page.evaluate(
    () =>
      new Intl.DateTimeFormat('en-IN', { timeZoneName: 'short' })
        .formatToParts(new Date())
        .find((part) => part.type === 'timeZoneName')?.value ?? '',
  );
  return zone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A `datetime-local` value in the browser's zone, `days` from today at `hour`:00. */
function localDateTime(page: Page, days: number, hour: number): Promise<string> {
  return page.evaluate(
    ([offset, at]) => {
      const day = new Date();
      day.setDate(day.getDate() + offset!);
      day.setHours(at!, 0, 0, 0);
      const two = (value: number): string => String(value).padStart(2, '0');
      return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}T${two(at!)}:00`;
    },
    [days, hour],
  );
}

describe('Operations staff handle payments, refunds, reconciliation and the price list', () => {
  withClockAnHourAhead();
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let kavitaPayment = '';
  let lost: ConsentedCase;

  /** Opens the checkout for a case's quote as the payer's app does. */
  async function openOrder(
    token: string,
    caseId: string,
    amountInPaise: number,
    billingName: string,
  ): Promise<Order> {
    const made = await callGraphQL<{ createPaymentOrder: Order }>(
      platform.origin,
      token,
      'mutation ($input: CreatePaymentOrderInput!) { createPaymentOrder(input: $input) { id providerOrderId checkoutKeyId } }',
      {
        input: {
          caseId,
          amountInPaise,
          currency: 'INR',
          billingName,
          idempotencyKey: `checkout-${randomUUID()}`,
        },
      },
    );
    return made.createPaymentOrder;
  }

  /** Pays an order by UPI in the sandbox's checkout, as the payer's browser does. */
  async function payInCheckout(
    order: Order,
    webhooks: 'send' | 'none',
  ): Promise<{ razorpay_payment_id: string; razorpay_signature: string }> {
    const response = await fetch(
      `${platform.origin}/payment-sandbox/checkout/orders/${order.providerOrderId}/payments`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          key_id: order.checkoutKeyId,
          method: 'upi',
          outcome: 'success',
          webhooks,
        }),
      },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as { razorpay_payment_id: string; razorpay_signature: string };
  }

  beforeAll(async () => {
    const { origin } = platform;
    const ops = await apiSignIn(origin, 'ops@consilium.example');
    // Kavita pays her demo case, awaiting payment of a board's ₹5,000, and her app confirms it.
    const kavita = await apiSignIn(origin, 'kavita.deshpande@example.org');
    const order = await openOrder(kavita, DEMO_IDS.case, 500000, KAVITA);
    const paid = await payInCheckout(order, 'send');
    kavitaPayment = paid.razorpay_payment_id;
    await callGraphQL(
      origin,
      kavita,
      'mutation ($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { id } }',
      {
        input: {
          orderId: order.id,
          providerPaymentId: paid.razorpay_payment_id,
          providerSignature: paid.razorpay_signature,
        },
      },
    );
    // A second patient asks Sunanda alone, she accepts, and the case awaits its ₹2,500.
    lost = await consentedCase(
      origin,
      ops,
      'case-b-lumbar-disc-single.json',
      'lost.webhook@example.org',
    );
    await requestPanel(origin, lost, { mode: 'SINGLE', specialistIds: [SUNANDA] });
    const sunanda = await apiSignIn(origin, SUNANDA_EMAIL);
    const memberships = await eventually(
      () =>
        callGraphQL<{
          specialist: { panelMemberships: { id: string; case: { id: string } }[] };
        }>(
          origin,
          sunanda,
          'query ($id: ID!) { specialist(id: $id) { panelMemberships { id case { id } } } }',
          { id: SUNANDA },
        ),
      (read) => read.specialist.panelMemberships.some((m) => m.case.id === lost.caseId),
    );
    await callGraphQL(
      origin,
      sunanda,
      'mutation ($m: ID!) { respondToPanelRequest(panelMemberId: $m, accept: true) { id } }',
      {
        m: memberships.specialist.panelMemberships.find((m) => m.case.id === lost.caseId)!.id,
      },
    );
    const quoted = await eventually(
      () =>
        callGraphQL<{ case: { stage: string; quote: { amount: number } | null } }>(
          origin,
          lost.token,
          'query ($id: ID!) { case(id: $id) { stage quote { amount } } }',
          { id: lost.caseId },
        ),
      (read) => read.case.stage === 'AWAITING_PAYMENT' && read.case.quote !== null,
    );
    expect(quoted.case.quote!.amount).toBe(250000);
    // She pays; the provider's webhook never comes and her app does not come back to confirm.
    const unconfirmed = await openOrder(lost.token, lost.caseId, 250000, lost.patientName);
    await payInCheckout(unconfirmed, 'none');
  });

  it('lists the payment, filters by status and case, and refunds part of it once processed', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('link', { name: 'Payments', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    const table = page.getByRole('region', { name: 'Payments' });
    const row = table.getByRole('row').filter({ hasText: kavitaPayment });
    await row.getByRole('cell', { name: KAVITA, exact: true }).waitFor();
    await row.getByText('₹5,000.00').waitFor();
    await row.getByText('UPI').waitFor();
    await row.getByText('Paid', { exact: true }).waitFor();
    await row.getByRole('link', { name: /^CNS\/\d{2}-\d{2}\/\d{6}$/ }).waitFor();
    await row.getByRole('link', { name: `Case ${DEMO_IDS.case}` }).waitFor();
    // the case cell names the case's patient and its stage, from patient-intake
    await row.getByRole('cell', { name: new RegExp(`${KAVITA} · `) }).waitFor();
    // The second patient's payment is not known to billing yet.
    expect(await table.getByText(lost.patientName).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);

    const filters = page.getByRole('search', { name: 'Payment filters' });
    await filters.getByLabel('Status').selectOption('REFUNDED');
    await filters.getByRole('button', { name: 'Show payments' }).click();
    await page.getByText('No payment matches these filters.').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('REFUNDED');
    await filters.getByLabel('Status').selectOption('');
    await filters.getByLabel('Case id').fill('not-a-case');
    await filters.getByRole('button', { name: 'Show payments' }).click();
    const caseFilter = filters.getByLabel('Case id');
    await filters.getByText('This is not a case id.', { exact: false }).waitFor();
    expect(await caseFilter.getAttribute('aria-invalid')).toBe('true');
    await caseFilter.fill(DEMO_IDS.case);
    await filters.getByRole('button', { name: 'Show payments' }).click();
    await row.waitFor();
    // The filter is in the address: a reload shows the same list.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    expect(await page.getByLabel('Case id').inputValue()).toBe(DEMO_IDS.case);
    await row.waitFor();

    // On a phone the table scrolls sideways; the refund form opened from it fits the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await row.getByRole('button', { name: `Refund ${kavitaPayment} paid by ${KAVITA}` }).click();
    const form = page.getByRole('region', { name: `Refund payment ${kavitaPayment}` });
    const amount = form.getByLabel('Amount to refund (₹)');
    expect(await amount.inputValue()).toBe('5000');
    const region = (what: 'scrollLeft' | 'scrollWidth') =>
      table.locator('.table-region').evaluate((element, key) => element[key], what);
    // the table is wider than the screen, and was scrolled sideways to reach "Refund"
    expect(await region('scrollWidth')).toBeGreaterThan(390);
    expect(await region('scrollLeft')).toBeGreaterThan(0);
    const box = (await form.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await overflow(page)).toBe(0);
    await amount.fill('6000');
    const reason = 'The board could not be convened in time; one specialist’s review is refunded.';
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Send the refund' }).click();
    await form
      .getByText(
        'The refund must be more than ₹0 and at most ₹5,000.00, what is left to refund on this payment.',
      )
      .waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Reason').inputValue()).toBe(reason);
    expect(await wcagViolations(page)).toEqual([]);
    // An amount too large for the API gets the same words, not the API's.
    await amount.fill('99999999999');
    await form.getByRole('button', { name: 'Send the refund' }).click();
    await form.getByText('at most ₹5,000.00, what is left to refund', { exact: false }).waitFor();
    expect(await page.getByText('cannot represent', { exact: false }).count()).toBe(0);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    await amount.fill('1,500.50');
    await form.getByRole('button', { name: 'Send the refund' }).click();
    await page
      .getByRole('status')
      .getByText(
        `A refund of ₹1,500.50 on payment ${kavitaPayment} was sent to the provider. It is pending until the provider processes it.`,
      )
      .waitFor();
    expect(await form.count()).toBe(0);
    // The table is back at its start, not left scrolled sideways.
    expect(await region('scrollLeft')).toBe(0);
    expect(await overflow(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The sandbox processes it a second later; the row follows without a reload.
    await row
      .getByRole('listitem')
      .filter({ hasText: '₹1,500.50' })
      .getByText('Processed')
      .waitFor();
    await row.getByText('Partly refunded').waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Refunds', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Refunds' }).waitFor();
    await page.getByRole('button', { name: 'Failed' }).click();
    await page.getByText('No refund has this status.').waitFor();
    await page.getByRole('button', { name: 'Processed' }).click();
    const refund = page.getByRole('region', { name: 'Refunds' }).getByRole('row').filter({
      hasText: reason,
    });
    await refund.getByText('₹1,500.50').waitFor();
    await refund.getByRole('cell', { name: 'Operations staff', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('PROCESSED');
    expect(await wcagViolations(page)).toEqual([]);
  }, 120_000);

  it('shows the checkout whose webhook was lost as unpaid, and recovers it by reconciling', async () => {
    const page = await newPage();
    await signInAs(page, platform.origin, 'operations');
    await page.goto(`${platform.origin}/admin/reconciliation`);
    await page.getByRole('heading', { level: 1, name: 'Payment reconciliation' }).waitFor();
    await page.getByText('No payment is flagged.').waitFor();
    const stale = page.getByRole('region', { name: 'Unpaid orders' });
    const order = stale.getByRole('row').filter({ hasText: lost.patientName });
    await order.getByText('₹2,500.00').waitFor();
    await order.getByText('Not paid').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Reconcile with the provider now' }).click();
    const found = page.getByRole('status').filter({ hasText: 'The provider was asked at' });
    await found.waitFor();
    const figure = (term: string) => found.locator(`dt:text-is("${term}") + dd`).textContent();
    expect(await figure('Unpaid orders checked')).toBe('1');
    expect(await figure('Payments recovered (their webhook was lost)')).toBe('1');
    await page
      .getByText('No checkout has been waiting for payment for more than 30 minutes.')
      .waitFor();

    await page.getByRole('link', { name: 'Payments', exact: true }).click();
    const recovered = page
      .getByRole('region', { name: 'Payments' })
      .getByRole('row')
      .filter({ hasText: lost.patientName });
    await recovered.getByText('Found by reconciliation (its webhook never came)').waitFor();
    await recovered.getByText('₹2,500.00').waitFor();
    // The recovered payment started the case, as the webhook would have.
    await eventually(
      () =>
        callGraphQL<{ case: { stage: string } }>(
          platform.origin,
          lost.token,
          'query ($id: ID!) { case(id: $id) { stage } }',
          { id: lost.caseId },
        ),
      (read) => read.case.stage === 'ACTIVE',
    );
  }, 120_000);

  it('publishes the next price list from tomorrow after refusing a time in the past', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await signInAs(page, platform.origin, 'operations');
    await page.getByRole('link', { name: 'Price list', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Price list' }).waitFor();
    const zone = await zonePattern(page);
    await page
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^In force: version 1, since .+ ${zone}$`),
      })
      .waitFor();
    await page.getByRole('button', { name: 'Publish the next price list' }).click();
    const form = page.getByRole('form', { name: 'Publish version 2' });
    const single = form.getByRole('group', { name: 'Fee 1' });
    expect(await single.getByLabel('Label').inputValue()).toBe('1 specialist');
    expect(await single.getByLabel('Fee (₹)').inputValue()).toBe('2500');
    expect(
      await form.getByRole('group', { name: 'Fee 3' }).getByLabel('To (specialists)').inputValue(),
    ).toBe('');
    await single.getByLabel('Fee (₹)').fill('2750');
    const effectiveFrom = form.getByLabel('Applies from');
    await effectiveFrom.fill(await localDateTime(page, -1, 10));
    await form.getByRole('button', { name: 'Publish version 2' }).click();
    await form
      .getByText(
        'Choose a time in the future: a new price list applies only to cases quoted from then',
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await effectiveFrom.getAttribute('aria-invalid')).toBe('true');
    expect(await single.getByLabel('Fee (₹)').inputValue()).toBe('2750');
    expect(await wcagViolations(page)).toEqual([]);
    // A gap between fees is named with its numbers, also before any confirmation.
    const second = form.getByRole('group', { name: 'Fee 2' }).getByLabel('From (specialists)');
    await second.fill('3');
    await form.getByRole('button', { name: 'Publish version 2' }).click();
    await form
      .getByText(
        'This fee must start at 2 specialists, right after the fee before it, which ends at 1, so every panel size has exactly one fee.',
      )
      .waitFor();
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    expect(dialogs).toEqual([]);
    await second.fill('2');

    const tomorrowNoon = await localDateTime(page, 1, 12);
    await effectiveFrom.fill(tomorrowNoon);
    await form.getByRole('button', { name: 'Publish version 2' }).click();
    await page
      .getByRole('status')
      .getByText('Price list version 2 is published. It applies to cases quoted from', {
        exact: false,
      })
      .waitFor();
    const history = page.getByRole('region', { name: 'Every version' });
    const scheduled = history
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
    await scheduled.getByText('Scheduled').waitFor();
    await scheduled.getByText('1 specialist: ₹2,750.00').waitFor();
    await history
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '1', exact: true }) })
      .getByText('In force')
      .waitFor();
    await page
      .getByText('Version 2 is scheduled: it applies to cases quoted from', { exact: false })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    // Staff confirmed the time with its zone.
    expect(dialogs).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Publish price list version 2\\? Cases quoted from .+ ${zone} get its fees; it cannot be changed afterwards\\.$`,
        ),
      ),
    ]);

    // The next version starts from the latest, scheduled one, the day after it applies.
    await page.getByRole('button', { name: 'Publish the next price list' }).click();
    const third = page.getByRole('form', { name: 'Publish version 3' });
    await third
      .getByText('Prefilled from version 2, the latest, scheduled to apply from', { exact: false })
      .waitFor();
    expect(
      await third.getByRole('group', { name: 'Fee 1' }).getByLabel('Fee (₹)').inputValue(),
    ).toBe('2750');
    const thirdFrom = third.getByLabel('Applies from');
    expect(await thirdFrom.inputValue()).toBe(await localDateTime(page, 2, 0));
    // The same moment as version 2 is refused at the field, before any confirmation.
    await thirdFrom.fill(tomorrowNoon);
    await third.getByRole('button', { name: 'Publish version 3' }).click();
    await third
      .getByText(
        new RegExp(
          `Choose a time after .+ ${zone}: version 2 applies from then, and a new version must start after it\\.$`,
        ),
      )
      .waitFor();
    expect(await thirdFrom.getAttribute('aria-invalid')).toBe('true');
    expect(dialogs).toHaveLength(1);
    expect(await wcagViolations(page)).toEqual([]);
  }, 120_000);
});
