import { graphql } from '../gql';

/** Asks for a signed link to PUT one file's bytes to (issue 7: no GraphQL multipart). */
export const REQUEST_UPLOAD = graphql(`
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadId
      uploadUrl
      expiresAt
      maxBytes
    }
  }
`);

/**
 * Turns the bytes received for an upload into a document of the case; what the photo checks
 * found is said at once (the lists showing the document ask for it again).
 */
export const COMPLETE_UPLOAD = graphql(`
  mutation CompleteUpload($uploadId: ID!) {
    completeUpload(uploadId: $uploadId) {
      id
      photoQuality {
        tooBlurred
        tooDark
      }
    }
  }
`);

/** A case's documents, for the list of uploaded reports (null when records is unreachable). */
export const CASE_DOCUMENTS = graphql(`
  query CaseDocuments($id: ID!) {
    case(id: $id) {
      id
      stage
      documents {
        id
        ...UploadedDocument
      }
    }
  }
`);

/** Renames or refiles an uploaded report (before consent). */
export const CHANGE_DOCUMENT = graphql(`
  mutation ChangeDocument($id: ID!, $changes: DocumentChangesInput!) {
    changeDocument(id: $id, changes: $changes) {
      id
      title
      kind
    }
  }
`);

/** Removes an uploaded report and destroys its file (before consent). */
export const REMOVE_DOCUMENT = graphql(`
  mutation RemoveDocument($id: ID!) {
    removeDocument(id: $id)
  }
`);
