import { newId } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { loadFixtureCases } from '../intake/fixture-cases';
import type { PatientSideSession } from '../intake/intake-test-client';
import { answer, requestPanel } from '../matching/matching-test-client';
import { consentedFixtureCase, flushEvents } from '../opinions/opinion-test-client';
import type { TestPlatform } from '../testing/start-platform';

/** A fixture case's panel request as the patient's side sends it (fixture slugs → ids). */
function panelRequestOf(ref: string, ids: Record<string, string>): Record<string, unknown> {
  const fixture = loadFixtureCases().find((item) => item.caseRef === ref)! as unknown as {
    requestedPanel: { mode: string; specialistIds?: string[]; preferredSize?: string };
  };
  const requested = fixture.requestedPanel;
  if (requested.mode === 'PLATFORM_CHOOSES') return requested;
  return { ...requested, specialistIds: requested.specialistIds!.map((slug) => ids[slug]) };
}

/**
 * A fixture case taken the way users do to AWAITING_PAYMENT: entered and consented by its
 * patient or proxy, its panel requested as the fixture says (for the platform's choice, operations
 * confirm the suggested board), and every specialist accepting.
 * @param platform - the running platform
 * @param ref - e.g. `case-b`
 * @param email - the submitter's login (unique per test file)
 * @param ids - fixture specialist slug → specialist id (onboardFixtureSpecialists)
 * @returns the submitter's session and the case
 */
export async function caseAwaitingPayment(
  platform: TestPlatform,
  ref: string,
  email: string,
  ids: Record<string, string>,
): Promise<{ session: PatientSideSession; caseId: string }> {
  const { session, caseId } = await consentedFixtureCase(platform, ref, email);
  const requested = await requestPanel(platform, session, caseId, panelRequestOf(ref, ids));
  if (!requested.data) throw new Error(JSON.stringify(requested.errors));
  let members = requested.data.requestPanel.members;
  if (requested.data.requestPanel.mode === 'PLATFORM_CHOOSES') {
    await flushEvents(platform);
    const ops = await platform.as('operations');
    const suggestion = await postGraphQL<{
      case: { panelSuggestion: { suggested: { specialist: { id: string } }[] } };
    }>(
      platform.gateway.url,
      `query ($id: ID!) { case(id: $id) { panelSuggestion { suggested { specialist { id } } } } }`,
      { id: caseId },
      ops,
    );
    const confirmed = await postGraphQL<{ confirmPlatformPanel: { members: { id: string }[] } }>(
      platform.gateway.url,
      `mutation ($id: ID!, $s: [ID!]!) { confirmPlatformPanel(caseId: $id, specialistIds: $s) { members { id } } }`,
      {
        id: caseId,
        s: suggestion.data!.case.panelSuggestion.suggested.map((m) => m.specialist.id),
      },
      ops,
    );
    if (!confirmed.data) throw new Error(JSON.stringify(confirmed.errors));
    members = confirmed.data.confirmPlatformPanel.members as typeof members;
  }
  for (const member of members) {
    const accepted = await answer(platform, member.id, true);
    if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  }
  await flushEvents(platform);
  return { session, caseId };
}

/** The payment order fields the tests read. */
export interface OrderView {
  id: string;
  amount: number;
  currency: string;
  status: string;
  providerOrderId: string;
  checkoutKeyId: string;
}

const ORDER_FIELDS = 'id amount currency status providerOrderId checkoutKeyId';

/**
 * Opens the checkout for a case as the payer's app does.
 * @returns the response
 */
export function createOrder(
  platform: TestPlatform,
  who: { authorization: string },
  input: {
    caseId: string;
    amountInPaise: number;
    currency?: string;
    billingName?: string;
    idempotencyKey?: string;
  },
): Promise<GraphQLResponse<{ createPaymentOrder: OrderView }>> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($input: CreatePaymentOrderInput!) { createPaymentOrder(input: $input) { ${ORDER_FIELDS} } }`,
    {
      input: {
        currency: 'INR',
        billingName: 'Test Payer',
        idempotencyKey: `checkout-${newId()}`,
        ...input,
      },
    },
    who,
  );
}

/**
 * Pays an order in the sandbox's checkout through the gateway, as the payer's browser does.
 * @param outcome - what the payer picks
 * @param webhooks - `none` keeps the provider's webhook back (a lost webhook)
 * @returns the checkout's answer: Razorpay's handler response, or its error
 */
export async function payInCheckout(
  platform: TestPlatform,
  order: OrderView,
  outcome: 'success' | 'failure' = 'success',
  webhooks: 'send' | 'none' = 'send',
): Promise<{
  status: number;
  body: {
    razorpay_payment_id?: string;
    razorpay_order_id?: string;
    razorpay_signature?: string;
    error?: { description: string; metadata?: { payment_id: string } };
  };
}> {
  const response = await fetch(
    `${platform.origin}/payment-sandbox/checkout/orders/${order.providerOrderId}/payments`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key_id: order.checkoutKeyId, method: 'upi', outcome, webhooks }),
    },
  );
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Sends the checkout's result to billing, as the payer's app does.
 * @returns the response
 */
export function confirmPayment(
  platform: TestPlatform,
  who: { authorization: string },
  orderId: string,
  result: { razorpay_payment_id?: string; razorpay_signature?: string },
): Promise<GraphQLResponse<{ confirmPayment: { id: string; status: string; amount: number } }>> {
  return postGraphQL(
    platform.gateway.url,
    `mutation ($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { id status amount } }`,
    {
      input: {
        orderId,
        providerPaymentId: result.razorpay_payment_id,
        providerSignature: result.razorpay_signature,
      },
    },
    who,
  );
}

/**
 * Pays a case's quote the whole way: order, sandbox checkout (success), confirmation, then the
 * events delivered.
 * @returns the order
 */
export async function payQuote(
  platform: TestPlatform,
  who: { authorization: string },
  caseId: string,
  amount: number,
): Promise<OrderView> {
  const order = await createOrder(platform, who, { caseId, amountInPaise: amount });
  if (!order.data) throw new Error(JSON.stringify(order.errors));
  const paid = await payInCheckout(platform, order.data.createPaymentOrder);
  if (paid.status !== 200) throw new Error(JSON.stringify(paid.body));
  const confirmed = await confirmPayment(
    platform,
    who,
    order.data.createPaymentOrder.id,
    paid.body,
  );
  if (confirmed.errors) throw new Error(JSON.stringify(confirmed.errors));
  await flushEvents(platform);
  return order.data.createPaymentOrder;
}

/** Waits until `check` holds (webhooks arrive in the background), up to 10 s. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
