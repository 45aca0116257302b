import type { EntityManager } from '@mikro-orm/core';
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
  Resolver,
} from 'type-graphql';
import { NotFoundError } from '../errors/errors';
import { parseId } from '../ids/uuid';
import { OutboxEvent } from './outbox-event.entity';

/** An event a service could not deliver after every retry, waiting for operations to act. */
@Directive('@shareable')
@ObjectType({ description: 'An event that could not be delivered after every retry.' })
export class DeadLetter {
  @Field(() => ID, { description: 'The event id.' })
  id!: string;

  @Field({ description: 'The service that could not deliver it.' })
  service!: string;

  @Field({ description: 'The event, e.g. PanelConfirmed.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last delivery failed.' })
  lastError!: string | null;

  @Field(() => Date, { description: 'When the service gave up.' })
  deadAt!: Date;
}

function toDeadLetter(service: string, event: OutboxEvent): DeadLetter {
  return {
    id: event.id,
    service,
    type: event.type,
    caseId: event.caseId,
    occurredAt: event.occurredAt,
    attempts: event.attempts,
    lastError: event.lastError,
    deadAt: event.deadAt ?? new Date(0),
  };
}

const camel = (name: string): string =>
  name.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Builds the resolver through which operations staff see a service's dead letters and send one
 * again (`<service>DeadLetters`, `retry<Service>DeadLetter`; one pair per subgraph, since a
 * federated root field belongs to one subgraph).
 * @param service - kebab-case service name
 * @returns a type-graphql resolver class
 */
export function deadLetterResolver(service: string): Function {
  const prefix = camel(service);
  const Prefix = prefix[0]!.toUpperCase() + prefix.slice(1);

  @Resolver(() => DeadLetter)
  class ServiceDeadLetterResolver {
    @Query(() => [DeadLetter], {
      name: `${prefix}DeadLetters`,
      description: `Events the ${service} service could not deliver, newest first.`,
    })
    async deadLetters(@Ctx() ctx: { em: EntityManager }): Promise<DeadLetter[]> {
      const dead = await ctx.em.find(
        OutboxEvent,
        { deadAt: { $ne: null } },
        { orderBy: { deadAt: 'desc' }, limit: 100 },
      );
      return dead.map((event) => toDeadLetter(service, event));
    }

    @Mutation(() => DeadLetter, {
      name: `retry${Prefix}DeadLetter`,
      description: `Sends a dead letter of the ${service} service again (the relay picks it up at once).`,
    })
    async retry(
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: { em: EntityManager },
    ): Promise<DeadLetter> {
      const event = await ctx.em.findOne(OutboxEvent, {
        id: parseId(id, 'id'),
        deadAt: { $ne: null },
      });
      if (!event) throw new NotFoundError('DeadLetter', id);
      const letter = toDeadLetter(service, event);
      event.deadAt = null;
      event.attempts = 0;
      event.nextAttemptAt = new Date();
      await ctx.em.flush();
      return letter;
    }
  }
  return ServiceDeadLetterResolver;
}
