import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { Invoice } from './invoice/invoice.entity';
import { PaymentOrder } from './payment/payment-order.entity';
import { Payment } from './payment/payment.entity';
import { PriceListEntry } from './price-list/price-list-entry.entity';
import { PriceList } from './price-list/price-list.entity';
import { Quote } from './quote/quote.entity';
import { Refund } from './refund/refund.entity';

/** The per-request context of billing. */
export interface Context extends BaseContext {
  loaders: {
    quoteByCase: DataLoader<string, Quote | undefined>;
    quote: DataLoader<string, Quote | undefined>;
    entriesByPriceList: DataLoader<string, PriceListEntry[]>;
    priceList: DataLoader<string, PriceList | undefined>;
    ordersByCase: DataLoader<string, PaymentOrder[]>;
    order: DataLoader<string, PaymentOrder | undefined>;
    paymentsByCase: DataLoader<string, Payment[]>;
    payment: DataLoader<string, Payment | undefined>;
    refundsByCase: DataLoader<string, Refund[]>;
    refundsByPayment: DataLoader<string, Refund[]>;
    invoiceByPayment: DataLoader<string, Invoice | undefined>;
    invoicesByCase: DataLoader<string, Invoice[]>;
  };
}

/**
 * Adds billing's DataLoaders to a request's base context.
 * @param base - the kit's per-request context
 * @returns the full context
 */
export function createContext(base: BaseContext): Context {
  const em = base.em;
  return {
    ...base,
    loaders: {
      quoteByCase: createEntityLoader(em, Quote, 'caseId'),
      quote: createEntityLoader(em, Quote),
      entriesByPriceList: createGroupLoader(em, PriceListEntry, 'priceList', {
        minSpecialists: 'asc',
      }),
      priceList: createEntityLoader(em, PriceList),
      ordersByCase: createGroupLoader(em, PaymentOrder, 'caseId', { createdAt: 'desc' }),
      order: createEntityLoader(em, PaymentOrder),
      paymentsByCase: createGroupLoader(em, Payment, 'caseId', { createdAt: 'desc' }),
      payment: createEntityLoader(em, Payment),
      refundsByCase: createGroupLoader(em, Refund, 'caseId', { createdAt: 'desc' }),
      refundsByPayment: createGroupLoader(em, Refund, 'payment', { createdAt: 'desc' }),
      invoiceByPayment: createEntityLoader(em, Invoice, 'payment'),
      invoicesByCase: createGroupLoader(em, Invoice, 'caseId', { issuedAt: 'asc' }),
    },
  } satisfies Context;
}
