/**
 * PDF text layout shared by the services that print documents (patient-intake's legal documents,
 * records' referral notes): the embedded Noto fonts for English and Hindi, font runs, wrapping and
 * pagination over pdfkit. Imported as `@consilium/subgraph-kit/pdf`, so services that print
 * nothing never load the fonts.
 */
export {
  baselineOffset,
  drawLine,
  FlowWriter,
  registerFonts,
  splitRuns,
  textWidth,
  wrapText,
  type FontFace,
  type FontWeight,
  type Frame,
  type Run,
  type TextStyle,
} from './text-layout';
export {
  A4,
  bodyStyleFor,
  formatIndiaDateTime,
  printable,
  REPORT_COLORS,
  REPORT_STYLES,
  reportStyle,
  ReportWriter,
} from './report-writer';
