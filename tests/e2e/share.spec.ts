// share.spec.ts — share links in the URL fragment, their QR codes, and the presenter page.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import {
  allItems,
  decodeQr,
  expectNoHorizontalScroll,
  fullAnswers,
  RECORD_KEY,
  recordWith,
  seedRecord,
  storedRecord,
} from './app';

test('a full assessment travels in a short link and its QR code to a fresh browser', async ({ page, browser, baseURL }, testInfo) => {
  const answers = fullAnswers();
  await seedRecord(page, recordWith(answers));
  const panel = page.locator('.share-panel');
  await expect(panel.getByRole('heading', { name: 'Continue on another device' })).toBeVisible();
  const link = await page.locator('#share-link').inputValue();
  expect(link.startsWith(`${baseURL}/#share=1.`)).toBe(true);
  expect(link.length).toBeLessThanOrEqual(2000);

  // The QR code, read like a camera would, is exactly the link.
  expect(await decodeQr(panel.getByRole('img', { name: 'QR code of the link to your answers' }))).toBe(link);
  await expectNoAxeViolations(page, 'results with share panel');
  await saveScreenshot(page, testInfo, 'results-share');

  // A fresh browser: the link shows the answers read-only and stores nothing until asked.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Answers shared with you' })).toBeVisible();
  await expect(other.locator('.shared-banner')).toContainText(`${allItems.length} answers`);
  await expect(other.locator('#results-heading')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Answer now' })).toHaveCount(0);
  expect(await storedRecord(other)).toBeNull();
  await expectNoAxeViolations(other, 'shared answers');
  await expectNoHorizontalScroll(other, 'shared answers');
  await saveScreenshot(other, testInfo, 'shared-view');

  // With nothing of their own on this device, saving needs no confirmation.
  await other.getByRole('button', { name: 'Save to this device' }).click();
  await expect(other.locator('.shared-banner')).toHaveCount(0);
  await expect(other.locator('#results-heading')).toBeFocused();
  expect((await storedRecord(other)).answers).toEqual(answers);
  expect(new URL(other.url()).hash).toBe('');
  await other.reload();
  await expect(other.locator('#results-heading')).toBeVisible();
  await expect(other.locator('.shared-banner')).toHaveCount(0);
  await fresh.close();
});

test('saving shared answers over your own asks first and keeps yours as a snapshot', async ({ page }) => {
  const own = { [allItems[0].id]: { level: 1 }, [allItems[1].id]: 'not_sure' };
  await seedRecord(page, recordWith(own));
  const link = await page.locator('#share-link').inputValue();
  const shared = { [allItems[2].id]: { level: 4 } };
  // Someone else's link, opened in this tab: only the fragment changes, no reload.
  const otherLink = link.replace(/\.[-0-4n]+$/, (codes) => '.' + '--4' + '-'.repeat(codes.length - 4));
  await page.goto(otherLink);
  await expect(page.getByRole('heading', { name: 'Answers shared with you' })).toBeVisible();

  await page.getByRole('button', { name: 'Save to this device' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('already holds 2 answers of your own');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await storedRecord(page)).answers).toEqual(own);

  await page.getByRole('button', { name: 'Save to this device' }).click();
  await page.getByRole('button', { name: 'Replace my answers' }).click();
  const stored = await storedRecord(page);
  expect(stored.answers).toEqual(shared);
  expect(stored.snapshots.at(-1).answers).toEqual(own);
});

test('closing a shared link returns to your own answers untouched', async ({ page }) => {
  const own = { [allItems[0].id]: { level: 3 } };
  await seedRecord(page, recordWith(own));
  // Showing the results records the rules version they were shown under: then nothing changes.
  await expect.poll(async () => (await storedRecord(page)).rules_version).toBe(2);
  const before = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  const link = await page.locator('#share-link').inputValue();
  await page.goto(link.replace(/\.[-0-4n]+$/, (codes) => '.' + '4'.repeat(codes.length - 1)));
  await expect(page.locator('.shared-banner')).toContainText(`${allItems.length} answers`);
  await page.getByRole('button', { name: 'Close and open my own check' }).click();
  await expect(page.locator('.shared-banner')).toHaveCount(0);
  await expect(page.locator('#share-link')).toHaveValue(link);
  expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(before);
});

for (const [name, fragment, message] of [
  ['cut off', '#share=1.abcd', 'incomplete or damaged'],
  ['mistyped', '#share=l.00000000.' + '-'.repeat(allItems.length), 'incomplete or damaged'],
  ['from a newer version', '#share=7.whatever-it-holds', 'newer version of this tool'],
  ['for other questions', '#share=1.00000000.' + '-'.repeat(allItems.length), 'different edition of the questions'],
] as const) {
  test(`a share link ${name} gets a plain message and changes nothing`, async ({ page }) => {
    const own = { [allItems[0].id]: { level: 2 } };
    await seedRecord(page, recordWith(own, 'welcome'));
    const before = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
    await page.goto(`/${fragment}`);
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing on this device was changed');
    await expect(page.locator('#welcome-heading')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
  });
}

test('the presenter page shows a QR code of the tool that a phone can read', async ({ page, baseURL }, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Show a QR code/ }).click();
  await expect(page.getByRole('heading', { name: 'How ready is your district for AI?' })).toBeVisible();
  const qr = page.getByRole('img', { name: "QR code of the readiness check's address" });
  expect(await decodeQr(qr)).toBe(`${baseURL}/?mode=pulse`);
  await expect(page.locator('.presenter__address')).toHaveText(new URL(baseURL ?? '').host);
  // Big enough to read from the back of a room: most of the screen's height or width.
  const box = await qr.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.width >= Math.min(viewport.width * 0.8, viewport.height * 0.55)).toBe(true);
  await expectNoAxeViolations(page, 'presenter');
  await expectNoHorizontalScroll(page, 'presenter');
  await saveScreenshot(page, testInfo, 'presenter');
});
