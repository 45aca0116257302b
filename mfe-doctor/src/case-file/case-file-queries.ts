import { graphql } from '../gql';

/** The case's documents as the case file lists them. */
export const CASE_FILE = graphql(`
  query DoctorCaseFile($id: ID!) {
    case(id: $id) {
      id
      patient {
        id
      }
      documents {
        id
        title
        kind
        contentType
        size
        createdAt
        textStatus
        thumbnailUrl
        photoQuality {
          tooBlurred
          tooDark
        }
      }
    }
  }
`);

/** Fresh signed links for one document (they live 5 minutes), read when it is opened. */
export const DOCUMENT_LINKS = graphql(`
  query DoctorDocumentLinks($id: ID!) {
    document(id: $id) {
      id
      viewUrl
      previewUrl
      downloadUrl
    }
  }
`);

/** Words in the text of the case's PDFs. */
export const SEARCH_CASE_FILE = graphql(`
  query DoctorSearchCaseFile($patientId: ID!, $caseId: ID!, $text: String!) {
    searchDocuments(patientId: $patientId, caseId: $caseId, text: $text) {
      snippet
      document {
        id
        title
      }
    }
  }
`);

/** Files a document under another kind (the case's GP). */
export const RECLASSIFY_DOCUMENT = graphql(`
  mutation DoctorReclassifyDocument($id: ID!, $kind: DocumentKind!) {
    changeDocument(id: $id, changes: { kind: $kind }) {
      id
      kind
    }
  }
`);
