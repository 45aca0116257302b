import { Entity, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/**
 * One stored file's bytes, encrypted under its own data key (wrapped by the master key): the
 * same content uploaded twice for a patient is stored once. Kept per patient, so destroying a
 * patient's data keys never touches anyone else's files.
 */
@Entity({ tableName: 'stored_object' })
@Unique({ properties: ['patientId', 'sha256'] })
export class StoredObject extends ConsiliumEntity {
  @Property({ type: 'uuid' })
  patientId!: string;

  /** SHA-256 of the plaintext, hex */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** plaintext size in bytes */
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  /** the type found from the content */
  @Property({ type: 'string', length: 127 })
  contentType!: string;

  /** where the encrypted bytes are in the file store (server-made, never from a file name) */
  @Property({ type: 'string', length: 140 })
  storageKey!: string;

  /** the file's data key wrapped by the master key; null once destroyed (erasure) */
  @Property({ type: 'text', nullable: true })
  wrappedDataKey: string | null = null;
}
