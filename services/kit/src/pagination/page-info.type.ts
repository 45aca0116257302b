import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay PageInfo (https://relay.dev/graphql/connections.htm); shared by every subgraph. */
@Directive('@shareable')
@ObjectType({ description: 'Relay PageInfo.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
