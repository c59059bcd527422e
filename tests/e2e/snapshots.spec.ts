// snapshots.spec.ts — save a snapshot, change answers, compare each area, reload, delete.
import { test, expect, expectNoAxeViolations } from './fixtures';
import { bank, seedRecord, storedRecord } from './app';

test('a snapshot shows the change per area after re-assessing', async ({ page }) => {
  const answers: Record<string, unknown> = {};
  for (const d of bank.dimensions) for (const item of d.items) answers[item.id] = { level: 1 };
  await seedRecord(
    page,
    JSON.stringify({ app: 'district-ai-readiness', schema_version: 2, edition: bank.edition, answers, position: { screen: 'results', step: 0 } }),
  );
  await page.getByRole('button', { name: 'Save a snapshot' }).click();
  await expect(page.getByText(/^Snapshot of \d{4}-\d{2}-\d{2} saved\.$/)).toBeVisible();

  // Re-assess governance: every item one level up, from 25 to 50.
  await page.getByRole('button', { name: 'Review answers' }).click();
  if (!(await page.locator('.step-nav__details').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator('.step-nav__details summary').click();
  }
  await page.locator('.step-nav__button').nth(1).click();
  for (const item of bank.dimensions[1].items) await page.locator(`input[name="${item.id}"]`).nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.step-nav__details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await page.locator('.step-nav__button').last().click();
  await page.getByRole('button', { name: 'See results' }).click();

  const row = page.locator('.snapshots tbody tr').nth(1);
  await expect(row.locator('th')).toHaveText(bank.dimensions[1].title);
  await expect(row.locator('td')).toHaveText(['25', '50', '+25']);
  await expectNoAxeViolations(page, 'results with snapshots');

  await page.reload();
  await expect(page.locator('.snapshots tbody tr').nth(1).locator('td')).toHaveText(['25', '50', '+25']);
  await page.getByRole('button', { name: 'Delete this snapshot' }).click();
  await expect(page.locator('.snapshots tbody tr')).toHaveCount(0);
  expect((await storedRecord(page)).snapshots).toEqual([]);
});
