import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** `docs/journey/` of the project. */
const JOURNEY_DIR = path.resolve(__dirname, '../../../../docs/journey');

/**
 * The screenshots of one case's journey, numbered in the order taken:
 * `docs/journey/<case>/<nn>-<step>.png`, each of the viewport only (small files).
 * @param caseLetter - e.g. `b`
 * @returns a function taking the screenshot of a step
 */
export function journeyScreenshots(
  caseLetter: string,
): (page: Page, step: string) => Promise<void> {
  const dir = path.join(JOURNEY_DIR, caseLetter);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let taken = 0;
  return async (page, step) => {
    taken += 1;
    const file = `${String(taken).padStart(2, '0')}-${step}.png`;
    await page.screenshot({ path: path.join(dir, file), animations: 'disabled' });
  };
}
