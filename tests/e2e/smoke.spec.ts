// smoke.spec.ts — the app loads, renders its h1, has no serious axe violations; saves a 'home' screenshot.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';

test('home page renders and is accessible', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoAxeViolations(page, 'home');
  await saveScreenshot(page, testInfo, 'home');
});
