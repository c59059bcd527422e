// privacy.spec.ts — "nothing leaves the device", recorded: one journey through every screen (questions,
// results, share link and QR, workflows, plan, the estimate, the guidance, print, every export, the
// presenter page, privacy.html, embed.html and a host site embedding the widget) logs every request,
// and only the app's own static files may appear.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { allItems, bank, RECORD_KEY } from './app';

const here = import.meta.dirname;
const APP = 'http://127.0.0.1:4173';
const HOST = 'http://127.0.0.1:4174';
const appFiles = new Set(readdirSync(join(here, '..', '..', 'dist')));
const hostFiles = new Set(readdirSync(join(here, 'host')));

/** Why a request is not one of the app's (or the test host's) own static files, or null when it is. */
function unexpected(request: Request): string | null {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return null;
  if (request.method() !== 'GET') return `${request.method()} ${url}`;
  const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  if (url.origin === APP && appFiles.has(file)) return null;
  if (url.origin === HOST && hostFiles.has(file)) return null;
  return `GET ${url}`;
}

test('a journey through every screen fetches nothing but the app’s own files', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one recorded journey is enough');
  test.setTimeout(180_000);
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  // The whole questionnaire.
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  for (const [step, dimension] of bank.dimensions.entries()) {
    for (const [n, item] of dimension.items.entries()) {
      await page.locator(`input[name="${item.id}"]`).nth((step + n) % 6).check();
    }
    if (step === 0) await page.locator('details.item__note > summary').first().click();
    if (step === 0) await page.locator('textarea').first().fill('A note that must stay here');
    await page.locator('.step-buttons .button--primary').click();
  }
  await expect(page.locator('#results-heading')).toBeFocused();

  // Share link and its QR code, opened in another tab.
  const link = await page.locator('#share-link').inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('.shared-banner')).toBeVisible();
  await other.close();

  // Every export, and a snapshot.
  for (const name of ['Download JSON (full record)', 'Download CSV (spreadsheet)', 'Download Markdown (report)']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  await page.getByRole('button', { name: 'Save a snapshot' }).click();

  // Workflows, a rating, the plan, and the printed report.
  await page.getByRole('button', { name: 'Choose a first workflow' }).click();
  await page.locator('#consider-faq-drafting').check();
  await page.locator('#consider-newsletter-drafting').check();
  await page.getByRole('button', { name: 'Draft the pilot plan' }).click();
  await expect(page.locator('#plan-heading')).toBeFocused();
  await page.locator('#plan-baseline').fill('6 minutes per reply');
  await page.pdf({ path: testInfo.outputPath('journey.pdf') });
  // The guidance kit: the estimate and the interim guidance, printed.
  await page.getByRole('button', { name: 'Estimate the time it could save' }).click();
  await page.locator('#estimate-per_week').fill('40');
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await page.getByRole('button', { name: 'Draft interim AI guidance for staff' }).click();
  await expect(page.locator('#guidance-heading')).toBeFocused();
  await page.pdf({ path: testInfo.outputPath('guidance.pdf') });

  // The presenter page, the embed page, and another site embedding the widget.
  await page.goto('/?present');
  await expect(page.locator('.presenter')).toBeVisible();
  await page.goto('/privacy.html');
  await page.goto('/embed.html');
  await expect(page.frameLocator('.example iframe').locator('h1').first()).toBeVisible();
  await page.goto(`${HOST}/`);
  await expect(page.frameLocator('[data-readiness-widget] iframe').locator('h1').first()).toBeVisible();

  // The answers and the note stayed on this device, and nothing else was asked for.
  await page.goto('/');
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY))!);
  expect(Object.keys(stored.answers)).toHaveLength(allItems.length);
  const problems = requests.map(unexpected).filter((p): p is string => p !== null);
  expect(problems, 'requests other than the app’s own static files').toEqual([]);
  expect(requests.some((r) => r.url().endsWith('.wasm'))).toBe(true);
  expect(requests.every((r) => r.method() === 'GET')).toBe(true);
});
