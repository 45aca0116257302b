import { registerEnumType } from 'type-graphql';

/** Whether a document's text can be searched (PDFs with a text layer; photos are not read). */
export enum DocumentTextStatus {
  /** a PDF waiting for its text to be extracted */
  PENDING = 'PENDING',
  /** its text was extracted and can be searched */
  EXTRACTED = 'EXTRACTED',
  /** a PDF without a text layer (a scan): nothing to search */
  NO_TEXT = 'NO_TEXT',
  /** the PDF could not be read (damaged, encrypted or too complex) */
  FAILED = 'FAILED',
  /** a photo or scan image: its text is not read */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

registerEnumType(DocumentTextStatus, {
  name: 'DocumentTextStatus',
  description: 'Whether the text of a document can be searched.',
});
