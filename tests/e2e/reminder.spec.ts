// reminder.spec.ts — answers given over more than one day: a gentle reminder to keep a copy
// (a browser may clear a site's data), shown once, on whatever screen the user returns to.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { bank, fullAnswers, openApp, seedRecord, storedRecord } from './app';

/** Today in the days the record counts (since 1970-01-01, UTC). */
const today = () => Math.floor(Date.now() / 86_400_000);

const record = (started: number, screen = 'questions') =>
  JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 5,
    edition: bank.edition,
    answers: fullAnswers(),
    position: { screen, step: 1 },
    answering_since: started,
  });

test('the first answer records the day answering began; the same day brings no reminder', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${bank.dimensions[0].items[0].id}"]`).nth(1).check();
  await expect(page.locator('.save-status')).toContainText('Saved on this device');
  const stored = await storedRecord(page);
  expect(stored.answering_since).toBeGreaterThanOrEqual(today() - 1);
  expect(stored.answering_since).toBeLessThanOrEqual(today());
  expect(stored.copy_reminded).toBeUndefined();
  await page.reload();
  await expect(page.locator('#step-heading')).toBeVisible();
  await expect(page.locator('.copy-reminder')).toHaveCount(0);
});

test('back on another day, the user is reminded once to keep a copy, and the download deals with it', async ({ page }, testInfo) => {
  await seedRecord(page, record(today() - 3));
  const reminder = page.locator('.copy-reminder');
  await expect(reminder).toContainText('Keep a copy of your answers');
  await expect(reminder).toContainText('Safari does after seven days of use without a visit');
  await expectNoAxeViolations(page, 'the reminder to keep a copy');
  await saveScreenshot(page, testInfo, 'copy-reminder');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: 'Download my answers' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(reminder).toHaveCount(0);
  const stored = await storedRecord(page);
  expect(stored.answering_since).toBe(today() - 3);
  expect(stored.copy_reminded).toBeGreaterThanOrEqual(today() - 1);
  await page.reload();
  await expect(page.locator('#step-heading')).toBeVisible();
  await expect(page.locator('.copy-reminder')).toHaveCount(0);
});

test('the reminder can be dismissed, and shows on the results too', async ({ page }) => {
  await seedRecord(page, record(today() - 1, 'results'));
  const reminder = page.locator('.copy-reminder');
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminder).toHaveCount(0);
  expect((await storedRecord(page)).copy_reminded).toBeDefined();
});
