// offline.spec.ts — the service worker: after one visit, the check opens and works with no connection.
import { test, expect } from './fixtures';
import { RECORD_KEY, bank, storedRecord } from './app';

test('after one visit, the check reloads and saves answers with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('#welcome-heading')).toBeVisible();
  // Installed, its files cached, and in control of this page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  // Only the app's own page is answered from the cache: other pages of the site stay themselves.
  await page.goto('/embed.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put the readiness check on your website');
  await page.goto('/');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#welcome-heading')).toBeVisible();
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  for (const item of bank.dimensions[0].items) {
    await page.locator(`input[name="${item.id}"]`).nth(2).check();
  }
  await expect(page.locator('.save-status')).toContainText('Saved on this device');
  await page.locator('.step-buttons .button--primary').click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[1].title);

  // A second offline start, from a link with a query (the presenter's QR code).
  await page.goto('/?mode=pulse');
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[1].title);
  expect(Object.keys((await storedRecord(page)).answers)).toHaveLength(bank.dimensions[0].items.length);

  // The screens whose code is fetched when first shown (parts.spec.ts) come from the cache too.
  await page.evaluate(([key]) => {
    const record = JSON.parse(localStorage.getItem(key) ?? '{}');
    record.position = { screen: 'workflows', step: 0 };
    localStorage.setItem(key, JSON.stringify(record));
  }, [RECORD_KEY]);
  await page.reload();
  await expect(page.locator('#workflows-heading')).toBeVisible();
  await context.setOffline(false);
});
