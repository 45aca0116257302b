import { graphql } from '../gql';

/** A legal document as the consent page shows it, in both languages. */
export const LEGAL_DOCUMENT_FIELDS = graphql(`
  fragment LegalDocumentFields on LegalDocument {
    id
    kind
    version
    effectiveFrom
    titleEn
    bodyEn
    titleHi
    bodyHi
    sha256
    pdfPath
  }
`);

/** The case to consent for, and the consent document and privacy notice in force. */
export const CONSENT_PAGE = graphql(`
  query ConsentPage($caseId: ID!) {
    case(id: $caseId) {
      id
      stage
      needsConsent
      patient {
        id
        fullName
      }
    }
    consentDocument: currentLegalDocument(kind: CONSENT) {
      id
      ...LegalDocumentFields
    }
    privacyNotice: currentLegalDocument(kind: PRIVACY_NOTICE) {
      id
      ...LegalDocumentFields
    }
  }
`);

/** Signs the consent (SUBMITTED → CONSENTED). */
export const SIGN_CONSENT = graphql(`
  mutation SignConsent($input: SignConsentInput!) {
    signConsent(input: $input) {
      id
      status
      dateTime
      signerName
      signerRelationship
    }
  }
`);
