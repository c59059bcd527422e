// parts.spec.ts — the split build: the first visit downloads the welcome page and the
// questionnaire only; every other screen's code arrives when it is first shown, and a
// download that fails says so in plain words and can be retried.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { RECORD_KEY, bank } from './app';

/** A split part's file, or the parts' stylesheet (src/ui/lazy.rs, .ci/build.mjs). */
const PART = /\/((split|chunk)_[\w-]+\.wasm|parts-\w+\.css)$/;

// Without the service worker, which fetches every file for offline use once the app has
// started (offline.spec.ts covers parts served from its cache).
test.use({ serviceWorkers: 'block' });

// Of this edition of the questions: a record of an earlier one first needs the merge's
// part to carry it over (src/ui/merge_part.rs).
const resultsRecord = JSON.stringify({
  app: 'district-ai-readiness',
  schema_version: 2,
  edition: bank.edition,
  answers: { [bank.dimensions[0].items[0].id]: { level: 3 } },
  position: { screen: 'results', step: 0 },
});

test('the questionnaire needs only the grounding part; the workflow screen fetches its part when first shown', async ({ page }) => {
  const parts: string[] = [];
  page.on('request', (request) => {
    if (PART.test(new URL(request.url()).pathname)) parts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  for (const item of bank.dimensions[0].items) await page.locator(`input[name="${item.id}"]`).nth(2).check();
  await expect(page.locator('.save-status')).toContainText('Saved on this device');
  await page.locator('.step-buttons .button--primary').click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[1].title);
  // Besides the first download, only the questions' grounding (why each matters, its
  // sources), with the parts' stylesheet and the chunks it shares: no other screen's part.
  expect(parts.filter((path) => /split_grounding/.test(path))).toHaveLength(1);
  expect(parts.filter((path) => /split_(?!grounding)/.test(path))).toEqual([]);
  await expect(page.locator('.step-summary')).not.toBeEmpty();
  await expect(page.locator('.item__why').first()).toBeVisible();

  parts.length = 0;
  const record = JSON.parse(resultsRecord);
  record.position.screen = 'workflows';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, JSON.stringify(record)]);
  await page.reload();
  await expect(page.locator('#workflows-heading')).toBeVisible();
  expect(parts.filter((path) => /split_pilot/.test(path))).toHaveLength(1);
  // The parts' stylesheet came with the part, and applies as soon as the screen shows.
  expect(parts.filter((path) => /parts-\w+\.css$/.test(path))).toHaveLength(1);
  await expect(page.locator('.workflow-card').first()).toHaveCSS('border-left-width', '5px');
});

test.describe('when a part cannot be downloaded', () => {
  // The failed fetch is reported by the browser and by the part loader on the console.
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch|TypeError|ERR_FAILED/] });

  test('the screen says so in plain words, and "Try again" brings it once the network is back', async ({ page, context }, testInfo) => {
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, resultsRecord]);
    await context.route(PART, (route) => route.abort('internetdisconnected'));
    await page.reload();

    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toContainText('This part of the check could not be loaded. Check your connection and try again.');
    await expect(page.locator('#results-heading')).toHaveCount(0);
    // The answers are untouched.
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(resultsRecord);
    await expectNoAxeViolations(page, 'a part that could not be downloaded');
    await saveScreenshot(page, testInfo, 'part-unavailable');

    // The questions need no part: the way back to them works with the network down.
    await alert.getByRole('button', { name: 'Back to the questions' }).click();
    await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, resultsRecord]);
    await page.reload();
    await expect(alert).toBeVisible();

    await context.unroute(PART);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#results-heading')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  });

  test('a share link whose part cannot be downloaded still leads back to the questions', async ({ page, context }) => {
    await context.route(PART, (route) => route.abort('internetdisconnected'));
    await page.goto(`/#share=1.abcd`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toBeVisible();
    // The link is left behind, not shown again: the questions need no part.
    await alert.getByRole('button', { name: 'Back to the questions' }).click();
    await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
    expect(new URL(page.url()).hash).toBe('');
  });
});

test.describe('when the carry-over from an earlier edition cannot be downloaded', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch|TypeError|ERR_FAILED/] });

  test('no screen shows until it can, the stored answers are untouched, and "Try again" then opens them carried over', async ({ page, context }) => {
    const earlier = JSON.parse(resultsRecord);
    earlier.edition = bank.edition - 1;
    const stored = JSON.stringify(earlier);
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [RECORD_KEY, stored]);
    await context.route(PART, (route) => route.abort('internetdisconnected'));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(stored);
    await expectNoAxeViolations(page, 'the carry-over that could not be downloaded');

    await context.unroute(PART);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('#results-heading')).toBeVisible();
  });
});
