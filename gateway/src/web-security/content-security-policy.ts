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
 * @param framedBy - who may frame the response: nobody, or the own origin (report PDFs)
 * @returns directives for helmet
 */
export function cspDirectives(
  settings: WebSecuritySettings,
  hashes: InlineHashes = { scripts: [], styles: [] },
  framedBy: 'none' | 'self' = 'none',
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
    frameAncestors: [`'${framedBy}'`],
    scriptSrcAttr: ["'none'"],
    ...(settings.production ? { upgradeInsecureRequests: [] } : {}),
  };
}
