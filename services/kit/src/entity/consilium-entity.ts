import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../ids/uuid';

/**
 * Base of every stored entity: a UUIDv7 id and ISO 8601 UTC creation/update times.
 * Services list it among their entities so MikroORM discovers the inherited columns.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class ConsiliumEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Date, { description: 'When this was created (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When this was last changed (UTC).' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
