import type { Page } from 'playwright-core';

/**
 * A specialist accepts the request to join a case's panel in the doctor app's Invitations.
 * @param page - the specialist's page, signed in
 * @param patientName - whose case
 * @param screenshot - takes the screenshot of the request before accepting (optional)
 */
export async function acceptInvitation(
  page: Page,
  patientName: string,
  screenshot?: () => Promise<void>,
): Promise<void> {
  await page.getByRole('link', { name: 'Invitations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
  const open = page.getByRole('region', { name: /^Waiting for your answer/ });
  const card = open.getByRole('article').filter({ hasText: patientName });
  await card.getByText(/left to answer\.$/).waitFor({ timeout: 30_000 });
  await screenshot?.();
  await card.getByRole('button', { name: /^Accept/ }).click();
  await page.getByText(new RegExp(`^You accepted the case of ${patientName}\\.`)).waitFor();
}
