import { extractPdfText } from '@consilium/records/src/document-text/extract-pdf-text';
import { SandboxOrder } from '@consilium/billing/src/payment-sandbox/sandbox-records.entity';
import { PaymentOrder } from '@consilium/billing/src/payment/payment-order.entity';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { loadBadInputs, loadFixtureCases } from '../intake/fixture-cases';
import { onboardFixtureSpecialists } from '../matching/matching-test-client';
import { signUpPatient } from '../intake/intake-test-client';
import { flushEvents, specialistSession } from '../opinions/opinion-test-client';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import {
  caseAwaitingPayment,
  confirmPayment,
  createOrder,
  eventually,
  payInCheckout,
  payQuote,
} from './billing-test-client';

const CASE_VIEW = `query ($id: ID!) {
  case(id: $id) {
    stage
    quote { amount currency panelSize label includes excludes expired }
    paymentOrder { id status amount }
    payments { id status amount amountRefunded method reconciliationIssue refundableAmount source }
    invoice { id number amount amountInWords billedTo specialistNames downloadUrl financialYear }
    refunds { id status amount closesCase automatic initiatedBy reason }
    cancellationTerms { available refundAmount unavailableReason }
  }
}`;

interface CaseView {
  stage: string;
  quote: {
    amount: number;
    panelSize: number;
    label: string;
    includes: string[];
    excludes: string[];
  };
  paymentOrder: { id: string; status: string; amount: number } | null;
  payments: {
    id: string;
    status: string;
    amount: number;
    amountRefunded: number;
    reconciliationIssue: string | null;
    refundableAmount: number;
    source: string;
  }[];
  invoice: {
    number: string;
    amount: number;
    amountInWords: string;
    billedTo: string;
    specialistNames: string[];
    downloadUrl: string;
    financialYear: string;
  } | null;
  refunds: {
    status: string;
    amount: number;
    closesCase: boolean;
    automatic: boolean;
    initiatedBy: string;
  }[];
  cancellationTerms: {
    available: boolean;
    refundAmount: number;
    unavailableReason: string | null;
  };
}

/**
 * Whether every refund of the case is processed and the payments' refunded totals include them.
 * A case is read by several SQL statements, so one read may see a refund processed and its payment
 * not yet updated (PostgreSQL, read committed); waiting on both sides waits for a settled view.
 */
function refundsSettled(view: CaseView): boolean {
  const refunded = view.refunds.reduce((sum, refund) => sum + refund.amount, 0);
  return (
    view.refunds.length > 0 &&
    view.refunds.every((refund) => refund.status === 'PROCESSED') &&
    view.payments.reduce((sum, payment) => sum + payment.amountRefunded, 0) === refunded
  );
}

describe('Paying for a case: quotes, the sandbox checkout, invoices and refunds', () => {
  let platform: TestPlatform;
  let ids: Record<string, string>;
  let serial = 0;
  const fixtures = loadFixtureCases() as unknown as {
    caseRef: string;
    expected: { priceInPaise: number; panelSize: number };
  }[];

  const readCase = async (caseId: string): Promise<CaseView> => {
    const read = await postGraphQL<{ case: CaseView }>(
      platform.gateway.url,
      CASE_VIEW,
      { id: caseId },
      await platform.as('operations'),
    );
    if (!read.data) throw new Error(JSON.stringify(read.errors));
    return read.data.case;
  };
  const awaiting = (ref: string) =>
    caseAwaitingPayment(platform, ref, `billing-${ref}-${(serial += 1)}@example.org`, ids);

  beforeAll(async () => {
    platform = await startTestPlatform();
    ids = Object.fromEntries(await onboardFixtureSpecialists(platform));
    for (const id of DEMO_IDS.specialists) {
      await postGraphQL(
        platform.gateway.url,
        'mutation ($id: ID!) { setSpecialistActive(id: $id, active: false) { listed } }',
        { id },
        await platform.as('operations'),
      );
    }
  }, 120_000);
  afterAll(() => platform.stop());

  it.each(fixtures.map((fixture) => [fixture.caseRef, fixture.expected.priceInPaise] as const))(
    'takes %s from its quote to ACTIVE for %i paise, with a numbered invoice',
    async (ref, price) => {
      const { session, caseId } = await awaiting(ref);
      const before = await readCase(caseId);
      expect(before.stage).toBe('AWAITING_PAYMENT');
      expect(before.quote.amount).toBe(price);
      expect(before.quote.includes).toContain('Case and referral summary');
      expect(before.quote.excludes).toContain('Additional investigations or imaging');
      expect(before.cancellationTerms.available).toBe(false);

      await payQuote(platform, session, caseId, price);
      const after = await readCase(caseId);
      expect(after.stage).toBe('ACTIVE');
      expect(after.payments).toEqual([
        expect.objectContaining({ status: 'CAPTURED', amount: price, reconciliationIssue: null }),
      ]);
      expect(after.invoice).toMatchObject({ amount: price, billedTo: 'Test Payer' });
      expect(after.invoice!.number).toMatch(/^CNS\/\d{2}-\d{2}\/\d{6}$/);
      expect(after.invoice!.specialistNames).toHaveLength(before.quote.panelSize);
      expect(after.cancellationTerms).toEqual({
        available: true,
        refundAmount: price,
        unavailableReason: null,
      });
    },
    60_000,
  );

  it('numbers invoices without gaps and prints the amount in words on the PDF', async () => {
    const { session, caseId } = await awaiting('case-a');
    await payQuote(platform, session, caseId, 500000);
    const paid = await readCase(caseId);
    const own = await postGraphQL<{ case: { invoice: { downloadUrl: string } } }>(
      platform.gateway.url,
      'query ($id: ID!) { case(id: $id) { invoice { downloadUrl } } }',
      { id: caseId },
      session,
    );
    const pdf = await fetch(`${platform.origin}${own.data!.case.invoice.downloadUrl}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = (await extractPdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain(paid.invoice!.number);
    expect(text).toContain('₹5,000.00');
    expect(text).toContain('Rupees five thousand only');
    expect(text).toContain('Additional investigations or imaging');
    expect(text).toContain('Case and referral summary');
    const forged = await fetch(
      `${platform.origin}${own.data!.case.invoice.downloadUrl.replace(/sig=[^&]+/, 'sig=forged')}`,
    );
    expect(forged.status).toBe(403);

    const ops = await platform.as('operations');
    const all = await postGraphQL<{
      payments: {
        edges: {
          node: {
            caseId: string;
            invoice: { number: string } | null;
            case: { stage: string; patient: { fullName: string } };
          };
        }[];
      };
    }>(
      platform.gateway.url,
      '{ payments(first: 100, filter: { status: CAPTURED }) { edges { node { caseId invoice { number } case { stage patient { fullName } } } } } }',
      {},
      ops,
    );
    const fixture = loadFixtureCases().find((item) => item.caseRef === 'case-a')!;
    expect(all.data!.payments.edges.find(({ node }) => node.caseId === caseId)!.node.case).toEqual({
      stage: 'ACTIVE',
      patient: { fullName: fixture.patient.fullName },
    });
    const serials = all
      .data!.payments.edges.map(({ node }) => Number(node.invoice!.number.slice(-6)))
      .sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, index) => index + 1));
  }, 60_000);

  it('refuses an amount one paisa over the quote, naming the field, and opens no order', async () => {
    const [row] = loadBadInputs('payment').filter(
      (item) => item.id === 'payment-amount-one-paisa-over',
    );
    const input = row!.input as { mutationInput: { amountInPaise: number; currency: string } };
    const { session, caseId } = await awaiting('case-b');
    const refused = await createOrder(platform, session, { caseId, ...input.mutationInput });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: row!.expected.code,
      field: row!.expected.field,
    });
    expect(refused.errors?.[0]?.message).toBe(row!.expected['message']);
    expect((await readCase(caseId)).paymentOrder).toBeNull();
  }, 60_000);

  it('makes one order of 20 concurrent submissions with one idempotency key', async () => {
    const { session, caseId } = await awaiting('case-b');
    const idempotencyKey = 'double-submit-0001';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        createOrder(platform, session, { caseId, amountInPaise: 250000, idempotencyKey }),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((answer) => answer.data!.createPaymentOrder.id)).size).toBe(1);
    const billing = platform.subgraphs.billing.orm.em.fork();
    expect(await billing.count(PaymentOrder, { caseId })).toBe(1);
    const providerOrderId = answers[0]!.data!.createPaymentOrder.providerOrderId;
    const ourOrderId = answers[0]!.data!.createPaymentOrder.id;
    expect(await billing.count(SandboxOrder, { receipt: ourOrderId })).toBe(1);
    expect(providerOrderId).toMatch(/^order_/);
    // the patient and their proxy (other keys) checking out at the same time get that order too
    const others = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        createOrder(platform, session, {
          caseId,
          amountInPaise: 250000,
          idempotencyKey: `other-device-000${index}`,
        }),
      ),
    );
    expect(others.map((answer) => answer.data?.createPaymentOrder.id)).toEqual(
      Array(5).fill(ourOrderId),
    );
    expect(await billing.count(PaymentOrder, { caseId })).toBe(1);
  }, 60_000);

  it('never refunds more than was paid when two refunds are asked for at once', async () => {
    const { session, caseId } = await awaiting('case-a');
    await payQuote(platform, session, caseId, 500000);
    const paid = (await readCase(caseId)).payments[0]!;
    const ops = await platform.as('operations');
    const answers = await Promise.all(
      ['racing-refund-one', 'racing-refund-two'].map((key) =>
        postGraphQL<{ issueRefund: { amount: number } }>(
          platform.gateway.url,
          'mutation ($input: IssueRefundInput!) { issueRefund(input: $input) { amount } }',
          {
            input: {
              paymentId: paid.id,
              amountInPaise: 300000,
              reason: 'Two staff members refunding at once.',
              closesCase: false,
              idempotencyKey: key,
            },
          },
          ops,
        ),
      ),
    );
    expect(answers.filter((answer) => answer.data?.issueRefund.amount === 300000)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'amountInPaise' }) }),
    ]);
    const settled = await eventually(() => readCase(caseId), refundsSettled);
    expect(settled.payments[0]).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundableAmount: 200000,
    });
  }, 60_000);

  it('does not pass the sandbox’s own API through the gateway, only its checkout', async () => {
    const answer = await fetch(`${platform.origin}/payment-sandbox/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 100, currency: 'INR' }),
    });
    expect(answer.status).toBe(404);
  });

  it('keeps the case AWAITING_PAYMENT after a failed payment and takes a retry', async () => {
    const { session, caseId } = await awaiting('case-c');
    const order = (await createOrder(platform, session, { caseId, amountInPaise: 250000 })).data!
      .createPaymentOrder;
    const failed = await payInCheckout(platform, order, 'failure');
    expect(failed.status).toBe(400);
    const afterFailure = await eventually(
      () => readCase(caseId),
      (view) => view.payments.length === 1,
    );
    await flushEvents(platform);
    expect(afterFailure.payments[0]).toMatchObject({ status: 'FAILED', source: 'WEBHOOK' });
    expect((await readCase(caseId)).stage).toBe('AWAITING_PAYMENT');

    const again = await createOrder(platform, session, { caseId, amountInPaise: 250000 });
    expect(again.data!.createPaymentOrder.id).toBe(order.id);
    const paid = await payInCheckout(platform, again.data!.createPaymentOrder);
    expect((await confirmPayment(platform, session, order.id, paid.body)).errors).toBeUndefined();
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('ACTIVE');
  }, 60_000);

  it('refuses a checkout result whose signature does not match, recording nothing', async () => {
    const { session, caseId } = await awaiting('case-c');
    const order = (await createOrder(platform, session, { caseId, amountInPaise: 250000 })).data!
      .createPaymentOrder;
    const paid = await payInCheckout(platform, order, 'success', 'none');
    const forged = await confirmPayment(platform, session, order.id, {
      ...paid.body,
      razorpay_signature: 'f'.repeat(64),
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'providerSignature',
    });
    expect((await readCase(caseId)).payments).toEqual([]);
  }, 60_000);

  it('records a payment whose webhook never came when operations reconcile', async () => {
    const { session, caseId } = await awaiting('case-b');
    const order = (await createOrder(platform, session, { caseId, amountInPaise: 250000 })).data!
      .createPaymentOrder;
    expect((await payInCheckout(platform, order, 'success', 'none')).status).toBe(200);
    expect((await readCase(caseId)).payments).toEqual([]);
    const run = await postGraphQL<{ reconcilePayments: { paymentsRecovered: number } }>(
      platform.gateway.url,
      'mutation { reconcilePayments { ordersChecked paymentsRecovered } }',
      {},
      await platform.as('operations'),
    );
    expect(run.data!.reconcilePayments.paymentsRecovered).toBeGreaterThanOrEqual(1);
    await flushEvents(platform);
    const view = await readCase(caseId);
    expect(view.stage).toBe('ACTIVE');
    expect(view.payments[0]).toMatchObject({ status: 'CAPTURED', source: 'RECONCILIATION' });
  }, 60_000);

  it('refunds automatically a payment that arrives after the case was cancelled', async () => {
    const { session, caseId } = await awaiting('case-b');
    const order = (await createOrder(platform, session, { caseId, amountInPaise: 250000 })).data!
      .createPaymentOrder;
    const withdrawn = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { withdrawConsent(caseId: $id) { id } }',
      { id: caseId },
      session,
    );
    expect(withdrawn.errors).toBeUndefined();
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('CANCELLED');

    expect((await payInCheckout(platform, order)).status).toBe(200);
    const refunded = await eventually(() => readCase(caseId), refundsSettled);
    expect(refunded.payments[0]).toMatchObject({
      status: 'REFUNDED',
      reconciliationIssue: 'CASE_NOT_PAYABLE',
    });
    expect(refunded.refunds[0]).toMatchObject({
      amount: 250000,
      automatic: true,
      closesCase: false,
    });
    expect(refunded.invoice).toBeNull();
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('CANCELLED');
  }, 60_000);

  it('cancels a paid case for a full refund before any contact, and not after', async () => {
    const first = await awaiting('case-b');
    await payQuote(platform, first.session, first.caseId, 250000);
    const cancelled = await postGraphQL<{
      cancelCaseForRefund: { status: string; amount: number };
    }>(
      platform.gateway.url,
      'mutation ($id: ID!) { cancelCaseForRefund(caseId: $id, reason: "We found a doctor nearby.") { status amount } }',
      { id: first.caseId },
      first.session,
    );
    expect(cancelled.data?.cancelCaseForRefund).toEqual({ status: 'PENDING', amount: 250000 });
    await eventually(() => readCase(first.caseId), refundsSettled);
    await flushEvents(platform);
    const ended = await readCase(first.caseId);
    expect(ended.stage).toBe('CANCELLED');
    expect(ended.refunds[0]).toMatchObject({ initiatedBy: 'PATIENT_SIDE', closesCase: true });
    expect(ended.cancellationTerms.available).toBe(false);
    const pdf = await fetch(`${platform.origin}${ended.invoice!.downloadUrl}`);
    const printed = (await extractPdfText(Buffer.from(await pdf.arrayBuffer()))).replace(
      /\s+/g,
      ' ',
    );
    expect(printed).toContain('Refunded in full (₹2,500.00)');
    expect(printed).toMatch(/₹2,500\.00 refunded on .* \(reference rfnd_/);

    const second = await awaiting('case-b');
    await payQuote(platform, second.session, second.caseId, 250000);
    const specialist = (await readCase(second.caseId)).invoice!.specialistNames;
    expect(specialist).toHaveLength(1);
    const doctor = await specialistSession(platform, ids['rohan-khanna']!, 'Dr Rohan Khanna');
    const logged = await postGraphQL(
      platform.gateway.url,
      `mutation ($input: ContactLogInput!) { logContact(input: $input) { id } }`,
      {
        input: {
          caseId: second.caseId,
          channel: 'PHONE',
          occurredAt: new Date().toISOString(),
          note: 'Called the patient.',
        },
      },
      doctor,
    );
    expect(logged.errors).toBeUndefined();
    await flushEvents(platform);
    const late = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { cancelCaseForRefund(caseId: $id, reason: "Changed my mind.") { status } }',
      { id: second.caseId },
      second.session,
    );
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/already contacted/);
  }, 90_000);

  it('lets operations refund part of a payment with a reason, leaving the case going', async () => {
    const { session, caseId } = await awaiting('case-d');
    await payQuote(platform, session, caseId, 350000);
    const paymentId = (await readCase(caseId)).payments[0]!.id;
    const ops = await platform.as('operations');
    const issue = (amount: number | null, key: string, closesCase = false) =>
      postGraphQL<{ issueRefund: { status: string; amount: number } }>(
        platform.gateway.url,
        'mutation ($input: IssueRefundInput!) { issueRefund(input: $input) { status amount } }',
        {
          input: {
            paymentId,
            amountInPaise: amount,
            reason: 'One specialist’s call was not held.',
            closesCase,
            idempotencyKey: key,
          },
        },
        ops,
      );
    const tooMuch = await issue(350001, 'partial-refund-too-much');
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ field: 'amountInPaise' });
    const notAll = await issue(100000, 'partial-refund-closing', true);
    expect(notAll.errors?.[0]?.extensions).toMatchObject({ field: 'closesCase' });
    const partial = await issue(100000, 'partial-refund-0001');
    expect(partial.data?.issueRefund).toEqual({ status: 'PENDING', amount: 100000 });
    expect((await issue(100000, 'partial-refund-0001')).data?.issueRefund.amount).toBe(100000);
    const view = await eventually(() => readCase(caseId), refundsSettled);
    expect(view.refunds).toHaveLength(1);
    expect(view.payments[0]).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundableAmount: 250000,
    });
    await flushEvents(platform);
    expect((await readCase(caseId)).stage).toBe('ACTIVE');
    expect(view.refunds[0]!.initiatedBy).toBe('OPERATIONS');
    expect(view.cancellationTerms.refundAmount).toBe(250000);
    expect((await issue(null, 'partial-refund-rest')).data?.issueRefund.amount).toBe(250000);
    const allBack = await eventually(() => readCase(caseId), refundsSettled);
    expect(allBack.payments[0]).toMatchObject({ status: 'REFUNDED', refundableAmount: 0 });
    expect(allBack.cancellationTerms).toMatchObject({ available: false, refundAmount: 0 });
    expect(allBack.cancellationTerms.unavailableReason).toMatch(/already been refunded/);
    const patientTries = await postGraphQL(
      platform.gateway.url,
      'mutation ($input: IssueRefundInput!) { issueRefund(input: $input) { status } }',
      {
        input: {
          paymentId,
          reason: 'Give it all back.',
          closesCase: false,
          idempotencyKey: 'patient-refund-01',
        },
      },
      session,
    );
    expect(patientTries.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }, 60_000);

  it('shows a case’s payments to its patient’s side and operations only', async () => {
    const { caseId } = await awaiting('case-b');
    const other = await signUpPatient(
      platform,
      `billing-other-${(serial += 1)}@example.org`,
      'Other Patient',
    );
    const refused = await postGraphQL(
      platform.gateway.url,
      'query ($id: ID!) { case(id: $id) { payments { id } invoice { number } } }',
      { id: caseId },
      other,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }, 60_000);

  it('applies a new price list only to cases quoted after it takes effect', async () => {
    const ops = await platform.as('operations');
    const publish = (effectiveFrom: string) =>
      postGraphQL<{ publishPriceList: { version: number } }>(
        platform.gateway.url,
        'mutation ($input: PublishPriceListInput!) { publishPriceList(input: $input) { version } }',
        {
          input: {
            effectiveFrom,
            includes: ['Platform registration, video and record storage'],
            excludes: ['Additional investigations or imaging'],
            entries: [
              {
                label: '1 specialist',
                minSpecialists: 1,
                maxSpecialists: 1,
                amountInPaise: 275000,
              },
              {
                label: 'Board of 2 or more',
                minSpecialists: 2,
                maxSpecialists: null,
                amountInPaise: 550000,
              },
            ],
          },
        },
        ops,
      );
    const past = await publish('2026-01-02T00:00:00Z');
    expect(past.errors?.[0]?.extensions).toMatchObject({ field: 'effectiveFrom' });
    const future = await publish(new Date(Date.now() + 86_400_000).toISOString());
    expect(future.errors).toBeUndefined();
    expect(future.data?.publishPriceList.version).toBe(2);
    const sameMoment = await publish(new Date(Date.now() + 3_600_000).toISOString());
    expect(sameMoment.errors?.[0]?.extensions).toMatchObject({ field: 'effectiveFrom' });
    expect(sameMoment.errors?.[0]?.message).toMatch(
      /Version 2 applies from .*; a new version must start after it/,
    );
    const { caseId } = await awaiting('case-b');
    expect((await readCase(caseId)).quote.amount).toBe(250000);
  }, 60_000);
});
