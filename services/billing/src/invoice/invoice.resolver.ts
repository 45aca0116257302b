import { FieldResolver, Resolver, Root } from 'type-graphql';
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

  /** A same-origin link to the PDF, valid for 5 minutes. */
  @FieldResolver(() => String, {
    description: 'A same-origin link to the invoice PDF, valid for 5 minutes.',
  })
  downloadUrl(@Root() invoice: Invoice): string {
    return invoicePdfLink(invoice.id).url;
  }
}
