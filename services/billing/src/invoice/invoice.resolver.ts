import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { rupeesInWords } from '../money/money';
import { invoicePdfLink } from './invoice-link';
import { Invoice } from './invoice.entity';

@Resolver(() => Invoice)
export class InvoiceResolver {
  /** The amount in words, e.g. "Rupees five thousand only". */
  @FieldResolver(() => String, { description: 'e.g. "Rupees five thousand only"' })
  amountInWords(@Root() invoice: Invoice): string {
    return rupeesInWords(invoice.amount);
  }

  /** Paise refunded of the invoiced payment so far (processed refunds). */
  @FieldResolver(() => Int, { description: 'Paise refunded of this payment so far.' })
  async refundedAmount(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.payment.load(invoice.payment.id))?.amountRefunded ?? 0;
  }

  /** A same-origin link to the PDF, valid for 5 minutes. */
  @FieldResolver(() => String, {
    description: 'A same-origin link to the invoice PDF, valid for 5 minutes.',
  })
  downloadUrl(@Root() invoice: Invoice): string {
    return invoicePdfLink(invoice.id).url;
  }
}
