import {
  Arg,
  Ctx,
  Directive,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { serviceFieldPrefix } from '../service/service-field-prefix';
import { requireRole } from '../auth/authorize';
import { NotFoundError } from '../errors/errors';
import type { BaseContext } from '../server/context.type';
import { parseId } from '../ids/uuid';
import { OutboxEvent } from './outbox-event.entity';
import { ReceivedDeadLetter } from './received-dead-letter.entity';

/** Which side of the delivery gave up. */
export enum DeadLetterKind {
  /** the service could not publish its own event (a subscriber kept refusing it) */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** the service received an event and could not process it */
  NOT_PROCESSED = 'NOT_PROCESSED',
}
registerEnumType(DeadLetterKind, {
  name: 'DeadLetterKind',
  description: 'Which side of the delivery gave up.',
  valuesConfig: {
    NOT_PUBLISHED: { description: 'The service could not deliver its own event.' },
    NOT_PROCESSED: { description: 'The service received the event and could not process it.' },
  },
});

/** An event a service could not deliver after every retry, waiting for operations to act. */
@Directive('@shareable')
@ObjectType({ description: 'An event that could not be delivered after every retry.' })
export class DeadLetter {
  @Field(() => ID, { description: 'The event id.' })
  id!: string;

  @Field({ description: 'The service that could not deliver or process it.' })
  service!: string;

  @Field(() => DeadLetterKind)
  kind!: DeadLetterKind;

  @Field({ description: 'The event, e.g. PanelConfirmed.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Int, { description: 'Deliveries tried.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last delivery failed.' })
  lastError!: string | null;

  @Field(() => Date, { description: 'When the service gave up.' })
  deadAt!: Date;
}

function toDeadLetter(service: string, event: OutboxEvent | ReceivedDeadLetter): DeadLetter {
  const received = event instanceof ReceivedDeadLetter;
  return {
    id: event.id,
    service,
    kind: received ? DeadLetterKind.NOT_PROCESSED : DeadLetterKind.NOT_PUBLISHED,
    type: event.type,
    caseId: event.caseId,
    occurredAt: event.occurredAt,
    attempts: received ? event.deliveries : event.attempts,
    lastError: event.lastError,
    deadAt: event.deadAt ?? new Date(0),
  };
}

/**
 * Builds the resolver through which operations staff see a service's dead letters and send one
 * again (`<service>DeadLetters`, `retry<Service>DeadLetter`; one pair per subgraph, since a
 * federated root field belongs to one subgraph).
 * @param service - kebab-case service name
 * @returns a type-graphql resolver class
 */
export function deadLetterResolver(service: string): Function {
  const prefix = serviceFieldPrefix(service);
  const Prefix = prefix[0]!.toUpperCase() + prefix.slice(1);

  @Resolver(() => DeadLetter)
  class ServiceDeadLetterResolver {
    @Query(() => [DeadLetter], {
      name: `${prefix}DeadLetters`,
      description: `Events the ${service} service could not deliver or process, newest first (operations staff only).`,
    })
    async deadLetters(@Ctx() ctx: BaseContext): Promise<DeadLetter[]> {
      requireRole(ctx, 'OPERATIONS');
      const [unpublished, unprocessed] = await Promise.all([
        ctx.em.find(
          OutboxEvent,
          { deadAt: { $ne: null } },
          { orderBy: { deadAt: 'desc' }, limit: 100 },
        ),
        ctx.em.find(
          ReceivedDeadLetter,
          { deadAt: { $ne: null } },
          { orderBy: { deadAt: 'desc' }, limit: 100 },
        ),
      ]);
      return [...unpublished, ...unprocessed]
        .map((event) => toDeadLetter(service, event))
        .sort((a, b) => b.deadAt.getTime() - a.deadAt.getTime())
        .slice(0, 100);
    }

    @Mutation(() => DeadLetter, {
      name: `retry${Prefix}DeadLetter`,
      description: `Tries a dead letter of the ${service} service again: an unpublished event is published at once, an unprocessed one is processed again.`,
    })
    async retry(@Arg('id', () => ID) id: string, @Ctx() ctx: BaseContext): Promise<DeadLetter> {
      requireRole(ctx, 'OPERATIONS');
      const key = parseId(id, 'id');
      const event = await ctx.em.findOne(OutboxEvent, { id: key, deadAt: { $ne: null } });
      if (event) {
        const letter = toDeadLetter(service, event);
        event.deadAt = null;
        event.attempts = 0;
        event.nextAttemptAt = new Date();
        await ctx.em.flush();
        return letter;
      }
      const received = await ctx.em.findOne(ReceivedDeadLetter, { id: key, deadAt: { $ne: null } });
      if (!received) throw new NotFoundError('DeadLetter', id);
      const letter = toDeadLetter(service, received);
      received.deadAt = null;
      received.retryRequestedAt = new Date();
      await ctx.em.flush();
      return letter;
    }
  }
  return ServiceDeadLetterResolver;
}
