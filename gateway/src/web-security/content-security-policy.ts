import { createHash } from 'node:crypto';
import { checkoutSources, type WebSecuritySettings } from './web-security-settings';

/** The inline `<script>` and `<style>` texts of a page, allowed by their hashes. */
export interface InlineContent {
  scripts: readonly string[];
  styles: readonly string[];
}

/** The hash sources ({@link hashSource}) of a page's inline scripts and styles. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The hash sources of a page's inline content.
 * @param inline - the texts
 * @returns their hash sources, in order
 */
export function inlineHashes(inline: InlineContent): InlineHashes {
  return { scripts: inline.scripts.map(hashSource), styles: inline.styles.map(hashSource) };
}

/** Directive name (camelCase, as helmet takes them) → sources. */
export type CspDirectives = Record<string, string[]>;

/**
 * A CSP hash source for an inline element's exact text (CSP Level 3 §8.4: base64 SHA-256 of the
 * UTF-8 bytes between the tags).
 * @param text - the element's content
 * @returns e.g. `'sha256-…='`
 */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of the platform: everything from the gateway's own origin only, no
 * inline script or style except the page's own by hash (no `'unsafe-inline'`, no `'unsafe-eval'`),
 * the configured checkout provider's origins, images also as `data:`/`blob:` (signatures, the
 * favicon, previews), PDFs in `<object>` from the own origin (the doctor's viewer), never framed
 * by another site, `<base>` and form posts to the own origin only. In production every `http:`
 * address is upgraded to https.
 * @param settings - production or not, the checkout provider
 * @param hashes - the hash sources of the page's inline scripts and styles (none elsewhere)
 * @returns directives for helmet
 */
export function cspDirectives(
  settings: WebSecuritySettings,
  hashes: InlineHashes = { scripts: [], styles: [] },
): CspDirectives {
  const provider = checkoutSources(settings.checkoutProvider);
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...hashes.scripts, ...provider.script],
    styleSrc: ["'self'", ...hashes.styles],
    imgSrc: ["'self'", 'data:', 'blob:', ...provider.img],
    fontSrc: ["'self'"],
    connectSrc: ["'self'", ...provider.connect],
    frameSrc: ["'self'", ...provider.frame],
    objectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    scriptSrcAttr: ["'none'"],
    ...(settings.production ? { upgradeInsecureRequests: [] } : {}),
  };
}

/**
 * The Content-Security-Policy of files the platform hands out (report files, invoices, legal
 * documents, health-record exports): nothing may run or load in them (`default-src 'none'`, no
 * script at all, even if an uploaded file were taken for HTML), except what the browser's own
 * image and PDF viewers need (same-origin images and the PDF plugin, their inline styles), and
 * only the platform's own pages may frame them (the doctor's PDF viewer).
 * @param settings - production or not
 * @returns directives for helmet
 */
export function fileDirectives(settings: WebSecuritySettings): CspDirectives {
  return {
    defaultSrc: ["'none'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    // the viewers' own styling of an image or PDF document; no script can use it (none may run)
    styleSrc: ["'unsafe-inline'"],
    objectSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'self'"],
    ...(settings.production ? { upgradeInsecureRequests: [] } : {}),
  };
}
