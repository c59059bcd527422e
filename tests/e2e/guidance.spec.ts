// guidance.spec.ts — interim AI guidance for staff, drafted from the answers: two districts
// get different drafts, a typed section is kept while the others follow the answers, and
// it prints on one page, copies and downloads.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, expectNoHorizontalScroll, recordWith, seedRecord, storedRecord } from './app';

/** Every question at `level`. */
function answersAt(level: number): Record<string, unknown> {
  return Object.fromEntries(allItems.map((i) => [i.id, { level }]));
}

const dataRules = (page: import('@playwright/test').Page) => page.locator('#guidance-data-rules');

test('a district with weak governance gets a cautious draft, edits one section and prints one page', async ({ page }, testInfo) => {
  await seedRecord(page, recordWith(answersAt(0), 'results'));
  await page.getByRole('button', { name: 'Draft interim AI guidance for staff' }).click();
  await expect(page.locator('#guidance-heading')).toBeFocused();
  await expect(page.locator('.guidance .notice')).toContainText('not legal advice');
  // No signed data agreements: the strictest data rule.
  await expect(dataRules(page)).toHaveValue(/^Do not enter any student or staff information into an AI tool until the district has a signed data agreement/);
  await expect(page.locator('#guidance-data-rules-status')).toHaveText('Drafted from your answers.');

  // Typed text is kept; the other sections still follow the answers.
  const families = page.locator('#guidance-families');
  await families.fill('We tell families in the September newsletter which AI tools staff use.');
  await expect(page.locator('#guidance-families-status')).toHaveText('Edited: kept as you wrote it, whatever the answers.');
  expect((await storedRecord(page)).guidance.families).toBe('We tell families in the September newsletter which AI tools staff use.');

  await expectNoAxeViolations(page, 'guidance');
  await expectNoHorizontalScroll(page, 'guidance');
  await saveScreenshot(page, testInfo, 'guidance');

  // On paper: one page, with the counsel line and every heading.
  const pdf = testInfo.outputPath('guidance.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  expect(pages, 'the guidance fits one page').toBe(1);
  const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const expected of ['Interim guidance on staff use of AI', 'not legal advice', 'Student and staff data', 'Review date', 'September newsletter']) {
    expect(printed).toContain(expected);
  }
  expect(printed).not.toContain('Drafted from your answers');

  // Markdown, with the typed section.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download it (Markdown)' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toMatch(/^# Interim guidance on staff use of AI/);
  expect(markdown).toContain('## Telling families\n\nWe tell families in the September newsletter');

  // The answers change: untouched sections are redrafted, the typed one is kept.
  await page.evaluate((record) => localStorage.setItem('district-ai-readiness', record), recordWith(answersAt(4), 'guidance').replace('"answers"', `"guidance":{"families":"We tell families in the September newsletter which AI tools staff use."},"answers"`));
  await page.reload();
  await expect(dataRules(page)).toHaveValue(/^Enter information about students or staff only into AI tools covered by a signed district data agreement/);
  await expect(families).toHaveValue('We tell families in the September newsletter which AI tools staff use.');
  // Back to the draft.
  await page.getByRole('button', { name: 'Use the draft from the answers again' }).click();
  await expect(page.locator('#guidance-families-status')).toHaveText('Drafted from your answers.');
  expect((await storedRecord(page)).guidance ?? {}).toEqual({});
});

for (const [profile, answers] of [
  ['every answer at level 1', answersAt(1)],
  ['answers alternating 0 and 1', Object.fromEntries(allItems.map((i, n) => [i.id, n % 7 === 6 ? 'not_sure' : { level: n % 2 }]))],
] as const) {
  test(`the guidance prints on one page for a district with ${profile}, a name and a first workflow`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'paper is the same from either');
    const record = JSON.parse(recordWith(answers, 'guidance'));
    record.report = { district: 'Riverside Unified School District', prepared_by: '' };
    record.workflows = { considered: ['faq-drafting'], chosen: 'faq-drafting' };
    await seedRecord(page, JSON.stringify(record));
    await expect(page.locator('#guidance-heading')).toBeVisible();
    const pdf = testInfo.outputPath('guidance.pdf');
    await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
    expect(pages, 'one page').toBe(1);
    const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(printed).toMatch(/DRAFT OF \d{4}-\d{2}-\d{2}: NOT YET ISSUED/);
    expect(printed).toContain('Riverside Unified School District');
  });
}
