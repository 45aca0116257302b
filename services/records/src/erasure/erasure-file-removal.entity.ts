import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A file of the store an erasure still has to remove: written in the erasure's transaction, then
 * removed with the file right after it commits; one left (the store failed) is retried by the
 * erasure worker. Its bytes are unreadable meanwhile: their data key was destroyed.
 */
@Entity({ tableName: 'erasure_file_removal' })
export class ErasureFileRemoval {
  /** the file's key in the store (server-made, e.g. `uploads/<uuid>`) */
  @PrimaryKey({ type: 'string', length: 140 })
  storageKey!: string;

  @Property({ type: 'uuid' })
  erasureRequestId!: string;

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;
}
