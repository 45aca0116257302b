/**
 * The privacy notice in force, read from patient-intake through the gateway (public, no token):
 * its version, since when, the same-origin path of its PDF, and its text in English and Hindi.
 */
export const PRIVACY_NOTICE_QUERY = `query PublicPrivacyNotice {
  currentLegalDocument(kind: PRIVACY_NOTICE) {
    version
    effectiveFrom
    pdfPath
    titleEn
    titleHi
    bodyEn
    bodyHi
  }
}`;

/** The answer to PRIVACY_NOTICE_QUERY. */
export interface PrivacyNotice {
  currentLegalDocument: {
    /** e.g. v1 */
    version: string;
    /** ISO 8601 UTC */
    effectiveFrom: string;
    /** e.g. /legal-documents/privacy-notice/v1.pdf */
    pdfPath: string;
    titleEn: string;
    titleHi: string;
    /** plain text: blank-line paragraphs, "- " list items, "## " headings */
    bodyEn: string;
    bodyHi: string;
  };
}
