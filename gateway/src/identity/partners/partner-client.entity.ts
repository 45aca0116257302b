import { Entity, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * An OAuth 2.0 client of a partner organisation (insurer, employer, hospital) using the client
 * credentials grant (RFC 6749 §4.4). The secret is kept only as an argon2id hash.
 */
@ObjectType({ description: 'An API client of a partner organisation.' })
@Entity({ tableName: 'partner_client' })
export class PartnerClient extends ConsiliumEntity {
  @Field({ description: 'The organisation, e.g. "Star Health Insurance".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => ID, { description: 'The organisation id cases are shared with.' })
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Field({ description: 'The OAuth2 client_id.' })
  @Property({ type: 'string', length: 64, unique: true })
  clientId!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  secretHash!: string;

  @Field(() => [String], { description: 'Granted scopes, e.g. cases:read-status.' })
  @Property({ type: 'json' })
  scopes!: string[];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
