import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';
import { registerEnumType } from 'type-graphql';

/** The kinds a report is filed under (shared with records, which files the uploads). */
export const DocumentKindEnum = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, kind])) as {
  [K in DocumentKind]: K;
};
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'The kind a report is filed under (FHIR R4 DocumentReference.type, simplified).',
});
