import PDFDocument from 'pdfkit';
import {
  A4,
  baselineOffset,
  drawLine,
  FlowWriter,
  registerFonts,
  REPORT_COLORS,
  reportStyle,
  splitRuns,
  textWidth,
  type Frame,
} from '@consilium/subgraph-kit/pdf';

/** What a versioned legal document (e-consent or privacy notice) says, in English and Hindi. */
export interface LegalDocumentText {
  kind: 'CONSENT' | 'PRIVACY_NOTICE';
  version: string; // e.g. "consent-v1"
  effectiveFrom: Date; // UTC
  titleEn: string;
  bodyEn: string; // body: plain text, paragraphs separated by blank lines, lines starting with "- " are list items, lines starting with "## " are headings
  titleHi: string;
  bodyHi: string; // Hindi, Devanagari script
  sha256: string; // 64 lowercase hex chars, SHA-256 of the exact text (computed by the caller)
}

const PAGE = A4;
const FRAME: Frame = {
  left: A4.marginX,
  width: A4.width - 2 * A4.marginX,
  top: A4.marginTop,
  bottom: A4.height - 78,
};

const { muted: MUTED, rule: RULE } = REPORT_COLORS;
const style = reportStyle;

/** Styles per language: Devanagari needs more leading for matras above and below the line. */
const STYLES = {
  en: {
    title: style(18, 24, 'bold'),
    heading: style(12.5, 19, 'bold'),
    body: style(10.5, 15.5),
  },
  hi: {
    title: style(18, 28, 'bold'),
    heading: style(13, 22, 'bold'),
    body: style(11, 19),
  },
  brand: style(8.5, 13, 'bold', MUTED),
  box: style(8.5, 13),
  boxNote: style(8.5, 13, 'regular', MUTED),
  footer: style(7.5, 10, 'regular', MUTED),
};

const KIND_LABEL: Record<LegalDocumentText['kind'], { en: string; hi: string }> = {
  CONSENT: { en: 'Consilium e-consent', hi: 'कॉन्सिलियम ई-सहमति' },
  PRIVACY_NOTICE: { en: 'Consilium privacy notice', hi: 'कॉन्सिलियम गोपनीयता सूचना' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** India Standard Time, UTC+05:30 (Asia/Kolkata has had no daylight saving time since 1945). */
const IST_OFFSET_MS = 330 * 60 * 1000;

/**
 * The calendar day of an instant in Asia/Kolkata, e.g. "15 Nov 2026" (fixed English month
 * abbreviations, independent of the ICU data of the Node build).
 */
export function formatIndiaDate(instant: Date): string {
  const ist = new Date(instant.getTime() + IST_OFFSET_MS);
  return `${ist.getUTCDate()} ${MONTHS[ist.getUTCMonth()]} ${ist.getUTCFullYear()}`;
}

/**
 * Renders the document as a PDF (A4): English part, then Hindi part, with version, effective date (shown in Asia/Kolkata, e.g. "15 Nov 2026") and the SHA-256 printed on every page footer and in a box at the top ("Version consent-v1 · SHA-256 <hash>"). Returns the PDF bytes.
 *
 * Layout: page 1 starts with the English title and the version box, then the English body; the
 * Hindi part starts on a new page with its own title and box. Every page's footer reads
 * "<kind> · Version <v> · Effective <date> (IST)" over "SHA-256 <hash>   Page <n> of <total>"; the
 * version and hash are real text (selectable, extractable). Bodies are parsed as described on
 * {@link LegalDocumentText}: blank lines separate blocks, "## " starts a heading, "- " a list item,
 * other lines continue the paragraph or item above them. Long text wraps and paginates.
 *
 * The hash is printed as given: it is not recomputed, since what exactly was hashed is the caller's
 * definition. Fonts are Noto Sans and Noto Sans Devanagari (from npm, read from node_modules on
 * first use, then cached), embedded as subsets.
 *
 * @param doc - the document text; `effectiveFrom` is an instant (a JS Date), shown as its date in IST
 * @returns the PDF file's bytes (starting with "%PDF-")
 * @throws RangeError if `kind` is unknown, `version` is not 1–40 of `[A-Za-z0-9._-]` starting with a
 *   letter or digit, `effectiveFrom` is not a valid Date, `sha256` is not 64 lowercase hex digits, a
 *   title or body is blank, or the text contains a character that none of the fonts can print
 */
export async function renderLegalDocumentPdf(doc: LegalDocumentText): Promise<Buffer> {
  validate(doc);
  const date = formatIndiaDate(doc.effectiveFrom);
  const label = KIND_LABEL[doc.kind];
  // Fail on unprintable characters before any drawing (line breaks and tabs only lay text out).
  for (const text of [doc.titleEn, doc.bodyEn, doc.titleHi, doc.bodyHi]) {
    splitRuns(text.replace(/\s+/g, ' '));
  }

  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    lang: 'en-IN',
    displayTitle: true,
    info: {
      Title: doc.titleEn,
      Author: 'Consilium',
      Subject: `${label.en}, version ${doc.version}, effective ${date}`,
      Keywords: `${doc.version} sha256:${doc.sha256}`,
    },
  });
  const bytes = collect(pdf);
  registerFonts(pdf);
  const flow = new FlowWriter(pdf, FRAME);
  writePart(pdf, flow, doc, {
    brand: label.en.toUpperCase(),
    title: doc.titleEn,
    note: `Effective from ${date} (India Standard Time). English text; the Hindi text follows.`,
    body: doc.bodyEn,
    styles: STYLES.en,
  });
  flow.newPage();
  writePart(pdf, flow, doc, {
    brand: label.hi,
    title: doc.titleHi,
    note: `प्रभावी तिथि ${date} (भारतीय मानक समय)। यह ऊपर दिए गए अंग्रेज़ी पाठ का हिंदी पाठ है।`,
    body: doc.bodyHi,
    styles: STYLES.hi,
  });

  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    footer(
      pdf,
      doc,
      `${label.en} · Version ${doc.version} · Effective ${date} (IST)`,
      i - start + 1,
      count,
    );
  }
  pdf.end();
  return bytes;
}

/** Checks the input; see {@link renderLegalDocumentPdf} for the rules. */
function validate(doc: LegalDocumentText): void {
  if (!Object.hasOwn(KIND_LABEL, doc.kind))
    throw new RangeError(`Unknown document kind: ${String(doc.kind)}`);
  if (typeof doc.version !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(doc.version)) {
    throw new RangeError(`Invalid version ${JSON.stringify(doc.version)}: 1-40 of [A-Za-z0-9._-]`);
  }
  if (!(doc.effectiveFrom instanceof Date) || Number.isNaN(doc.effectiveFrom.getTime())) {
    throw new RangeError('effectiveFrom must be a valid Date');
  }
  if (typeof doc.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(doc.sha256)) {
    throw new RangeError('sha256 must be 64 lowercase hexadecimal characters');
  }
  for (const key of ['titleEn', 'bodyEn', 'titleHi', 'bodyHi'] as const) {
    if (typeof doc[key] !== 'string' || !doc[key].trim())
      throw new RangeError(`${key} must not be blank`);
  }
}

/** Resolves with everything pdfkit writes, once the document has ended. */
function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/**
 * The boxed "Version <v> · SHA-256 <hash>" line (split before "SHA-256" only if it does not fit),
 * followed by `note`.
 */
function versionBox(
  pdf: PDFKit.PDFDocument,
  flow: FlowWriter,
  doc: LegalDocumentText,
  note: string,
): void {
  const pad = 8;
  const inner = FRAME.width - 2 * pad;
  const idLine = `Version ${doc.version} · SHA-256 ${doc.sha256}`;
  const idLines =
    textWidth(pdf, idLine, STYLES.box) <= inner
      ? [idLine]
      : [`Version ${doc.version}`, `SHA-256 ${doc.sha256}`];
  const noteStyle = /\p{Script=Devanagari}/u.test(note)
    ? { ...STYLES.boxNote, lineHeight: 16 }
    : STYLES.boxNote;
  const height = 2 * pad + idLines.length * STYLES.box.lineHeight + noteStyle.lineHeight;
  flow.ensureSpace(height);
  pdf
    .roundedRect(FRAME.left, flow.y, FRAME.width, height, 3)
    .lineWidth(0.6)
    .fillAndStroke('#f3f4f6', RULE);
  let y = flow.y + pad;
  for (const line of idLines) {
    drawLine(pdf, line, FRAME.left + pad, y + baselineOffset(STYLES.box), STYLES.box);
    y += STYLES.box.lineHeight;
  }
  drawLine(pdf, note, FRAME.left + pad, y + baselineOffset(noteStyle), noteStyle);
  flow.skip(height + 14);
}

type LanguageStyles = (typeof STYLES)['en'];

/** One language's part: a small label, the title, the version box, then the body. */
function writePart(
  pdf: PDFKit.PDFDocument,
  flow: FlowWriter,
  doc: LegalDocumentText,
  part: { brand: string; title: string; note: string; body: string; styles: LanguageStyles },
): void {
  flow.paragraph(part.brand, STYLES.brand);
  flow.paragraph(part.title, part.styles.title);
  flow.skip(6);
  versionBox(pdf, flow, doc, part.note);
  writeBody(flow, part.body, part.styles);
}

/** Parses a body (see {@link LegalDocumentText}) and writes its headings, paragraphs and list items. */
function writeBody(flow: FlowWriter, body: string, styles: LanguageStyles): void {
  const { heading, body: text } = styles;
  for (const block of parseBody(body)) {
    if (block.type === 'heading') {
      // Keep a heading with at least two lines of what follows it.
      flow.ensureSpace(heading.lineHeight + 2 * text.lineHeight + 6);
      flow.skip(4);
      flow.paragraph(block.text, heading);
      flow.skip(2);
    } else if (block.type === 'item') {
      flow.paragraph(block.text, text, { indent: 16, bullet: '•' });
      flow.skip(text.lineHeight * 0.2);
    } else {
      flow.paragraph(block.text, text);
      flow.skip(text.lineHeight * 0.5);
    }
  }
}

interface Block {
  type: 'heading' | 'paragraph' | 'item';
  text: string;
}

/** Splits a body into blocks: "## " lines are headings, "- " lines start list items. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let open: Block | undefined; // the paragraph or item that a plain line continues
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('## ')) {
        blocks.push({ type: 'heading', text: line.slice(3).trim() });
        open = undefined;
      } else if (line.startsWith('- ')) {
        blocks.push((open = { type: 'item', text: line.slice(2).trim() }));
      } else if (open) {
        open.text += ` ${line}`;
      } else {
        blocks.push((open = { type: 'paragraph', text: line }));
      }
    }
  }
  return blocks;
}

/** Footer of one page: a rule, the document line, then the hash line with "Page n of total". */
function footer(
  pdf: PDFKit.PDFDocument,
  doc: LegalDocumentText,
  docLine: string,
  page: number,
  total: number,
): void {
  const top = FRAME.bottom + 22;
  const s = STYLES.footer;
  pdf
    .moveTo(FRAME.left, top)
    .lineTo(FRAME.left + FRAME.width, top)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  const first = top + 6 + baselineOffset(s);
  drawLine(pdf, docLine, FRAME.left, first, s);
  drawLine(pdf, `SHA-256 ${doc.sha256}`, FRAME.left, first + s.lineHeight, s);
  // On the hash line, whose width is fixed, so that a long version never runs into it.
  const pageText = `Page ${page} of ${total}`;
  const pageX = FRAME.left + FRAME.width - textWidth(pdf, pageText, s);
  drawLine(pdf, pageText, pageX, first + s.lineHeight, s);
}
