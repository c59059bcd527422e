// vendors.spec.ts — the vendor data-agreement checklist: a leader adds the AI tools the
// district is considering, answers each check with a note, sees the open risks on the tool
// and on the pilot plan (on screen and printed), and keeps it all over a reload.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { expectNoHorizontalScroll, fullAnswers, recordWith, seedRecord, storedRecord, tabTo } from './app';

type Check = { id: string; question: string; critical: boolean };
const checklist: { checks: Check[] } = JSON.parse(
  readFileSync(new URL('../../content/en/vendors.json', import.meta.url), 'utf8'),
);
const critical = checklist.checks.filter((c) => c.critical);

test('a leader checks a tool against the data-agreement checklist and sees its open risks on the plan', async ({ page }, testInfo) => {
  await seedRecord(page, recordWith(fullAnswers(), 'plan'));
  await page.getByRole('button', { name: "Check a tool's data agreement" }).click();
  await expect(page.locator('#vendors-heading')).toBeFocused();
  await expect(page.getByText('No tools yet.')).toBeVisible();

  // A name is needed, and the same name twice is refused in plain words.
  const name = page.getByLabel('Name of the AI tool or provider');
  await page.getByRole('button', { name: 'Add the tool' }).click();
  await expect(page.locator('#vendor-name-error')).toHaveText("Type the tool's name first.");
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Reply drafting assistant');
  await name.press('Enter');
  const tool = page.locator('details.vendor-tool').first();
  await expect(tool).toHaveAttribute('open', '');
  await expect(tool.locator('summary')).toBeFocused();
  await expect(tool.locator('.vendor-tool__status')).toHaveText(`${critical.length} open risks`);
  await name.fill('reply drafting assistant');
  await name.press('Enter');
  await expect(page.locator('#vendor-name-error')).toHaveText('“reply drafting assistant” is already on the list.');
  await expect(page.locator('details.vendor-tool')).toHaveCount(1);

  // Every critical check but one answered "Yes"; the last "Not known", with a note.
  const [left, ...rest] = critical;
  for (const check of rest) {
    await tool.locator('fieldset', { hasText: check.question }).getByRole('radio', { name: 'Yes' }).check();
  }
  const open = tool.locator('fieldset', { hasText: left.question });
  await open.getByRole('radio', { name: 'Not known' }).check();
  await open.getByLabel('Where the agreement says so, or what to ask').fill('Asked the provider on 3 November');
  await expect(tool.locator('.vendor-tool__status')).toHaveText('1 open risk');
  await expect(open).toHaveClass(/vendor-check--open/);
  await expectNoAxeViolations(page, 'vendor checklist');
  await expectNoHorizontalScroll(page, 'vendor checklist');
  await saveScreenshot(page, testInfo, 'vendor-checklist');

  // Kept over a reload, in the record's own layout.
  await page.reload();
  await expect(page.locator('#vendors-heading')).toBeVisible();
  await expect(open.getByRole('radio', { name: 'Not known' })).toBeChecked();
  await expect(open.getByLabel('Where the agreement says so, or what to ask')).toHaveValue('Asked the provider on 3 November');
  const stored = await storedRecord(page);
  expect(stored.schema_version).toBe(5);
  expect(stored.vendors[0].name).toBe('Reply drafting assistant');
  expect(stored.vendors[0].checks).toContainEqual({ check: left.id, answer: 'not_known', note: 'Asked the provider on 3 November' });

  // The plan names the tool and its open risk, on screen and in print.
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  const risks = page.locator('.vendor-risks');
  await expect(risks).toContainText('Open vendor risks');
  await expect(risks.locator('li')).toHaveText(['Reply drafting assistant: 1 critical check not yet answered “Yes”']);
  if (testInfo.project.name === 'desktop') {
    const pdf = testInfo.outputPath('plan.pdf');
    await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Open vendor risks');
    expect(text).toContain('Reply drafting assistant: 1 critical check not yet answered “Yes”');
  }

  // Closing the last risk clears the plan's notice; removing the tool asks first.
  await page.getByRole('button', { name: "Check a tool's data agreement" }).click();
  await open.getByRole('radio', { name: 'Yes' }).check();
  await expect(tool.locator('.vendor-tool__status')).toHaveText('No open risks');
  await tool.getByRole('button', { name: 'Remove this tool' }).click();
  await expect(tool).toContainText('Remove “Reply drafting assistant” and everything recorded for it?');
  await tool.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.locator('details.vendor-tool')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await expect(page.locator('.vendor-risks')).toHaveCount(0);
});

test('removing a tool removes its answers, after asking', async ({ page }) => {
  await seedRecord(page, recordWith(fullAnswers(), 'vendors'));
  const name = page.getByLabel('Name of the AI tool or provider');
  for (const tool of ['Lesson planner', 'Translation service']) {
    await name.fill(tool);
    await name.press('Enter');
  }
  await expect(page.locator('details.vendor-tool summary h2')).toHaveText(['Lesson planner', 'Translation service']);
  // The last added is open; opening another and answering keeps it open, the answer focused.
  const first = page.locator('details.vendor-tool').first();
  await first.locator('summary').click();
  const answer = first.locator('fieldset').first().getByRole('radio', { name: 'No', exact: true });
  await answer.check();
  await expect(first).toHaveAttribute('open', '');
  await expect(answer).toBeFocused();
  await expect(first.locator('.vendor-tool__status')).toHaveText(`${critical.length} open risks`);
  await first.getByRole('button', { name: 'Remove this tool' }).click();
  await first.getByRole('button', { name: 'Remove it' }).click();
  await expect(page.locator('details.vendor-tool summary h2')).toHaveText(['Translation service']);
  expect((await storedRecord(page)).vendors.map((t: { name: string }) => t.name)).toEqual(['Translation service']);
});

test('the checklist works with the keyboard alone, from the results to an answered check', async ({ page }) => {
  await seedRecord(page, recordWith(fullAnswers()));
  // Right after the next steps, not at the foot of the results.
  await tabTo(page, '.kit-links .actions button:last-child');
  await expect(page.locator(':focus')).toHaveText("Check a tool's data agreement");
  await page.keyboard.press('Enter');
  await expect(page.locator('#vendors-heading')).toBeFocused();
  await tabTo(page, '#vendor-name');
  await page.keyboard.type('Reply drafting assistant');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.vendor-tool summary')).toBeFocused();
  // Into the first check: Space picks "Yes", an arrow moves to "No".
  const [first] = checklist.checks;
  await tabTo(page, `input[name="vendor-0-${first.id}"]`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`input[name="vendor-0-${first.id}"]`).nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#vendor-0-${first.id}-note`)).toBeFocused();
  await page.keyboard.type('Order form, section 4.2');
  const stored = await storedRecord(page);
  expect(stored.vendors[0].checks).toContainEqual({ check: first.id, answer: 'no', note: 'Order form, section 4.2' });
  // The folding panel closes and opens from its summary.
  await page.locator('details.vendor-tool summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.vendor-tool')).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.vendor-tool')).toHaveAttribute('open', '');
});
