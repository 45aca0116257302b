import fs from 'node:fs';
import { chromium, type Browser, type Cookie } from 'playwright-core';
import type { FirstScreen } from './first-screens';

/** Debian's Chromium, as the browser tests use it. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags this machine needs (no sandbox as root, no network beyond loopback). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lighthouse counts the part of each long task beyond this as blocking (ms). */
const BLOCKING_THRESHOLD_MS = 50;

/** One page load's lab figures (ms, except CLS, which has no unit). */
export interface PageLoadFigures {
  fcp: number;
  lcp: number;
  cls: number;
  /** total blocking time: Σ (duration − 50 ms) of the long tasks after FCP, clipped at FCP */
  tbt: number;
  /** how many long tasks (≥ 50 ms) ran after FCP */
  longTasks: number;
  /** when the screen showed its heading, from navigation start */
  headingShown: number;
}

/** The page-side part: web-vitals' LCP, CLS and FCP, and the Long Tasks API, into `window`. */
function initScript(webVitalsIife: string): string {
  return `${webVitalsIife}
;(() => {
  const figures = { lcp: null, cls: 0, fcp: null, longTasks: [] };
  window.__benchFigures = figures;
  webVitals.onLCP((metric) => { figures.lcp = metric.value; }, { reportAllChanges: true });
  webVitals.onCLS((metric) => { figures.cls = metric.value; }, { reportAllChanges: true });
  webVitals.onFCP((metric) => { figures.fcp = metric.value; });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      figures.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
})();`;
}

interface PageSideFigures {
  lcp: number | null;
  cls: number;
  fcp: number | null;
  longTasks: { start: number; duration: number }[];
}

/**
 * Total blocking time as Lighthouse defines it, from FCP to the end of the observed window: each
 * long task clipped to start at FCP counts its time beyond 50 ms.
 * @param longTasks - start and duration of each long task (ms from navigation start)
 * @param fcp - first contentful paint (ms from navigation start)
 * @returns milliseconds
 */
export function totalBlockingTime(
  longTasks: { start: number; duration: number }[],
  fcp: number,
): number {
  let total = 0;
  for (const task of longTasks) {
    const end = task.start + task.duration;
    if (end <= fcp) continue;
    total += Math.max(0, end - Math.max(task.start, fcp) - BLOCKING_THRESHOLD_MS);
  }
  return total;
}

/** A Chromium for the lab runs and the page loads it measures. */
export interface LabBrowser {
  /** e.g. `Chromium 142.0.7444.175` */
  version: string;
  /**
   * Loads a first screen in a fresh browser context (empty cache) that is already signed in (the
   * person's first load signs in through `POST /auth/sign-in`; later ones start with the refresh
   * cookie the previous load ended with), and measures it once it shows its heading and the
   * network has been idle for 500 ms.
   */
  load(origin: string, screen: FirstScreen, password: string): Promise<PageLoadFigures>;
  close(): Promise<void>;
}

/**
 * Starts headless Debian Chromium without CPU or network throttling.
 * @param webVitalsIifePath - web-vitals' IIFE build (`dist/web-vitals.iife.js`)
 * @returns the browser
 */
export async function launchLabBrowser(webVitalsIifePath: string): Promise<LabBrowser> {
  const script = initScript(fs.readFileSync(webVitalsIifePath, 'utf8'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  // The cookies each person's last page load ended with: the refresh token rotates at every
  // page load, so the next fresh context starts from the latest one (one sign-in per person).
  const sessions = new Map<string, Cookie[]>();
  return {
    version: `Chromium ${browser.version()}`,
    async load(origin, screen, password) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'en-IN',
      });
      try {
        const session = sessions.get(screen.login);
        if (session) {
          await context.addCookies(session);
        } else {
          const signIn = await context.request.post(`${origin}/auth/sign-in`, {
            data: { login: screen.login, password },
          });
          if (!signIn.ok()) {
            throw new Error(
              `sign-in as ${screen.login}: ${signIn.status()} ${await signIn.text()}`,
            );
          }
        }
        await context.addInitScript({ content: script });
        const page = await context.newPage();
        await page.goto(`${origin}${screen.path}`);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        const headingShown = await page.evaluate(() => performance.now());
        await page.waitForLoadState('networkidle');
        const figures = await page.evaluate(
          () => (globalThis as unknown as { __benchFigures: PageSideFigures }).__benchFigures,
        );
        sessions.set(screen.login, await context.cookies());
        if (figures.fcp === null || figures.lcp === null) {
          throw new Error(`${screen.path}: no FCP or LCP was reported`);
        }
        return {
          fcp: figures.fcp,
          lcp: figures.lcp,
          cls: figures.cls,
          tbt: totalBlockingTime(figures.longTasks, figures.fcp),
          longTasks: figures.longTasks.filter((t) => t.start + t.duration > figures.fcp!).length,
          headingShown,
        };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
