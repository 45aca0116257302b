import PDFDocument from 'pdfkit';
import {
  baselineOffset,
  drawLine,
  FlowWriter,
  registerFonts,
  splitRuns,
  type Frame,
  type TextStyle,
} from './text-layout';

/** A4 in points (1/72 inch), with 20 mm side margins. */
export const A4 = { width: 595.28, height: 841.89, marginX: 56.7, marginTop: 56.7 };

const FRAME: Frame = {
  left: A4.marginX,
  width: A4.width - 2 * A4.marginX,
  top: A4.marginTop,
  bottom: A4.height - 72,
};

/** The colours of printed text: ink, muted (meta lines, footers) and thin rules. */
export const REPORT_COLORS = { ink: '#111111', muted: '#555555', rule: '#9a9a9a' };
const { ink: INK, muted: MUTED, rule: RULE } = REPORT_COLORS;

/**
 * A text style of the printed reports.
 * @param size - font size (points)
 * @param lineHeight - line box height (points)
 * @param weight - regular or bold
 * @param color - CSS hex colour
 */
export const reportStyle = (
  size: number,
  lineHeight: number,
  weight: 'regular' | 'bold' = 'regular',
  color = INK,
): TextStyle => ({ size, lineHeight, weight, color });
const style = reportStyle;

/** The type scale of printed reports. */
export const REPORT_STYLES = {
  brand: style(8.5, 13, 'bold', MUTED),
  title: style(18, 26, 'bold'),
  meta: style(9, 14, 'regular', MUTED),
  heading: style(12.5, 20, 'bold'),
  subheading: style(11, 17, 'bold'),
  body: style(10.5, 15.5),
  /** Devanagari needs more leading for the matras above and below the line */
  bodyHi: style(11, 19),
  muted: style(10.5, 15.5, 'regular', MUTED),
  footer: style(7.5, 10, 'regular', MUTED),
};

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** The body style for a text: taller lines when it holds Devanagari. */
export const bodyStyleFor = (text: string): TextStyle =>
  DEVANAGARI.test(text) ? REPORT_STYLES.bodyHi : REPORT_STYLES.body;

/**
 * Text someone typed (a file name, a note, in any script) made printable: a character none of the
 * embedded fonts has becomes "?".
 * @param text - any text
 * @returns the text, printable
 */
export function printable(text: string): string {
  return [...text]
    .map((character) => {
      try {
        splitRuns(character);
        return character;
      } catch {
        return '?';
      }
    })
    .join('');
}

/**
 * An instant as people in India read it, e.g. "30 Nov 2026, 10:15 IST" (Asia/Kolkata, UTC+05:30).
 * @param instant - the time
 * @returns the text
 */
export function formatIndiaDateTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Kolkata',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} IST`;
}

/**
 * A printed report (A4, embedded Noto fonts for English and Hindi, all text real and selectable):
 * a title block, headings over a thin rule, paragraphs, lists and label/value facts flowing over
 * pages, and on every page a footer line with "Page n of N".
 */
export class ReportWriter {
  readonly pdf: PDFKit.PDFDocument;
  private readonly flow: FlowWriter;
  private readonly bytes: Promise<Buffer>;

  /**
   * @param info - the PDF's title, author and subject (document properties)
   */
  constructor(info: { title: string; author: string; subject: string }) {
    this.pdf = new PDFDocument({
      size: [A4.width, A4.height],
      margin: 0,
      bufferPages: true,
      lang: 'en-IN',
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject },
    });
    this.bytes = new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
    });
    registerFonts(this.pdf);
    this.flow = new FlowWriter(this.pdf, FRAME);
  }

  /** The brand line, the title and the lines under it. */
  titleBlock(brand: string, title: string, meta: readonly string[]): void {
    this.flow.paragraph(brand, REPORT_STYLES.brand);
    this.flow.paragraph(printable(title), REPORT_STYLES.title);
    for (const line of meta) this.flow.paragraph(printable(line), REPORT_STYLES.meta);
  }

  /** Starts the next part on a new page. */
  newPage(): void {
    this.flow.newPage();
  }

  /** A section heading, kept with at least two lines of what follows, over a thin rule. */
  heading(text: string): void {
    this.flow.skip(8);
    this.flow.ensureSpace(REPORT_STYLES.heading.lineHeight + 2 * REPORT_STYLES.body.lineHeight);
    this.flow.paragraph(printable(text), REPORT_STYLES.heading);
    this.pdf
      .moveTo(FRAME.left, this.flow.y)
      .lineTo(FRAME.left + FRAME.width, this.flow.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    this.flow.skip(5);
  }

  /** A smaller heading inside a section, kept with what follows. */
  subheading(text: string): void {
    this.flow.skip(4);
    this.flow.ensureSpace(REPORT_STYLES.subheading.lineHeight + 2 * REPORT_STYLES.body.lineHeight);
    this.flow.paragraph(printable(text), REPORT_STYLES.subheading);
  }

  /** Paragraphs of body text (blank lines separate them); `none` (muted) when empty. */
  text(text: string | null | undefined, none = ''): void {
    const paragraphs = (text ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) {
      if (none) this.flow.paragraph(none, REPORT_STYLES.muted);
      return;
    }
    for (const paragraph of paragraphs) {
      const safe = printable(paragraph);
      this.flow.paragraph(safe, bodyStyleFor(safe));
      this.flow.skip(5);
    }
  }

  /** A numbered or bulleted list, each item wrapped under its indent; `none` (muted) when empty. */
  list(items: readonly string[], numbered: boolean, none: string): void {
    if (items.length === 0) {
      this.flow.paragraph(none, REPORT_STYLES.muted);
      return;
    }
    items.forEach((item, index) => {
      const safe = printable(item);
      this.flow.paragraph(safe, bodyStyleFor(safe), {
        indent: 18,
        bullet: numbered ? `${index + 1}.` : '•',
      });
      this.flow.skip(3);
    });
  }

  /** Label/value lines ("Born: 12 Mar 1971"); pairs with an empty value are left out. */
  facts(pairs: readonly [string, string | null | undefined][]): void {
    for (const [label, value] of pairs) {
      if (!value) continue;
      const safe = printable(`${label}: ${value}`);
      this.flow.paragraph(safe, bodyStyleFor(safe));
    }
    this.flow.skip(4);
  }

  /**
   * Writes the footer on every page and ends the document.
   * @param footer - the first footer line (e.g. what the document is and whose)
   * @returns the PDF file's bytes (starting with "%PDF-")
   */
  async finish(footer: string): Promise<Buffer> {
    const { start, count } = this.pdf.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.pdf.switchToPage(i);
      const y = FRAME.bottom + 24;
      const s = REPORT_STYLES.footer;
      drawLine(this.pdf, printable(footer), FRAME.left, y + baselineOffset(s), s);
      drawLine(
        this.pdf,
        `Page ${i - start + 1} of ${count}`,
        FRAME.left,
        y + s.lineHeight + baselineOffset(s),
        s,
      );
    }
    this.pdf.end();
    return this.bytes;
  }
}
