import { JSONObjectResolver } from 'graphql-scalars';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { documentReferenceResource } from './document-fhir';
import { Document } from './document.entity';

/** A document as FHIR R4 (for the health record export). */
@Resolver(() => Document)
export class DocumentFhirResolver {
  @FieldResolver(() => JSONObjectResolver, {
    description: 'The document as a FHIR R4 DocumentReference (for the health record export).',
  })
  fhirResource(@Root() document: Document): Record<string, unknown> {
    return documentReferenceResource(document);
  }
}
