// layout.spec.ts — phones first: every screen at 320 px without sideways scrolling, tap targets of at
// least 44 px, and no motion for people who ask for reduced motion.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allItems, bank, expectNoHorizontalScroll, fullAnswers, seedRecord } from './app';

test.use({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });

/** Fails on any visible control smaller than 44×44 CSS px (links inside running text are exempt, as in WCAG 2.5.8). */
async function expectTapTargets(page: Page, label: string): Promise<void> {
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, summary, textarea, input:not([type=radio]):not([type=checkbox]), label:has(> input[type=radio]), label:has(> input[type=checkbox])',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('.skip-link')) continue;
      const inText = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, li') !== null;
      if (inText) continue;
      if (box.width < 43.5 || box.height < 43.5) {
        found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
  expect(small, `${label}: controls smaller than 44 px`).toEqual([]);
}

async function check(page: Page, label: string): Promise<void> {
  await expectNoHorizontalScroll(page, label);
  await expectTapTargets(page, label);
}

function record(screen: string, step = 0): string {
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    answers: fullAnswers(),
    notes: { [allItems[0].id]: 'A long note without spaces: https://example.org/a/very/long/address/that/must/wrap/on/a/small/phone' },
    position: { screen, step },
    workflows: { considered: ['faq-drafting', 'newsletter-drafting'], ratings: {}, custom: [], chosen: null },
  });
}

test('every screen fits a 320 px phone with tap targets of at least 44 px', async ({ page }) => {
  test.skip(test.info().project.name !== 'phone', 'the viewport is set here; one run is enough');
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('#welcome-heading')).toBeVisible();
  await check(page, 'welcome (empty)');

  for (const step of bank.dimensions.keys()) {
    await seedRecord(page, record('questions', step));
    await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[step].title);
    await page.locator('.step-nav__details > summary').click();
    await page.locator('details.item__note > summary').first().click();
    await check(page, `questions step ${step + 1}`);
  }
  for (const [screen, heading] of [
    ['welcome', '#welcome-heading'],
    ['results', '#results-heading'],
    ['workflows', '#workflows-heading'],
    ['plan', '#plan-heading'],
  ] as const) {
    await seedRecord(page, record(screen));
    await expect(page.locator(heading)).toBeVisible();
    await check(page, screen);
  }
  const link = await page.evaluate(() => location.origin + '/');
  await seedRecord(page, record('results'));
  const share = await page.locator('#share-link').inputValue();
  await page.goto(share);
  await expect(page.locator('.shared-banner')).toBeVisible();
  await check(page, 'shared answers');
  await page.goto(`${link}?present`);
  await expect(page.locator('.presenter')).toBeVisible();
  await check(page, 'presenter');
});

test('nothing moves for people who ask for reduced motion', async ({ page }) => {
  await seedRecord(page, record('questions', 1));
  await page.locator('.step-buttons .button--primary').click();
  await expect(page.locator('#step-heading')).toHaveText(bank.dimensions[2].title);
  const motion = await page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    animations: document.getAnimations().length,
  }));
  expect(motion).toEqual({ scroll: 'auto', animations: 0 });
});
