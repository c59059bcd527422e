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
  // Each area says how much of it the pulse asked, not how much of the full check is blank.
  const first = bank.dimensions[0];
  const asked = first.items.filter((i) => pulseItems.includes(i)).length;
  await expect(page.locator('.score-table--areas tbody tr').first().locator('.score-table__answered')).toContainText(
    `in the pulse (the full check asks ${first.items.length})`,
  );
  await expect(page.locator('.score-table--areas tbody tr').first().locator('.score-table__answered')).toContainText(`/ ${asked} in the pulse`);
  await expectNoAxeViolations(page, 'pulse results');
  await expectNoHorizontalScroll(page, 'pulse results');
  await saveScreenshot(page, testInfo, 'pulse-results');
  const stored = await storedRecord(page);
  expect(stored.mode).toBe('pulse');
  expect(Object.keys(stored.answers).sort()).toEqual(pulseItems.map((i) => i.id).sort());

  // On to the full check: it says how many questions are left and lands on the first of
  // them, in view and focused; every pulse answer is kept, each question keeps its number.
  const left = allItems.length - pulseItems.length;
  await banner.getByRole('button', { name: `Continue to the full check (${left} questions left)` }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  const firstLeft = bank.dimensions[0].items.find((i) => !pulseItems.includes(i))!;
  const landing = page.locator(`fieldset[id="${firstLeft.id}"]`);
  await expect(landing).toBeFocused();
  await expect(landing).toBeInViewport();
  await expect(page.locator('.mode-tag')).toHaveCount(0);
  await expect(page.locator('.item')).toHaveCount(bank.dimensions[0].items.length);
  await expect(page.getByText(`${pulseItems.length} of ${allItems.length} answered`)).toBeVisible();
  const firstPulse = bank.dimensions[0].items.find((i) => pulseItems.includes(i))!;
  await expect(page.locator(`input[name="${firstPulse.id}"]`).nth(0)).toBeChecked();
  // In the full check each question has its number there.
  const number = `${allItems.indexOf(firstPulse) + 1}.`;
  await expect(page.locator(`fieldset[id="${firstPulse.id}"] .item__number`)).toHaveText(number);
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

for (const [width, height] of [
  [360, 640],
  [390, 844],
]) {
  test(`from a conference QR code at ${width}×${height}, the pulse starts from the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?mode=pulse');
    const start = page.getByRole('button', { name: /^Take the \d-minute pulse/ });
    await expect(start).toBeInViewport({ ratio: 1 });
    // The full check is one tap away, and the page keeps to one line of purpose.
    await expect(page.getByRole('button', { name: /^Start the full check/ })).toBeInViewport();
    await expect(page.locator('.welcome__points')).toHaveCount(0);
    await expect(page.locator('.welcome .lead')).toContainText(`${pulseItems.length} questions, about`);
    await expectNoHorizontalScroll(page, 'pulse arrival');
    // The pulse's few questions go unnumbered: its counter numbers them.
    await start.click();
    await expect(page.locator('.item').first()).toBeVisible();
    await expect(page.locator('.item__number')).toHaveCount(0);
  });
}

test('the pulse shows no more words than its promised minutes allow at a skimming pace', async ({ page }) => {
  await page.goto('/?mode=pulse');
  const start = page.getByRole('button', { name: /^Take the \d-minute pulse/ });
  const minutes = Number((await start.textContent())!.match(/(\d)-minute/)![1]);
  expect(minutes).toBeLessThanOrEqual(3);
  await start.click();
  let words = 0;
  for (const _ of bank.dimensions) {
    // What a person reads to answer: each question and its choices (why it matters is
    // folded away behind a tap in the pulse).
    for (const text of await page.locator('.item legend, .item .choice span').allInnerTexts()) {
      words += text.split(/\s+/).filter((w) => w && !/^\d+\.$/.test(w)).length;
    }
    await page.locator('.step-buttons .button--primary').click();
  }
  expect(words).toBeLessThanOrEqual(minutes * 300);
});
