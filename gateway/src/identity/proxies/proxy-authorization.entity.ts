import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import {
  PROXY_RELATIONSHIPS,
  type ProxyRelationship as ProxyRelationshipValue,
} from '@consilium/validation';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/**
 * How a proxy is related to the patient (FHIR R4 RelatedPerson.relationship, HL7 v3 RoleCode;
 * the list is shared with the apps in @consilium/validation).
 */
export const ProxyRelationship = Object.fromEntries(
  PROXY_RELATIONSHIPS.map((relationship) => [relationship, relationship]),
) as { [K in ProxyRelationshipValue]: K };
export type ProxyRelationship = ProxyRelationshipValue;
registerEnumType(ProxyRelationship, { name: 'ProxyRelationship' });

/** A patient's permission for another account to act for them, for a period. */
@ObjectType({ description: "A patient's permission for a proxy to act for them." })
@Entity({ tableName: 'proxy_authorization' })
@Index({ properties: ['proxyAccountId'] })
@Index({ properties: ['patientId'] })
export class ProxyAuthorization extends ConsiliumEntity {
  @Field(() => ID, { description: 'The patient acted for.' })
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  proxyAccountId!: string;

  @Field({ description: "The proxy's name as shown to the patient." })
  @Property({ type: 'string', length: 200 })
  proxyDisplayName!: string;

  @Field({ description: "The patient's name as shown to the proxy." })
  @Property({ type: 'string', length: 200 })
  patientDisplayName!: string;

  @Field(() => ProxyRelationship)
  @Enum({ items: () => [...PROXY_RELATIONSHIPS] })
  relationship!: ProxyRelationship;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Open-ended when null.' })
  @Property({ type: 'datetime', nullable: true })
  validUntil: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => ID, { description: 'Who granted it (the patient, or operations staff).' })
  @Property({ type: 'uuid' })
  grantedByAccountId!: string;

  /**
   * @param at - an instant
   * @returns whether the authorisation lets the proxy act at that instant
   */
  isActive(at: Date = new Date()): boolean {
    return (
      this.revokedAt === null &&
      this.validFrom <= at &&
      (this.validUntil === null || this.validUntil > at)
    );
  }
}
