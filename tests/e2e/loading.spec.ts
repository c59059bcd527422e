// loading.spec.ts — the loading page in index.html: it shows what the check is while the app
// downloads, gives way to the app when it starts, and says plainly when the app cannot start.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';

test('the loading page shows the welcome text until the app starts, then gives way to it', async ({ page }, testInfo) => {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const loading = page.locator('#loading-page');
  await expect(loading.getByRole('heading', { level: 1 })).toHaveText('Is your district ready for AI?');
  await expect(loading.getByRole('status')).toHaveText('Loading the readiness check…');
  await expectNoAxeViolations(page, 'loading page');
  await saveScreenshot(page, testInfo, 'loading');

  release();
  await expect(page.getByRole('button', { name: /^Start the full check/ })).toBeVisible();
  await expect(loading).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
});

test.describe('when the app cannot be downloaded', () => {
  // One pattern: Playwright would read a two-element array as [value, options].
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch/] });

  test('the loading page says so in plain words instead of loading for ever', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      'The readiness check could not start. Check your connection and reload the page. Answers you saved before are still on this device.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your district ready for AI?');
  });
});
