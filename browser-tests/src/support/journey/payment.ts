import type { Page } from 'playwright-core';

/**
 * The patient's side pays the fee from the case page: the quote, the checkout (name on the
 * invoice as prefilled), the sandbox's test checkout paid by UPI; the payment provider's
 * webhook (the one step no person takes) moves the case into consultation.
 * @param page - the page, on the case page of a case whose doctors all confirmed
 * @param fee - the fee shown, e.g. `₹2,500.00`
 * @param screenshot - takes the screenshots of the test checkout and of the paid case page
 */
export async function payFee(
  page: Page,
  fee: string,
  screenshot: (step: string) => Promise<void>,
): Promise<void> {
  await page.locator('#case-stage', { hasText: 'Awaiting payment' }).waitFor({ timeout: 30_000 });
  const payment = page.getByRole('region', { name: 'Fee and payment' });
  await payment.getByRole('link', { name: `Pay ${fee}` }).click();
  await page.waitForURL('**/checkout');
  await page.locator('#checkout-amount', { hasText: fee }).waitFor();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL('**/checkout/test-payment');
  await page.getByRole('heading', { level: 1, name: 'Test payment page' }).waitFor();
  await page.getByLabel('UPI').check();
  await screenshot('payment');
  await page.getByRole('button', { name: 'Pay successfully' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Thank you: your payment has been received.' })
    .waitFor();
  await page.locator('#case-stage', { hasText: 'In consultation' }).waitFor({ timeout: 30_000 });
  await page.getByRole('region', { name: 'Invoice and receipt' }).waitFor();
  await screenshot('paid');
}
