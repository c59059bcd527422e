// questionnaire.spec.ts — the whole questionnaire by keyboard on a phone, reload, every answer intact, results.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, answerWithKeyboard, bank, type Choice, expectNoHorizontalScroll, jumpToStep, openApp, storedAnswer, storedRecord, tabTo } from './app';

/** A spread of answers over every level and "Not sure". */
const planned = new Map<string, Choice>(allItems.map((item, i) => [item.id, (i % 6) as Choice]));
const NOTE = 'Ask the privacy officer <b>before</b> the March board meeting & "check"';

test('a leader completes the whole questionnaire with the keyboard, reloads, and finds everything', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the keyboard journey runs at 390×844');
  test.setTimeout(180_000);
  await openApp(page);
  await expectNoAxeViolations(page, 'welcome');
  await expectNoHorizontalScroll(page, 'welcome');
  await saveScreenshot(page, testInfo, 'welcome');

  await tabTo(page, 'button.button--primary');
  await page.keyboard.press('Enter');

  for (const [step, dimension] of bank.dimensions.entries()) {
    await expect(page.locator('#step-heading')).toHaveText(dimension.title);
    await expect(page.locator('#step-heading')).toBeFocused();
    await expect(page.locator(".step-position")).toHaveText(`Area ${step + 1} of ${bank.dimensions.length}`);
    for (const item of dimension.items) {
      await answerWithKeyboard(page, item.id, planned.get(item.id)!);
    }
    if (step === 1) {
      // A note on the first governance item, typed after opening its disclosure by keyboard.
      await page.locator('#step-heading').focus();
      await tabTo(page, 'details.item__note > summary');
      await page.keyboard.press('Enter');
      await tabTo(page, 'textarea');
      await page.keyboard.type(NOTE);
      await expectNoAxeViolations(page, 'questions');
      await expectNoHorizontalScroll(page, 'questions');
      await saveScreenshot(page, testInfo, 'questions');
    }
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await tabTo(page, '.step-buttons .button--primary');
    await page.keyboard.press('Enter');
  }

  await expect(page.locator('#results-heading')).toBeFocused();
  await expect(page.getByText(`Based on all ${allItems.length} answers`)).toBeVisible();

  await page.reload();
  await expect(page.locator('#results-heading')).toBeVisible();
  const record = await storedRecord(page);
  for (const item of allItems) {
    expect(record.answers[item.id], item.id).toEqual(storedAnswer(planned.get(item.id)!));
  }
  expect(record.notes[bank.dimensions[1].items[0].id]).toBe(NOTE);

  // Results show every dimension, in the chart's table and in the chart itself.
  const rows = page.locator('table.score-table tbody tr');
  await expect(rows).toHaveCount(bank.dimensions.length);
  for (const [i, d] of bank.dimensions.entries()) {
    await expect(rows.nth(i).locator("th")).toHaveText(d.title);
  }
  // The chart names every area where there is room; on a phone its table, drawn as bars,
  // stands in for it.
  await expect(page.locator('svg.radar__svg .radar__label')).toHaveCount(bank.dimensions.length);
  const phone = (page.viewportSize()?.width ?? 0) <= 600;
  await expect(page.locator('.radar')).toBeVisible({ visible: !phone });
  await expect(page.locator('table.score-table--areas .score-bar').first()).toBeVisible();
  await expect(page.locator('.verdict__title')).not.toBeEmpty();
  await expect(page.locator('.next-step')).toHaveCount(3);
  await expectNoAxeViolations(page, 'results');
  await expectNoHorizontalScroll(page, 'results');
  await saveScreenshot(page, testInfo, 'results');

  // Back in the questions after the reload, every radio and the note are as they were.
  // "Review answers" opens the questions at the first area, with the list of areas and
  // how many of each are answered open as the overview.
  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  await expect(page.locator('#step-nav-details')).toHaveAttribute('open', '');
  await expect(page.locator('#step-nav-details > summary')).toBeFocused();
  for (const [step, dimension] of bank.dimensions.entries()) {
    await jumpToStep(page, step);
    for (const item of dimension.items) {
      await expect(page.locator(`input[name="${item.id}"]`).nth(planned.get(item.id)!)).toBeChecked();
    }
  }
  await jumpToStep(page, 1);
  await expect(page.locator('textarea').first()).toHaveValue(NOTE);
});

test('results work on partial answers and say what they are based on', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  const first = bank.dimensions[0].items;
  await page.locator(`input[name="${first[0].id}"]`).nth(4).check();
  await page.locator(`input[name="${first[1].id}"]`).nth(2).check();
  await page.locator(`input[name="${first[2].id}"]`).nth(5).check();
  await expect(page.getByText(`3 of ${allItems.length} answered`)).toBeVisible();
  await saveScreenshot(page, testInfo, 'questions-partial');

  // Jump straight to the last area, then finish.
  await jumpToStep(page, bank.dimensions.length - 1);
  await page.getByRole('button', { name: 'See results' }).click();

  await expect(page.getByText(`Based on 2 of ${allItems.length} answers.`)).toBeVisible();
  // Two answers cannot carry a verdict: the ladder says what is missing.
  await expect(page.locator('.verdict__title')).toHaveText('Not enough answers to judge yet');
  await expect(page.locator('.ladder__rung').first().locator('.ladder__reasons li').first()).toHaveText(
    `Only 2 questions are answered with a level; at least ${Math.ceil(allItems.length / 2)} are needed to judge.`,
  );
  await expect(page.locator('.unknown-list li')).toHaveCount(1);
  await expect(page.locator('.unknown-list li')).toContainText(first[2].question);
  await expectNoAxeViolations(page, 'partial results');
  await expectNoHorizontalScroll(page, 'partial results');
  await saveScreenshot(page, testInfo, 'results-partial');
});

test('start over asks first, then clears every answer on this device', async ({ page }, testInfo) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator(`input[name="${allItems[0].id}"]`).nth(1).check();
  await expect.poll(async () => (await storedRecord(page))?.answers?.[allItems[0].id]).toEqual({ level: 1 });

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await saveScreenshot(page, testInfo, 'start-over');
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(page.locator(`input[name="${allItems[0].id}"]`).nth(1)).toBeChecked();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Delete everything and start over' }).click();
  await expect(page.getByRole('button', { name: /^Start the full check/ })).toBeVisible();
  expect((await storedRecord(page)).answers).toEqual({});
  await page.reload();
  await expect(page.getByRole('button', { name: /^Start the full check/ })).toBeVisible();
});

test('unreadable saved data is kept as a backup and explained, never a blank page', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('district-ai-readiness', '{"app": "district-ai-readiness", broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  // Regression: every reload before an edit made another copy of the same data.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('district-ai-readiness.backup-'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"app": "district-ai-readiness", broken']);
  await expect(page.getByRole('button', { name: /^Start the full check/ })).toBeVisible();
});

test('answers are rendered as text, never as HTML', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await page.locator('details.item__note > summary').first().click();
  await page.locator('textarea').first().fill('<img src=x onerror="window.__pwned=1"><b>bold</b>');
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue('<img src=x onerror="window.__pwned=1"><b>bold</b>');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(page.locator('fieldset b')).toHaveCount(0);
});

test('two tabs on one device build on each other\'s answers instead of overwriting them', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [first, second, third] = allItems;
  await openApp(a);
  await a.getByRole('button', { name: /^Start the full check/ }).click();
  await a.locator(`input[name="${first.id}"]`).nth(1).check();

  // The second tab opens where the first one is: on the first step.
  await openApp(b);
  await expect(b.locator('#step-heading')).toHaveText(bank.dimensions[0].title);
  await b.locator(`input[name="${second.id}"]`).nth(2).check();

  // Tab A sees tab B's answer without a reload, then adds its own.
  await expect(a.locator(`input[name="${second.id}"]`).nth(2)).toBeChecked();
  await a.locator(`input[name="${third.id}"]`).nth(3).check();

  await b.reload();
  const record = await storedRecord(b);
  expect(record.answers).toEqual({
    [first.id]: { level: 1 },
    [second.id]: { level: 2 },
    [third.id]: { level: 3 },
  });
});
