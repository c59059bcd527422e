// verdict.spec.ts — one journey per verdict, as a leader on a phone meets it: the headline, the
// ladder by risk with its reasons, and the next action, axe-clean in light and dark.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, bank, pulseItems, recordWith, seedRecord, storedRecord } from './app';

type Stored = Record<string, unknown>;

/** Every item at `level`, then `overrides`. */
function answers(level: number | 'not_sure', overrides: Stored = {}): Stored {
  const all: Stored = {};
  for (const item of allItems) all[item.id] = level === 'not_sure' ? 'not_sure' : { level };
  return { ...all, ...overrides };
}

const cases: {
  name: string;
  record: string;
  verdict: string;
  ladder: string[];
  reason?: string;
}[] = [
  {
    name: 'not-enough',
    record: recordWith({ 'governance.use-policy': { level: 4 }, 'data-privacy.privacy-standards': { level: 4 } }),
    verdict: 'Not enough answers to judge yet',
    ladder: ['Not yet', 'Not yet', 'Not yet'],
    reason: `Only 2 questions are answered with a level; at least ${Math.ceil(allItems.length / 2)} are needed to judge.`,
  },
  {
    name: 'foundations',
    record: recordWith(answers(4, { 'governance.use-policy': { level: 0 }, 'data-privacy.privacy-standards': { level: 0 } })),
    verdict: 'Build foundations first',
    ladder: ['Not yet', 'Not yet', 'Not yet'],
    reason: 'Must-have: "Have staff been told in writing which AI uses are allowed and which are not?" is answered "Nothing in writing for staff yet; a policy may be in draft"',
  },
  {
    name: 'conditions',
    record: recordWith(answers(3, { 'governance.output-review': { level: 2 } })),
    verdict: 'Pilot one low-risk workflow, with conditions',
    ladder: ['With conditions', 'With conditions', 'With conditions'],
    reason: 'is answered "A written rule requires human review, but no one checks it is followed"',
  },
  {
    name: 'ready',
    record: recordWith(answers(3, { 'ethics.fairness-reviews': { level: 0 } })),
    verdict: 'Ready to pilot one workflow',
    ladder: ['Ready', 'Ready', 'Not yet'],
  },
  {
    name: 'pulse',
    record: JSON.stringify({
      ...JSON.parse(recordWith(Object.fromEntries(pulseItems.map((i) => [i.id, { level: 4 }])))),
      mode: 'pulse',
    }),
    verdict: 'Pilot one low-risk workflow, with conditions',
    ladder: ['With conditions', 'With conditions', 'Not yet'],
    reason: 'Only the pulse was taken: continue to the full check before anything is judged ready without conditions.',
  },
];

for (const c of cases) {
  test(`the results read "${c.verdict}" with the ladder behind it (${c.name})`, async ({ page }, testInfo) => {
    await seedRecord(page, c.record);
    await expect(page.locator('.verdict__title')).toHaveText(c.verdict);
    await expect(page.locator('.results .ladder__status')).toHaveText(c.ladder);
    const lowRisk = page.locator('.results .ladder__rung').first();
    if (c.reason) await expect(lowRisk.locator('.ladder__reasons li').first()).toContainText(c.reason);
    else await expect(lowRisk.locator('.ladder__reasons')).toHaveCount(0);
    await expect(page.locator('.verdict__rule')).toContainText('This is a self-assessment, not an audit.');
    await expectNoAxeViolations(page, `results (${c.name})`);
    await saveScreenshot(page, testInfo, `verdict-${c.name}`);
  });
}

test('with too few answers, the verdict offers the next questions to answer', async ({ page }) => {
  await seedRecord(page, cases[0].record);
  await page.getByRole('button', { name: 'Answer more questions' }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  await expect(page.locator('#step-heading')).toBeFocused();
});

test('"See results so far" is on every step but the last, and leads to the results', async ({ page }) => {
  await seedRecord(page, recordWith({ [allItems[0].id]: { level: 2 } }, 'questions'));
  const soFar = page.getByRole('button', { name: 'See results so far' });
  await expect(soFar).toBeVisible();
  await soFar.click();
  await expect(page.locator('#results-heading')).toBeFocused();
  await expect(page.locator('.verdict__title')).toHaveText('Not enough answers to judge yet');
});

test('evidence named for a must-have is saved as typed and the rest stay self-reported', async ({ page }, testInfo) => {
  await seedRecord(page, cases[3].record);
  const evidence = page.locator('#governance\\.use-policy-evidence');
  await evidence.fill('AI use policy, board minutes 2026-10-02');
  await expect(page.locator('.evidence__item')).toHaveCount(5);
  await page.reload();
  await expect(evidence).toHaveValue('AI use policy, board minutes 2026-10-02');
  await expectNoAxeViolations(page, 'results with evidence');
  await saveScreenshot(page, testInfo, 'results-evidence');
});

test('answers scored under the earlier rules are told once that the rules changed', async ({ page }) => {
  // recordWith writes a record as earlier versions did: no rules version.
  await seedRecord(page, cases[1].record);
  const notice = page.locator('.rules-changed');
  await expect(notice).toContainText('the rules behind the verdict have changed (now rules version 2)');
  await expect.poll(async () => (await storedRecord(page)).rules_version).toBe(2);
  await page.reload();
  await expect(page.locator('.verdict__title')).toHaveText('Build foundations first');
  await expect(notice).toHaveCount(0);
});

test('answers saved for the first edition of the questions open with every answer carried over', async ({ page }) => {
  const firstEdition = JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    answers: { 'governance.use-policy': { level: 1 }, 'governance.approval-process': { level: 3 } },
    position: { screen: 'results', step: 0 },
  });
  await seedRecord(page, firstEdition);
  // "A policy is being drafted" has no place on the new scale: asked again, its words kept.
  await expect(page.locator('.unknown-list li')).toContainText([/told in writing/]);
  await page.locator('.unknown-list li').first().getByRole('button', { name: 'Answer now' }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[1].title);
  await expect(page.locator('#governance\\.use-policy-note')).toHaveValue(/A policy is being drafted/);
  await expect(page.locator('input[name="governance.approval-process"]').nth(3)).toBeChecked();
  const stored = await storedRecord(page);
  expect(stored.edition).toBe(bank.edition);
  expect(stored.answers['governance.use-policy']).toBe('not_sure');
});
