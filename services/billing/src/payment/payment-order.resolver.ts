import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { providerSettings } from '../payment-provider';
import { Quote } from '../quote/quote.entity';
import { PaymentOrder } from './payment-order.entity';

@Resolver(() => PaymentOrder)
export class PaymentOrderResolver {
  /** The provider's public key, which its checkout opens with (Razorpay's `key`). */
  @FieldResolver(() => String, { description: 'The public key the checkout opens with.' })
  checkoutKeyId(): string {
    return providerSettings().keyId;
  }

  /** The name the checkout shows (Razorpay's `name`). */
  @FieldResolver(() => String)
  merchantName(): string {
    return providerSettings().merchantName;
  }

  /** The quote the order pays. */
  @FieldResolver(() => Quote)
  async quote(@Root() order: PaymentOrder, @Ctx() ctx: Context): Promise<Quote> {
    return (await ctx.loaders.quote.load(order.quote.id))!;
  }
}
