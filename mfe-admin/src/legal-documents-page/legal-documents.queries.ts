import { graphql } from '../gql';

/** One kind's version in force and every published version, newest first. */
export const LEGAL_DOCUMENTS_OF_KIND = graphql(`
  query LegalDocumentsOfKind($kind: LegalDocumentKind!) {
    currentLegalDocument(kind: $kind) {
      id
      version
      ...InForceDocument
      ...PublishPrefill
    }
    legalDocuments(kind: $kind) {
      id
      version
      effectiveFrom
      ...LegalDocumentHistoryRow
    }
  }
`);

/** Publishes a new version (operations staff). */
export const PUBLISH_LEGAL_DOCUMENT = graphql(`
  mutation PublishLegalDocument($input: PublishLegalDocumentInput!) {
    publishLegalDocument(input: $input) {
      id
      kind
      version
      effectiveFrom
      sha256
    }
  }
`);
