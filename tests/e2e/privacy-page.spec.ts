// privacy-page.spec.ts — the privacy page: linked from every screen's footer and from the embed
// page, plain HTML that reads without script, and the note boxes' warning about names.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { expectNoHorizontalScroll, openApp } from './app';

test('the footer leads to a privacy page that says what is kept, where, and how to delete it', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Privacy: what is kept, and where' }).click();
  await expect(page).toHaveURL(/\/privacy\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy: what the District AI Readiness Check keeps, and where');
  for (const heading of ['What is stored', 'Where, and for how long', 'What is never sent', "Please don't type students' names", 'How to delete it', 'When the check is embedded in another website']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('“district-ai-readiness”');
  await expectNoAxeViolations(page, 'privacy');
  await expectNoHorizontalScroll(page, 'privacy');
  await saveScreenshot(page, testInfo, 'privacy');
  await page.getByRole('link', { name: 'Back to the check' }).click();
  await expect(page.locator('#welcome-heading')).toBeVisible();
});

test('the embed page links to the privacy page', async ({ page }) => {
  await page.goto('/embed.html');
  await page.getByRole('link', { name: 'What is kept, and where' }).click();
  await expect(page).toHaveURL(/\/privacy\.html$/);
});

test('the note box asks not to type students\' names', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator('details.item__note > summary').first().click();
  await expect(page.locator('.item__note').first()).toContainText("please don't type students' names");
});
