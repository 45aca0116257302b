import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed with apt by .ci/run); Playwright's own browsers are not used. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium with the flags this machine needs (no sandbox as root, no network
 * beyond loopback: background networking, component updates and sync off). Each launch gets a
 * fresh temporary profile.
 * @returns the browser
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A stand-in for the React DevTools hook, installed before any script runs: every React renderer
 * (each copy of react-dom) registers itself with it, so a page with one shared React has exactly
 * one renderer.
 */
export const COUNT_REACT_RENDERERS = `
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    isDisabled: false,
    inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
`;
