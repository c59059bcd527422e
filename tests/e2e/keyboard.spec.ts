// keyboard.spec.ts — after the questionnaire (questionnaire.spec.ts), the rest by keyboard alone: results,
// choosing and rating workflows, drafting and editing the plan, with focus visible at every stop.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bank, fullAnswers, recordWith, seedRecord, storedRecord, tabTo } from './app';

/** Fails unless the focused element shows a focus indicator (an outline or a box shadow). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    // A radio or checkbox shows focus on its label (`:focus-within`).
    const label = el.closest('label');
    const labelOutlined = label !== null && getComputedStyle(label).outlineStyle !== 'none';
    return outlined || shadowed || labelOutlined ? 'visible' : `no focus indicator on <${el.tagName.toLowerCase()} id="${el.id}">`;
  });
  expect(indicator).toBe('visible');
}

/** Presses Tab until the button labelled `name` has focus (fails after 200 presses). */
async function tabToButton(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : null;
    });
    if (here === name) return;
  }
  throw new Error(`Tab never reached the button "${name}"`);
}

async function press(page: Page, selector: string, key: string): Promise<void> {
  await tabTo(page, selector, 200);
  await expectVisibleFocus(page);
  await page.keyboard.press(key);
}

test('results, workflows and the plan work with the keyboard alone', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one keyboard journey, at 390×844');
  test.setTimeout(120_000);
  const answers = fullAnswers();
  for (const d of bank.dimensions) for (const item of d.items) answers[item.id] = { level: 4 };
  await seedRecord(page, recordWith(answers));
  await expect(page.locator('#results-heading')).toBeVisible();

  await tabToButton(page, 'Choose a first workflow');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#workflows-heading')).toBeFocused();

  // Consider two workflows (Space on a checkbox), then rate them: Tab into each criterion's
  // radio group, Space picks 1, each arrow key one more.
  for (const id of ['faq-drafting', 'newsletter-drafting']) {
    await press(page, `#consider-${id}`, 'Space');
    await expect(page.locator(`#consider-${id}`)).toBeChecked();
  }
  for (const [id, steps] of [['faq-drafting', 4], ['newsletter-drafting', 2]] as const) {
    for (const criterion of ['Common', 'Measurable', 'SafeToReview', 'Pain', 'Fit']) {
      await tabTo(page, `#rate-${id}-${criterion}-1`, 200);
      await expectVisibleFocus(page);
      await page.keyboard.press('Space');
      for (let i = 1; i < steps; i++) await page.keyboard.press('ArrowRight');
      await expect(page.locator(`#rate-${id}-${criterion}-${steps}`)).toBeChecked();
    }
  }
  await expect.poll(async () => (await storedRecord(page)).workflows.ratings['faq-drafting']?.fit).toBeGreaterThan(0);
  await expect(page.locator('.start-here .start-here__name')).toHaveText(/family questions/i);

  await tabToButton(page, 'Draft the pilot plan');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#plan-heading')).toBeFocused();
  await expect(page.locator('#plan-workflow')).toHaveValue(/family questions/i);
  await tabTo(page, '#plan-baseline', 200);
  await expectVisibleFocus(page);
  await page.keyboard.type('6 minutes per reply, measured in March');
  await expect.poll(async () => (await storedRecord(page)).plan.fields.baseline).toBe('6 minutes per reply, measured in March');
});
