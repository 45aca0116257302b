import { Entity, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import type { JWK } from 'jose';

/**
 * A key that signs access tokens (Ed25519). A new key is published in the JWKS before it signs
 * anything, and an old key stays published until the last token it signed has expired, so keys
 * rotate without any verifier failing.
 */
@Entity({ tableName: 'signing_key' })
export class SigningKey extends ConsiliumEntity {
  /** the `kid` header of tokens it signs */
  @Property({ type: 'string', length: 64, unique: true })
  kid!: string;

  @Property({ type: 'json' })
  publicJwk!: JWK;

  /** the private JWK, encrypted with AES-256-GCM under a key derived from IDENTITY_SECRET */
  @Property({ type: 'text', hidden: true })
  encryptedPrivateJwk!: string;

  /** from when it signs (published earlier) */
  @Property({ type: 'datetime' })
  activatesAt!: Date;

  /** when it leaves the JWKS; null while current */
  @Property({ type: 'datetime', nullable: true })
  retiresAt: Date | null = null;
}
