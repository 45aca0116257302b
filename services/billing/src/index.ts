import 'reflect-metadata';
import path from 'node:path';
import { ConsiliumEntity, defineService, type Service } from '@consilium/subgraph-kit';
import { Router } from 'express';
import { CaseLedger } from './case-ledger/case-ledger.entity';
import { CaseBillingResolver } from './case/case-billing.resolver';
import { CaseQuoteResolver } from './case/case-quote.resolver';
import { CaseReference } from './case/case.type';
import { createContext } from './context.type';
import { seedDemo } from './demo/demo-seed';
import { invoiceLinkKey } from './invoice/invoice-link';
import { BILLING_SECRETS } from './production-secrets';
import { invoiceRoutes } from './invoice/invoice-routes';
import { Invoice, InvoiceSequence } from './invoice/invoice.entity';
import { InvoiceResolver } from './invoice/invoice.resolver';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';
import { noteServedOrigin, providerSettings } from './payment-provider';
import { sandboxRoutes } from './payment-sandbox/sandbox-routes';
import {
  SandboxOrder,
  SandboxPayment,
  SandboxRefund,
} from './payment-sandbox/sandbox-records.entity';
import { PaymentOrder } from './payment/payment-order.entity';
import { PaymentOrderResolver } from './payment/payment-order.resolver';
import { Payment } from './payment/payment.entity';
import { PaymentResolver } from './payment/payment.resolver';
import { ensureInitialPriceList } from './price-list/initial-price-list';
import { PriceListEntry } from './price-list/price-list-entry.entity';
import { PriceList } from './price-list/price-list.entity';
import { PriceListResolver } from './price-list/price-list.resolver';
import { Quote } from './quote/quote.entity';
import { billingHandlers } from './quote/quote.handlers';
import { QuoteResolver } from './quote/quote.resolver';
import { reconciliationWorker } from './reconciliation/reconciliation.worker';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver';
import { Refund } from './refund/refund.entity';
import { RefundResolver } from './refund/refund.resolver';
import { webhookRoutes } from './webhook/webhook-routes';
import { WebhookReceipt } from './webhook/webhook-receipt.entity';

/**
 * billing: owns price lists, quotes, payments (through a Razorpay-protocol provider; the embedded
 * sandbox by default), invoices and refunds; extends `Case` with `quote`, `paymentOrder`,
 * `payments`, `invoice`, `refunds` and `cancellationTerms` (port 4003).
 */
export const billing: Service = defineService({
  name: 'billing',
  packageDir: path.resolve(__dirname, '..'),
  defaultPort: 4003,
  entities: [
    ConsiliumEntity,
    PriceList,
    PriceListEntry,
    Quote,
    CaseLedger,
    PaymentOrder,
    Payment,
    Refund,
    Invoice,
    InvoiceSequence,
    WebhookReceipt,
    SandboxOrder,
    SandboxPayment,
    SandboxRefund,
  ],
  migrations: { sqlite: sqliteMigrations, postgresql: postgresqlMigrations },
  resolvers: [
    PriceListResolver,
    CaseQuoteResolver,
    QuoteResolver,
    CaseBillingResolver,
    PaymentResolver,
    PaymentOrderResolver,
    RefundResolver,
    InvoiceResolver,
    ReconciliationResolver,
  ],
  entityStubs: [CaseReference],
  createContext,
  eventHandlers: billingHandlers,
  workers: [reconciliationWorker()],
  seedBaseline: ensureInitialPriceList,
  seedDemo,
  productionSecrets: BILLING_SECRETS,
  httpRoutes: (orm, logger) => {
    // a misconfigured provider (missing Razorpay keys, the sandbox in production) stops the start
    providerSettings();
    invoiceLinkKey();
    return Router()
      .use((req, _res, next) => {
        noteServedOrigin(req);
        next();
      })
      .use(webhookRoutes(orm, logger), invoiceRoutes(orm, logger), sandboxRoutes(orm, logger));
  },
});
