// data.spec.ts — export JSON/CSV/Markdown, import into a fresh browser, and bad imports that change nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, bank, RECORD_KEY, seedRecord, storedRecord } from './app';

/** A record with some answers, a note and a considered workflow, on the results screen. */
function sampleRecord(): string {
  const answers: Record<string, unknown> = {};
  allItems.forEach((item, i) => {
    answers[item.id] = i % 5 === 4 ? 'not_sure' : { level: i % 4 };
  });
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    edition: bank.edition,
    answers,
    notes: { [allItems[0].id]: 'Ask Dana, "soon", then the board' },
    position: { screen: 'results', step: 0 },
    workflows: { considered: ['faq-drafting'], ratings: {}, custom: [], chosen: null },
  });
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

test('every export downloads, and the JSON moves the answers to a fresh browser', async ({ page, browser }, testInfo) => {
  await seedRecord(page, sampleRecord());
  await expect(page.locator('#results-heading')).toBeVisible();
  const original = await storedRecord(page);

  const json = await download(page, 'Download JSON (full record)');
  // The export is the whole record: what was stored, plus the defaults of newer fields.
  expect(JSON.parse(json)).toMatchObject(original);

  const csv = await download(page, 'Download CSV (spreadsheet)');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Area,Item id,Question,Answer,Score,Note,Evidence you could collect,Sources');
  expect(lines).toHaveLength(allItems.length + 1);
  expect(lines[1]).toContain('"Ask Dana, ""soon"", then the board"');

  const markdown = await download(page, 'Download Markdown (report)');
  expect(markdown).toContain('# Your readiness results');
  expect(markdown).toContain('## Verdict');
  expect(markdown).toContain(`| ${bank.dimensions[0].title} |`);
  await expectNoAxeViolations(page, 'results with data panel');
  await saveScreenshot(page, testInfo, 'results-data');

  // A fresh browser context: nothing stored, then the import with its preview.
  const file = testInfo.outputPath('export.json');
  writeFileSync(file, json);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  // On the welcome page, the data panel is behind a disclosure and arrives when opened.
  await other.getByText('Download or import your answers').click();
  await other.locator('#import-file').setInputFiles(file);
  await expect(other.getByRole('alertdialog')).toContainText(`This file has ${Object.keys(original.answers).length} answers, 1 notes and 1 workflows`);
  await other.getByRole('button', { name: 'Replace my data with this file' }).click();
  await expect(other.getByText('Imported.')).toBeVisible();
  const imported = await storedRecord(other);
  expect(imported.answers).toEqual(original.answers);
  expect(imported.notes).toEqual(original.notes);
  expect(imported.workflows).toEqual(original.workflows);
  await fresh.close();
});

test('a bad import shows a plain message and changes nothing', async ({ page }, testInfo) => {
  await seedRecord(page, sampleRecord());
  // Showing the results records the rules version they were shown under: then nothing changes.
  await expect.poll(async () => (await storedRecord(page)).rules_version).toBe(2);
  const before = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  const cases: [string, string | Buffer, string][] = [
    ['notes.txt', 'these are not answers', 'not in JSON format'],
    ['other.json', JSON.stringify({ name: 'another tool', items: [] }), 'was not saved by the District AI Readiness Check'],
    ['future.json', JSON.stringify({ app: 'district-ai-readiness', schema_version: 99 }), 'newer version of this tool'],
    ['damaged.json', JSON.stringify({ app: 'district-ai-readiness', schema_version: 2, answers: { 'a.b': { level: 9 } } }), 'damaged or incomplete'],
    ['huge.json', Buffer.alloc(1_100_000, 32), 'too big'],
    ['empty.json', '', 'empty'],
  ];
  for (const [name, contents, message] of cases) {
    const file = testInfo.outputPath(name);
    writeFileSync(file, contents);
    await page.locator('#import-file').setInputFiles(file);
    await expect(page.locator('.data-panel [role=alert]')).toContainText(message);
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY), name).toBe(before);
  }
  // Cancelling a valid import also changes nothing.
  const valid = testInfo.outputPath('valid.json');
  writeFileSync(valid, JSON.stringify({ app: 'district-ai-readiness', schema_version: 2, answers: {} }));
  await page.locator('#import-file').setInputFiles(valid);
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(before);
});
