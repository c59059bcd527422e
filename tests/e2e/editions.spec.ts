// editions.spec.ts — edition 3 of the questions: what grounds each question (why, evidence,
// sources), and answers given to edition 2 kept, never read as answers to new questions.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { bank, expectNoHorizontalScroll, RECORD_KEY, seedRecord, storedRecord } from './app';

type Grounded = { id: string; why: string; evidence?: string[]; levels: string[] };
const first = bank.dimensions[0].items[0] as unknown as Grounded;

/** A record saved by edition 2, with answers to two questions edition 3 retired. */
const edition2Record = JSON.stringify({
  app: 'district-ai-readiness',
  schema_version: 2,
  edition: 2,
  answers: {
    'governance.use-policy': { level: 3 },
    'infrastructure.access-controls': { level: 1 },
    'measurement.baseline': { level: 3 },
  },
  notes: { 'infrastructure.access-controls': 'Second sign-in for staff since July' },
  position: { screen: 'results', step: 0 },
});

test('each question says why it matters, what evidence the chosen level would show, and its sources', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  const card = page.locator('fieldset.item').first();
  await expect(card.locator('.item__why')).toContainText(first.why);
  await expect(card.locator('.item__source')).toContainText(/^Sources?:/);
  await expect(card.locator('.item__evidence')).toHaveCount(0);
  await card.locator(`input[name="${first.id}"]`).nth(2).check();
  await expect(card.locator('.item__evidence')).toHaveText(`Evidence you could collect: ${first.evidence?.[2]}`);
  // The step says what the area is about, from the same part.
  await expect(page.locator('.step-summary')).not.toBeEmpty();
  await expectNoAxeViolations(page, 'question with its grounding');
  await expectNoHorizontalScroll(page, 'question with its grounding');
  await saveScreenshot(page, testInfo, 'question-grounding');
});

test('answers to retired questions are kept, listed on the results until hidden, and never scored', async ({ page }, testInfo) => {
  await seedRecord(page, edition2Record);
  const earlier = page.locator('.earlier-answers');
  await expect(earlier.getByRole('heading', { name: 'Answers from the previous edition' })).toBeVisible();
  await expect(earlier.locator('li')).toHaveCount(2);
  await expect(earlier).toContainText('Your answer: Individual accounts, but access is rarely limited by role');
  await expect(earlier).toContainText('Now asked as:');
  await expectNoAxeViolations(page, 'answers from the previous edition');
  await saveScreenshot(page, testInfo, 'earlier-answers');

  await earlier.getByRole('button', { name: 'Hide these answers' }).click();
  await expect(earlier).toHaveCount(0);
  await page.reload();
  await expect(page.locator('#results-heading')).toBeVisible();
  await expect(page.locator('.earlier-answers')).toHaveCount(0);
  // Hidden, not deleted: the answers and the note stay in the saved record.
  const stored = await storedRecord(page);
  expect(stored.edition).toBe(bank.edition);
  expect(stored.earlier_answers_dismissed).toBe(bank.edition);
  expect(stored.answers['infrastructure.access-controls']).toEqual({ level: 1 });
  expect(stored.notes['infrastructure.access-controls']).toBe('Second sign-in for staff since July');
  expect(stored.answers['infrastructure.role-based-access']).toBeUndefined();
  expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toContain('measurement.baseline');
});

test('a share link made with edition 2 opens mapped and says so', async ({ page }) => {
  await page.goto('/#share=1.4ff1bade.33332333333333313333-3333n333333333333');
  const banner = page.locator('.shared-banner');
  await expect(banner).toContainText('This link was made for edition 2 of the questions');
  const earlier = page.locator('.earlier-answers');
  await expect(earlier.getByRole('heading', { name: 'Answers from the previous edition' })).toBeVisible();
  await expect(earlier.getByRole('button', { name: 'Hide these answers' })).toHaveCount(0);
  expect(await storedRecord(page)).toBeNull();
});

test('an export saved with edition 1 imports with every answer kept, and says which edition it came from', async ({ page }, testInfo) => {
  // A real record of edition 1, as that version saved it (the decoder tests' fixture).
  const file = new URL('../../core/tests/fixtures/records/4-edition-1-judged.json', import.meta.url).pathname;
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  await page.goto('/');
  await page.getByText('Download or import your answers').click();
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.getByRole('alertdialog')).toContainText(
    `This file was saved with edition 1 of the questions; its answers are shown on edition ${bank.edition}`,
  );
  await page.getByRole('button', { name: 'Replace my data with this file' }).click();
  await expect(page.getByText('Imported.')).toBeVisible();
  const imported = await storedRecord(page);
  expect(imported.edition).toBe(bank.edition);
  // Every answer is kept under its own question: none lost, none moved to another.
  for (const id of Object.keys(saved.answers)) expect(imported.answers[id], id).toBeDefined();
  await saveScreenshot(page, testInfo, 'import-edition-1');
});
