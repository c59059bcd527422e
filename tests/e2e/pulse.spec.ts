// pulse.spec.ts — the short pulse from a conference QR code, then on to the full check keeping every answer.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, bank, expectNoHorizontalScroll, pulseItems, storedRecord } from './app';

test('the pulse asks about a dozen questions, gives a rough result, and continues to the full check', async ({ page }, testInfo) => {
  expect(pulseItems.length).toBeGreaterThanOrEqual(10);
  expect(pulseItems.length).toBeLessThanOrEqual(14);

  // The presenter's QR code leads here: the pulse is offered first.
  await page.goto('/?mode=pulse');
  const start = page.getByRole('button', { name: /^Take the 3-minute pulse/ });
  await expect(start).toHaveClass(/button--primary/);
  await expect(start).toContainText(`${pulseItems.length} questions`);
  await expectNoAxeViolations(page, 'welcome (pulse)');
  await saveScreenshot(page, testInfo, 'welcome-pulse');
  await start.click();

  for (const [step, dimension] of bank.dimensions.entries()) {
    await expect(page.locator('#step-heading')).toHaveText(dimension.title);
    await expect(page.locator('.mode-tag')).toHaveText('Quick pulse');
    const asked = dimension.items.filter((i) => pulseItems.includes(i));
    await expect(page.locator('.item')).toHaveCount(asked.length);
    for (const [n, item] of asked.entries()) {
      await page.locator(`input[name="${item.id}"]`).nth((step + n) % 5).check();
    }
    if (step === 0) {
      await expect(page.getByText(`${asked.length} of ${pulseItems.length} answered`)).toBeVisible();
      await expectNoHorizontalScroll(page, 'pulse step');
      await saveScreenshot(page, testInfo, 'pulse-step');
    }
    await page.locator('.step-buttons .button--primary').click();
  }

  await expect(page.locator('#results-heading')).toBeFocused();
  const banner = page.locator('.pulse-banner');
  await expect(banner).toContainText(`${pulseItems.length}-question pulse`);
  await expect(page.locator('.caveat')).toContainText(`Based on ${pulseItems.length} of the ${pulseItems.length} pulse questions`);
  await expect(page.locator('.verdict__title')).not.toBeEmpty();
  await expectNoAxeViolations(page, 'pulse results');
  await expectNoHorizontalScroll(page, 'pulse results');
  await saveScreenshot(page, testInfo, 'pulse-results');
  const stored = await storedRecord(page);
  expect(stored.mode).toBe('pulse');
  expect(Object.keys(stored.answers).sort()).toEqual(pulseItems.map((i) => i.id).sort());

  // On to the full check: the first area with a question left, every pulse answer kept.
  await banner.getByRole('button', { name: 'Continue to the full check' }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  await expect(page.locator('#step-heading')).toBeFocused();
  await expect(page.locator('.mode-tag')).toHaveCount(0);
  await expect(page.locator('.item')).toHaveCount(bank.dimensions[0].items.length);
  await expect(page.getByText(`${pulseItems.length} of ${allItems.length} answered`)).toBeVisible();
  const firstPulse = bank.dimensions[0].items.find((i) => pulseItems.includes(i))!;
  await expect(page.locator(`input[name="${firstPulse.id}"]`).nth(0)).toBeChecked();
  await page.reload();
  await expect(page.locator('.item')).toHaveCount(bank.dimensions[0].items.length);
  expect((await storedRecord(page)).mode).toBe('full');
});

test('a pulse link never switches an assessment already under way', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${allItems[0].id}"]`).nth(2).check();
  await page.goto('/?mode=pulse');
  // The reload lands where the user left off, still in the full check.
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  await expect(page.locator('.mode-tag')).toHaveCount(0);
  await expect(page.locator('.item')).toHaveCount(bank.dimensions[0].items.length);
});
