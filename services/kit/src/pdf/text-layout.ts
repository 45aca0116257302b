/// <reference types="pdfkit" />
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * Text layout for the PDFs the services print (patient-intake's legal documents, records' referral
 * notes): the embedded Noto fonts, splitting text into runs per font (Latin / Devanagari), line
 * wrapping and pagination over a pdfkit document.
 *
 * Shaping (conjuncts, vowel signs, reph, nukta, mark positioning) is done by pdfkit's fontkit; this
 * file only decides which font draws which characters and where lines and pages break.
 */

/** A font family embedded in the PDF; `latinExt` and `deva` are fallbacks for characters `latin` lacks. */
export type FontFace = 'latin' | 'latinExt' | 'deva';
export type FontWeight = 'regular' | 'bold';

/**
 * Font files from the npm packages `@fontsource/noto-sans` and `@fontsource/noto-sans-devanagari`
 * (Google's subsets, OpenType layout tables kept). WOFF, not WOFF2: fontkit 2.0.4's TrueType subsetter,
 * which pdfkit uses to embed a font, fails on the composite glyphs of a WOFF2 font
 * ("RangeError: Offset is outside the bounds of the DataView").
 */
const FONT_FILES: Record<FontFace, Record<FontWeight, string>> = {
  latin: {
    regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  },
  latinExt: {
    regular: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
    bold: '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
  },
  deva: {
    regular:
      '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
    bold: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff',
  },
};

/** Order in which faces are tried for a character that is not Devanagari. */
const FALLBACK_ORDER: readonly FontFace[] = ['latin', 'latinExt', 'deva'];

interface LoadedFont {
  data: Buffer;
  /** Parsed font, used only to ask which characters it has. */
  coverage: fontkit.Font;
}

let loaded: Record<FontFace, Record<FontWeight, LoadedFont>> | undefined;

/** Reads (once per process) the font files, resolved from node_modules at run time. */
function fonts(): Record<FontFace, Record<FontWeight, LoadedFont>> {
  if (!loaded) {
    const load = (file: string): LoadedFont => {
      const data = readFileSync(require.resolve(file));
      return { data, coverage: fontkit.create(data) as fontkit.Font };
    };
    const face = (f: FontFace) => ({
      regular: load(FONT_FILES[f].regular),
      bold: load(FONT_FILES[f].bold),
    });
    loaded = { latin: face('latin'), latinExt: face('latinExt'), deva: face('deva') };
  }
  return loaded;
}

/** The pdfkit name under which a face/weight is registered by {@link registerFonts}. */
const fontName = (face: FontFace, weight: FontWeight): string => `noto-${face}-${weight}`;

/** Registers the six Noto fonts on a document; pdfkit embeds (a subset of) those that get used. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const all = fonts();
  for (const face of Object.keys(all) as FontFace[]) {
    for (const weight of ['regular', 'bold'] as const) {
      doc.registerFont(fontName(face, weight), all[face][weight].data);
    }
  }
}

/** A piece of text drawn with one font. */
export interface Run {
  text: string;
  face: FontFace;
}

const DEVANAGARI = /\p{Script_Extensions=Devanagari}/u;
/** Characters that take the font of the character before them (spaces, joiners, combining marks). */
const INHERITS = /[\s\p{M}\u200c\u200d]/u;

/**
 * Splits text into runs, each drawable by one font: Devanagari (with dandas) in Noto Sans Devanagari,
 * everything else in the first of Noto Sans Latin / Latin Extended / Devanagari that has the glyph.
 * @throws RangeError if a character is in none of the embedded fonts (it would print as a blank box).
 */
export function splitRuns(text: string): Run[] {
  const all = fonts();
  const has = (face: FontFace, cp: number) => all[face].regular.coverage.hasGlyphForCodePoint(cp);
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let face: FontFace | undefined;
    if (DEVANAGARI.test(ch)) face = 'deva';
    else if (current && INHERITS.test(ch) && has(current.face, cp)) face = current.face;
    else face = FALLBACK_ORDER.find((f) => has(f, cp));
    if (!face) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      throw new RangeError(
        `Character U+${hex} is not in the embedded Noto fonts and cannot be printed`,
      );
    }
    if (current?.face === face) current.text += ch;
    else runs.push((current = { text: ch, face }));
  }
  return runs;
}

/** How a piece of text looks. Sizes and line heights are in PDF points (1/72 inch). */
export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
  /** Distance between the tops of two consecutive lines. */
  lineHeight: number;
}

/** Selects the font and size of a run on `doc` (pdfkit's font state is per document). */
function useFont(doc: PDFKit.PDFDocument, face: FontFace, style: TextStyle): PDFKit.PDFDocument {
  return doc.font(fontName(face, style.weight)).fontSize(style.size);
}

/**
 * Advance width (points) of text, with font fallback and shaping.
 * @throws RangeError as {@link splitRuns}
 */
export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  return splitRuns(text).reduce(
    (sum, run) => sum + useFont(doc, run.face, style).widthOfString(run.text),
    0,
  );
}

/**
 * Draws one line of text with its baseline at `baseline` (points from the top of the page), left
 * edge at `x`. Each font run is one text object, so the line extracts as continuous text.
 * @returns the width drawn, in points
 * @throws RangeError as {@link splitRuns}
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
): number {
  let cursor = x;
  const runs = splitRuns(text);
  // Shaped Devanagari glyphs are in visual order (the i-matra before its consonant) and conjuncts
  // are single glyphs, so a line with Devanagari carries its text as written in /ActualText, for
  // readers that copy and search with it (Acrobat, poppler). One span per line keeps line order.
  const actual = runs.some((run) => run.face === 'deva');
  if (actual) doc.markContent('Span', { actual: text });
  for (const run of runs) {
    const width = useFont(doc, run.face, style).widthOfString(run.text);
    doc.fillColor(style.color).text(run.text, cursor, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
    cursor += width;
  }
  if (actual) doc.endMarkedContent();
  return cursor - x;
}

/**
 * Breaks text into lines no wider than `maxWidth` points, at whitespace (runs of which become one
 * space); a word wider than a line is cut between grapheme clusters.
 * @throws RangeError as {@link splitRuns}
 */
export function wrapText(
  doc: PDFKit.PDFDocument,
  text: string,
  maxWidth: number,
  style: TextStyle,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(doc, s, style) <= maxWidth;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    // A word wider than the line (e.g. a long URL): cut it between grapheme clusters.
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(word);
    for (const { segment } of graphemes) {
      if (line && !fits(line + segment)) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The printable area of every page, in points from the page's top-left corner. */
export interface Frame {
  left: number;
  width: number;
  top: number;
  bottom: number;
}

/**
 * Writes blocks of text top to bottom, adding a page whenever the next line would pass
 * `frame.bottom`. `y` is the top of the next line on the current page.
 */
export class FlowWriter {
  y: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly frame: Frame,
  ) {
    this.y = frame.top;
  }

  /** Starts a new page. */
  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.frame.bottom && this.y > this.frame.top) this.newPage();
  }

  /** Adds vertical space (points); never carries over to the next page. */
  skip(height: number): void {
    this.y = Math.min(this.y + height, this.frame.bottom);
  }

  /**
   * Writes a wrapped paragraph, indented by `indent` points; `bullet`, if given, is drawn in the
   * indent on the first line. Lines break across pages as needed.
   */
  paragraph(
    text: string,
    style: TextStyle,
    options: { indent?: number; bullet?: string } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = wrapText(this.doc, text, this.frame.width - indent, style);
    lines.forEach((line, i) => {
      this.ensureSpace(style.lineHeight);
      const baseline = this.y + baselineOffset(style);
      if (i === 0 && options.bullet) {
        drawLine(this.doc, options.bullet, this.frame.left + indent * 0.3, baseline, style);
      }
      drawLine(this.doc, line, this.frame.left + indent, baseline, style);
      this.y += style.lineHeight;
    });
  }
}

/** Distance (points) from the top of a line box to its baseline: the glyphs centred in the box. */
export function baselineOffset(style: TextStyle): number {
  return (style.lineHeight - style.size) / 2 + style.size * 0.8;
}
