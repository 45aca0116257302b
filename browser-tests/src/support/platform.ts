import { startPlatformProcess, type PlatformProcess } from '@consilium/subgraph-kit/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { collectCspViolations } from './csp-violations';

/** The platform a test file runs against, and the Chromium it drives (both set by `beforeAll`). */
export interface TestPlatform {
  /** e.g. `http://127.0.0.1:14560` */
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Starts the platform (as `pnpm start` runs it) on a port and Chromium before a file's tests, and
 * stops both after them. Call it inside `describe`; read `origin` and `browser` inside tests.
 * @param port - the platform's first port (each test file has its own)
 * @returns the platform and the browser, once started
 */
export function withPlatformAndChromium(port: number): TestPlatform {
  let platform: PlatformProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    platform = await startPlatformProcess(port);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  return {
    get origin(): string {
      if (!platform) throw new Error('the platform is not started yet (use it inside a test)');
      return platform.origin;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started yet (use it inside a test)');
      return browser;
    },
  };
}

/**
 * Pages for a file's tests, each in a browser context of its own (1280×900, en-IN) that accepts
 * dialogs. After each test the contexts are closed, and the test fails if a page threw (an
 * unhandled promise rejection among them) or its Content-Security-Policy refused anything (a
 * script, style, image, connection or frame the policy does not allow). Call it inside `describe`.
 * @param platform - what {@link withPlatformAndChromium} returned
 * @returns a function opening a new page
 */
export function withFreshPages(platform: TestPlatform): () => Promise<Page> {
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[][] = [];

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
    expect(cspViolations.splice(0).flat()).toEqual([]);
  });

  return async () => {
    const context = await platform.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-IN',
    });
    contexts.push(context);
    cspViolations.push(await collectCspViolations(context));
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };
}
