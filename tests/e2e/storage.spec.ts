// storage.spec.ts — blocked storage (as in Safari/Brave embeds): the check still completes in memory and
// offers a tab of its own and a download; with storage, the browser is asked once to persist it.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, bank, expectNoHorizontalScroll, pulseItems } from './app';

test('with storage blocked, the pulse completes in memory and the answers can leave in a new tab or a file', async ({ page, context }, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/?mode=pulse');
  const notice = page.getByRole('alert').filter({ hasText: 'not letting the check save here' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page, 'storage blocked');
  await expectNoHorizontalScroll(page, 'storage blocked');
  await saveScreenshot(page, testInfo, 'storage-blocked');

  await page.getByRole('button', { name: /^Take the 3-minute pulse/ }).click();
  for (const dimension of bank.dimensions) {
    for (const item of dimension.items.filter((i) => pulseItems.includes(i))) {
      await page.locator(`input[name="${item.id}"]`).nth(3).check();
    }
    await expect(page.locator('.save-status')).toContainText('Not saving on this device');
    await page.locator('.step-buttons .button--primary').click();
  }
  await expect(page.locator('#results-heading')).toBeVisible();
  await expect(page.locator('.caveat')).toContainText(`Based on ${pulseItems.length} of the ${pulseItems.length} pulse questions`);

  // "Open in a new tab" carries the answers in a share link, ready to save there.
  const [tab] = await Promise.all([context.waitForEvent('page'), notice.getByRole('link', { name: 'Open in a new tab' }).click()]);
  await expect(tab.getByRole('heading', { name: 'Answers shared with you' })).toBeVisible();
  await expect(tab.locator('.shared-banner')).toContainText(`${pulseItems.length} answers`);
  await tab.close();

  // The download is the record the importer reads back.
  const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download my answers' }).click()]);
  const record = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(Object.keys(record.answers).sort()).toEqual(pulseItems.map((i) => i.id).sort());
});

test('the browser is asked once to keep the data, after the first answer', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    const original = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      w.persistCalls += 1;
      return original();
    };
  });
  await page.goto('/');
  // The help, in the data panel, explains why a browser may still delete it.
  await page.getByText('Download or import your answers').click();
  await expect(page.getByText(/delete what a website saved if you do not visit it for seven days/)).toBeVisible();
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  const calls = () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
  expect(await calls()).toBe(0);
  await page.locator(`input[name="${allItems[0].id}"]`).nth(1).check();
  await page.locator(`input[name="${allItems[1].id}"]`).nth(2).check();
  await expect.poll(calls).toBe(1);
});

const NEWER = JSON.stringify({ app: 'district-ai-readiness', schema_version: 99, answers: { 'x.y': 'from the future' } });

test('answers saved by a newer version are left untouched, and this page saves nothing over them', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('district-ai-readiness', value), NEWER);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of this check');
  await saveScreenshot(page, testInfo, 'newer-version');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${allItems[0].id}"]`).nth(2).check();
  await expect(page.locator('.save-status')).toContainText('Not saving on this device');
  const stored = await page.evaluate(() => ({
    record: localStorage.getItem('district-ai-readiness'),
    backups: Object.keys(localStorage).filter((k) => k.includes('.backup-')),
  }));
  expect(stored).toEqual({ record: NEWER, backups: [] });
});

test('when a newer version saves in another tab, this tab stops saving instead of overwriting it', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${allItems[0].id}"]`).nth(1).check();
  await expect(page.locator('.save-status')).toContainText('Saved on this device');

  const newer = await context.newPage();
  await newer.goto('/');
  await newer.evaluate((value) => localStorage.setItem('district-ai-readiness', value), NEWER);
  await newer.close();

  await expect(page.getByRole('alert')).toContainText('saved by a newer version of this check');
  await page.locator(`input[name="${allItems[1].id}"]`).nth(3).check();
  await expect(page.locator('.save-status')).toContainText('Not saving on this device');
  expect(await page.evaluate(() => localStorage.getItem('district-ai-readiness'))).toBe(NEWER);
});

test('when storage is full, the change stays on the page, the user is told and can download, and saving resumes', async ({ page }) => {
  await page.addInitScript(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realSetItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${allItems[0].id}"]`).nth(1).check();
  await expect(page.locator('.save-status')).toContainText('Saved on this device');

  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
  await page.locator(`input[name="${allItems[1].id}"]`).nth(4).check();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved on this device' });
  await expect(alert).toContainText('storage is full');
  await expect(page.locator('.save-status')).toContainText('not saved on this device yet');
  const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download my answers' }).click()]);
  const downloaded = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(downloaded.answers).toEqual({ [allItems[0].id]: { level: 1 }, [allItems[1].id]: { level: 4 } });
  // The stored record is the last one that fitted.
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('district-ai-readiness')))!).answers).toEqual({
    [allItems[0].id]: { level: 1 },
  });

  // Room again: the next change saves everything, and the alert goes away.
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
  await page.locator(`input[name="${allItems[2].id}"]`).nth(0).check();
  await expect(page.locator('.save-status')).toContainText('Saved on this device');
  await expect(alert).toHaveCount(0);
  expect(Object.keys(JSON.parse((await page.evaluate(() => localStorage.getItem('district-ai-readiness')))!).answers)).toHaveLength(3);
});
