// estimate.spec.ts — the time-saved estimate for the first pilot: typed with the keyboard,
// shown as ranges with assumptions, problems named beside their box, kept over a reload,
// put into the plan's baseline and target, and printed with the plan.
import { execFileSync } from 'node:child_process';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { expectNoHorizontalScroll, fullAnswers, recordWith, seedRecord, storedRecord } from './app';

test('a leader estimates the time the first pilot could save and takes it to the plan', async ({ page }, testInfo) => {
  await seedRecord(page, recordWith(fullAnswers(), 'plan'));
  await page.getByRole('button', { name: 'Estimate the time it could save' }).click();
  await expect(page.locator('#estimate-heading')).toBeFocused();
  await expect(page.locator('.estimate__result')).toContainText('The estimate appears once every figure above is filled in and valid.');

  // Keyboard only: each box in turn, in the order the form asks.
  const figures = ['40', '3', '12', '3', '5', '8', '50', '36', '4', '45', ''];
  await page.keyboard.press('Tab');
  for (const figure of figures) {
    while (!(await page.evaluate(() => document.activeElement?.id.startsWith('estimate-')))) {
      await page.keyboard.press('Tab');
    }
    if (figure) await page.keyboard.type(figure);
    await page.keyboard.press('Tab');
  }
  const result = page.locator('.estimate__result');
  await expect(result.locator('.estimate__figures li')).toHaveText([
    '4.0 to 9.0 hours a week (likely 7.0)',
    '132 to 312 hours a year, after training (likely 240)',
    '$5,940 to $14,040 a year in staff time (likely $10,800)',
  ]);
  await expect(result).toContainText('If a task with AI takes more than 11.7 minutes, review included, the pilot saves no time over a year.');
  await expect(result).toContainText('3 staff each do this 40 times a week');
  await expect(result).toContainText('What would make it wrong');
  const stored = await storedRecord(page);
  expect(stored.schema_version).toBe(5);
  expect(stored.estimate).toMatchObject({ per_week: '40', staff: '3', minutes_now: '12', hourly_cost: '45' });

  // A problem is named beside its box, and the estimate waits for it.
  const best = page.locator('#estimate-minutes_best');
  await best.fill('6');
  await expect(page.locator('.estimate fieldset [role=alert]')).toHaveText(/^The best case should take no longer than the likely case/);
  await expect(best).toHaveAttribute('aria-invalid', 'true');
  await expect(best).toHaveAttribute('aria-describedby', /estimate-cases-error/);
  await expect(result).toContainText('The estimate appears once every figure above is filled in and valid.');
  await best.fill('three');
  await expect(best).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#estimate-minutes_best-error')).toHaveText('Enter a number, like 12 or 12.5.');
  await best.fill('3');
  await expect(best).toHaveAttribute('aria-invalid', 'false');
  await expect(result.locator('.estimate__figures li').first()).toHaveText('4.0 to 9.0 hours a week (likely 7.0)');

  await expectNoAxeViolations(page, 'estimate');
  await expectNoHorizontalScroll(page, 'estimate');
  await saveScreenshot(page, testInfo, 'estimate');

  // Kept as typed over a reload.
  await page.reload();
  await expect(page.locator('#estimate-per_week')).toHaveValue('40');

  // Into the plan: the baseline and target, only where the plan has none typed.
  await page.getByRole('button', { name: 'Put the baseline and target in the plan' }).click();
  await expect(page.locator('.estimate__to-plan')).toHaveText("The plan's baseline and target now say this.");
  const plan = (await storedRecord(page)).plan.fields;
  expect(plan.baseline).toMatch(/^12 minutes per task/);
  expect(plan.target).toMatch(/^5 minutes per task with AI, review included \(between 3 and 8\)/);

  // Printed with the plan.
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await expect(page.locator('#plan-heading')).toBeFocused();
  await expect(page.locator('#plan-baseline')).toHaveValue(/^12 minutes per task/);
  const pdf = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Time the pilot could save (estimate)');
  expect(text).toContain('132 to 312 hours a year, after training (likely 240)');
  expect(text).toContain('What would make it wrong');
});
