import type { Page } from 'playwright-core';
import { drawSignature, waitForStage } from '../intake';

/**
 * The consent page after submitting: the signer agrees, types their name and draws a signature,
 * and signs; waits for the case page to show the consent signed.
 * @param page - the page, on the consent page
 * @param signer - the full name of who signs (the patient, or the proxy for them)
 * @param relationship - what the consent page names the signer, e.g. `Self` or `Mother`
 * @param screenshot - takes the screenshot of the filled consent before signing
 */
export async function signConsent(
  page: Page,
  signer: string,
  relationship: string,
  screenshot: () => Promise<void>,
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^Consent for the case of/ }).waitFor();
  await page.getByLabel(/^I have read the privacy notice and the consent/).check();
  await page.getByLabel('Your full name').fill(signer);
  await drawSignature(page, page.locator('canvas.signature-pad'));
  await page.getByText('Signature drawn.').waitFor();
  await screenshot();
  await page.getByRole('button', { name: 'Sign the consent' }).click();
  await page.getByText('Thank you: the consent is signed.').waitFor();
  await waitForStage(page, 'Consent signed');
  await expect(page.locator('#consent-relationship').textContent()).resolves.toBe(relationship);
}
