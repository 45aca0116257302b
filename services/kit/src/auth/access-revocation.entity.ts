import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../ids/uuid';

/**
 * A revocation this service learned from identity (event AccessRevoked): tokens of the account
 * issued at or before `revokedAt` no longer count, entirely or for one patient. Kept so each
 * subgraph refuses a revoked token itself, not only the gateway.
 */
@Entity({ tableName: 'access_revocation' })
@Index({ properties: ['accountId', 'revokedAt'] })
export class AccessRevocation {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  accountId!: string;

  /** null: every access of the account; else only acting for this patient */
  @Property({ type: 'uuid', nullable: true })
  patientId: string | null = null;

  @Property({ type: 'datetime' })
  revokedAt!: Date;
}
