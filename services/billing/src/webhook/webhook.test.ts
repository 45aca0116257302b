import fs from 'node:fs';
import path from 'node:path';
import { AuditEntry, newId, OutboxEvent } from '@consilium/subgraph-kit';
import { startTestService, type TestService } from '@consilium/subgraph-kit/testing';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import { billing } from '../index';
import { Invoice } from '../invoice/invoice.entity';
import { hmacHex } from '../payment-provider';
import { PaymentOrderStatus, PaymentProviderKind } from '../payment/payment-enums';
import { PaymentOrder } from '../payment/payment-order.entity';
import { Payment } from '../payment/payment.entity';
import { PriceList } from '../price-list/price-list.entity';
import { Quote } from '../quote/quote.entity';

/** The payment rows of shared/fixtures/bad-inputs.json. */
interface WebhookRow {
  id: string;
  input: {
    webhookSecret?: string;
    deliveries?: number;
    headers?: Record<string, string>;
    rawBody?: string;
    webhookVariant?: { headers: Record<string, string>; rawBody: string };
  };
  expected: { outcome: string; httpStatus?: number };
}

const rows = (
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, '../../../../../shared/fixtures/bad-inputs.json'),
      'utf8',
    ),
  ) as (WebhookRow & { area: string })[]
).filter((row) => row.area === 'payment');
const row = (id: string): WebhookRow => rows.find((item) => item.id === id)!;
const SECRET = row('payment-duplicate-webhook').input.webhookSecret!;

describe('Payment webhooks (Razorpay protocol) with the fixtures’ signed deliveries', () => {
  let service: TestService;
  let origin: string;
  const before = process.env['PAYMENT_WEBHOOK_SECRET'];

  /** An order awaiting payment, as createPaymentOrder leaves it, under the fixture's order id. */
  async function orderFor(providerOrderId: string, amount: number): Promise<string> {
    const caseId = newId();
    await service.orm.em.fork().transactional(async (em) => {
      const priceList = await em.findOneOrFail(PriceList, { version: 1 });
      const quote = em.create(Quote, {
        caseId,
        priceList,
        panelSize: amount === 500000 ? 3 : 1,
        amount,
        currency: 'INR',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      em.create(CaseLedger, { caseId, specialistNames: ['Dr A', 'Dr B', 'Dr C'] });
      em.create(PaymentOrder, {
        caseId,
        quote,
        amount,
        currency: 'INR',
        idempotencyKey: `fixture-${providerOrderId}`,
        provider: PaymentProviderKind.RAZORPAY,
        providerOrderId,
        billingName: 'Fixture Payer',
      });
    });
    return caseId;
  }

  const deliver = (headers: Record<string, string>, rawBody: string): Promise<Response> =>
    fetch(`${origin}/webhooks/razorpay`, { method: 'POST', headers, body: rawBody });

  const counts = async (caseId: string) => {
    const em = service.orm.em.fork();
    return {
      payments: await em.count(Payment, { caseId }),
      invoices: await em.count(Invoice, { caseId }),
      captured: await em.count(OutboxEvent, { caseId, type: 'PaymentCaptured' }),
    };
  };

  beforeAll(async () => {
    process.env['PAYMENT_WEBHOOK_SECRET'] = SECRET;
    service = await startTestService(billing, false);
    origin = new URL(service.url).origin;
  });
  afterAll(async () => {
    await service.stop();
    if (before === undefined) delete process.env['PAYMENT_WEBHOOK_SECRET'];
    else process.env['PAYMENT_WEBHOOK_SECRET'] = before;
  });

  it('processes a duplicated payment.captured once: one payment, one invoice, one event', async () => {
    const { input, expected } = row('payment-duplicate-webhook');
    const caseId = await orderFor('order_FixtureCaseA0001', 500000);
    for (let delivery = 0; delivery < input.deliveries!; delivery += 1) {
      const answered = await deliver(input.headers!, input.rawBody!);
      expect(answered.status).toBe(expected.httpStatus);
    }
    expect(await counts(caseId)).toEqual({ payments: 1, invoices: 1, captured: 1 });
    const em = service.orm.em.fork();
    expect(await em.findOneOrFail(Payment, { caseId })).toMatchObject({
      status: 'CAPTURED',
      amount: 500000,
      providerPaymentId: 'pay_FixtureCaseA0001',
      source: 'WEBHOOK',
    });
    expect((await em.findOneOrFail(PaymentOrder, { caseId })).status).toBe(PaymentOrderStatus.PAID);
  });

  it('rejects a wrong signature with 400, changing nothing and logging the attempt', async () => {
    const { input, expected } = row('payment-webhook-wrong-signature');
    const caseId = await orderFor('order_FixtureCaseB0001', 250000);
    const answered = await deliver(input.headers!, input.rawBody!);
    expect(answered.status).toBe(expected.httpStatus);
    expect(await counts(caseId)).toEqual({ payments: 0, invoices: 0, captured: 0 });
    const logged = await service.orm.em
      .fork()
      .find(AuditEntry, { objectType: 'PaymentWebhook', objectId: 'evt_FixtureBadSig01' });
    expect(logged).toEqual([expect.objectContaining({ outcome: 'DENIED' })]);
    // the reference signature is accepted: the refusal was the signature, nothing else
    const genuine = await deliver(
      {
        ...input.headers!,
        'X-Razorpay-Signature': (input as { correctSignatureForReference?: string })
          .correctSignatureForReference!,
      },
      input.rawBody!,
    );
    expect(genuine.status).toBe(200);
    expect(await counts(caseId)).toEqual({ payments: 1, invoices: 1, captured: 1 });
  });

  it('flags a capture one paisa over the order for reconciliation and does not activate the case', async () => {
    const { input } = row('payment-amount-one-paisa-over');
    const caseId = await orderFor('order_FixtureCaseB0002', 250000);
    const variant = input.webhookVariant!;
    const answered = await deliver(
      { 'Content-Type': 'application/json', ...variant.headers },
      variant.rawBody,
    );
    expect(answered.status).toBe(200);
    expect(await counts(caseId)).toEqual({ payments: 1, invoices: 0, captured: 0 });
    const em = service.orm.em.fork();
    expect(await em.findOneOrFail(Payment, { caseId })).toMatchObject({
      status: 'CAPTURED',
      amount: 250001,
      reconciliationIssue: 'AMOUNT_MISMATCH',
    });
    // the provider has the order paid, so it is not offered for another checkout either
    expect((await em.findOneOrFail(PaymentOrder, { caseId })).status).toBe(PaymentOrderStatus.PAID);
  });

  it('ignores a payment.failed that arrives after the capture of the same payment', async () => {
    const caseId = await orderFor('order_OutOfOrder0001', 250000);
    const event = (name: string, status: string) =>
      JSON.stringify({
        entity: 'event',
        event: name,
        contains: ['payment'],
        payload: {
          payment: {
            entity: {
              id: 'pay_OutOfOrder0001',
              entity: 'payment',
              amount: 250000,
              currency: 'INR',
              status,
              order_id: 'order_OutOfOrder0001',
              method: 'card',
              captured: status === 'captured',
              error_description: status === 'failed' ? 'Declined' : null,
            },
          },
        },
        created_at: 1795766400,
      });
    for (const [index, body] of [
      event('payment.captured', 'captured'),
      event('payment.failed', 'failed'),
    ].entries()) {
      const answered = await deliver(
        {
          'Content-Type': 'application/json',
          'X-Razorpay-Event-Id': `evt_OutOfOrder000${index}`,
          'X-Razorpay-Signature': hmacHex(body, SECRET),
        },
        body,
      );
      expect(answered.status).toBe(200);
    }
    expect(await counts(caseId)).toEqual({ payments: 1, invoices: 1, captured: 1 });
    expect((await service.orm.em.fork().findOneOrFail(Payment, { caseId })).status).toBe(
      'CAPTURED',
    );
  });
});
