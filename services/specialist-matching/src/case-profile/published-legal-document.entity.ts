import { Entity, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';

/**
 * A version of the e-consent or the privacy notice that patient-intake published
 * (LegalDocumentPublished): specialist-matching holds it to tell a consent signed on an older
 * version, which must be signed again before doctors are chosen.
 */
@Entity({ tableName: 'published_legal_document' })
@Unique({ properties: ['kind', 'version'] })
export class PublishedLegalDocument extends ConsiliumEntity {
  /** CONSENT or PRIVACY_NOTICE */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 32 })
  version!: string;

  @Property({ type: 'datetime' })
  effectiveFrom!: Date;
}
