// tabs.spec.ts — two tabs of one browser editing the same check: neither loses what the other typed.
//
// A tab that is told of the other's save (the `storage` event) shows it at once, in text boxes too.
// A tab that was not told (frozen in the background, restored from the back-forward cache, or
// simply saving before the event arrives) merges what is stored before it writes: texts typed in
// both are kept, joined by a marker line; every other change survives.
import { test, expect } from './fixtures';
import { allItems, fullAnswers, openApp, recordWith, storedRecord } from './app';
import type { Page } from '@playwright/test';

const MARKER = '— Typed in another tab at the same time —';
const [first, second, third] = allItems;

/**
 * Lets a test make a tab deaf to other tabs' saves, as a frozen or cached tab is: a listener
 * registered before the app's own stops the event when `deafen` has been called.
 */
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() =>
    window.addEventListener('storage', (event) => {
      if ((window as unknown as { deaf?: boolean }).deaf) event.stopImmediatePropagation();
    }),
  );
});

async function deafen(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { deaf: boolean }).deaf = true));
}

/** Opens the first question's note box. */
async function openNote(page: Page) {
  await page.locator('details.item__note > summary').first().click();
  return page.locator(`#${CSS.escape(`${first.id}-note`)}`);
}

/** Types `text` at the very end of a text box, as a person who clicked after the last word would. */
async function typeAtEnd(page: Page, box: ReturnType<Page['locator']>, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

async function twoTabsOnTheFirstStep(context: import('@playwright/test').BrowserContext): Promise<[Page, Page]> {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openApp(a);
  await a.getByRole('button', { name: /^Start the full check/ }).click();
  await openApp(b);
  return [a, b];
}

// CSS.escape in Node: item ids are letters, digits, dots and dashes.
const CSS = { escape: (id: string) => id.replace(/\./g, '\\.') };

for (const order of ['A then B', 'B then A'] as const) {
  test(`a note typed in one tab shows in the other, and text added there keeps both (${order})`, async ({ context }) => {
    const tabs = await twoTabsOnTheFirstStep(context);
    const [one, other] = order === 'A then B' ? tabs : [tabs[1], tabs[0]];
    const [boxOne, boxOther] = [await openNote(one), await openNote(other)];
    // The other tab's box is open (and was focused) before the first tab types.
    await boxOther.focus();

    await typeAtEnd(one, boxOne, 'from the first tab');
    await expect(boxOther).toHaveValue('from the first tab');

    await typeAtEnd(other, boxOther, ', and from the second');
    const both = 'from the first tab, and from the second';
    await expect(boxOne).toHaveValue(both);
    expect((await storedRecord(one)).notes[first.id]).toBe(both);

    await one.reload();
    await expect(await openNote(one)).toHaveValue(both);
  });
}

test('a tab that missed the other tab\'s note keeps both texts, joined by a marker, when it types', async ({ context }) => {
  const [a, b] = await twoTabsOnTheFirstStep(context);
  const [boxA, boxB] = [await openNote(a), await openNote(b)];
  await typeAtEnd(b, boxB, 'Policy draft is with the cabinet.');
  await expect(boxA).toHaveValue('Policy draft is with the cabinet.');
  await deafen(b);

  await typeAtEnd(a, boxA, ' Board reads it in March.');
  // Tab B did not hear of it and still shows its own text; its next keystroke merges.
  await expect(boxB).toHaveValue('Policy draft is with the cabinet.');
  await typeAtEnd(b, boxB, ' Ask legal.');

  const joined = `Policy draft is with the cabinet. Ask legal.\n\n${MARKER}\nPolicy draft is with the cabinet. Board reads it in March.`;
  await expect(boxB).toHaveValue(joined);
  await expect(boxA).toHaveValue(joined);
  await expect.poll(async () => (await storedRecord(a)).notes[first.id]).toBe(joined);
});

test('answers changed in both tabs at once are all kept', async ({ context }) => {
  const [a, b] = await twoTabsOnTheFirstStep(context);
  await deafen(a);
  await deafen(b);
  await a.locator(`input[name="${first.id}"]`).nth(1).check();
  await b.locator(`input[name="${second.id}"]`).nth(2).check();
  await a.locator(`input[name="${third.id}"]`).nth(5).check();
  // The same question changed in both: the change saved later wins. Which save is later is
  // made certain here: B changes it once all of A's changes are saved and B's own copy of
  // storage shows them. (A browser keeps a copy of localStorage per tab process and updates
  // it a moment after another tab writes; saves a few milliseconds apart can therefore
  // read a stale copy, which no page can prevent.)
  await expect
    .poll(async () => {
      const answers = (await storedRecord(b)).answers;
      return [answers[first.id], answers[third.id]];
    })
    .toEqual([{ level: 1 }, 'not_sure']);
  await b.locator(`input[name="${first.id}"]`).nth(2).check();

  // A tab's first merge waits for its code (a part of its own): then everything is saved.
  await expect
    .poll(async () => (await storedRecord(a)).answers)
    .toEqual({
      [first.id]: { level: 2 },
      [second.id]: { level: 2 },
      [third.id]: 'not_sure',
    });
  await b.reload();
  await expect(b.locator(`input[name="${second.id}"]`).nth(2)).toBeChecked();
  await expect(b.locator(`input[name="${third.id}"]`).nth(5)).toBeChecked();
});

test('a plan field typed in one tab shows in the other, and both tabs\' text survives', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto('/');
  await a.evaluate((record) => localStorage.setItem('district-ai-readiness', record), recordWith(fullAnswers(), 'plan'));
  await openApp(a);
  await openApp(b);
  const field = (page: Page) => page.getByRole('textbox').first();
  await expect(field(a)).toBeVisible();
  await expect(field(b)).toBeVisible();
  const drafted = await field(a).inputValue();

  await typeAtEnd(a, field(a), ' Typed in A.');
  await expect(field(b)).toHaveValue(`${drafted} Typed in A.`);
  await typeAtEnd(b, field(b), ' Typed in B.');
  await expect(field(a)).toHaveValue(`${drafted} Typed in A. Typed in B.`);

  // And when tab B missed tab A's change, both are kept.
  await deafen(b);
  await typeAtEnd(a, field(a), ' Again A.');
  await typeAtEnd(b, field(b), ' Again B.');
  const joined = `${drafted} Typed in A. Typed in B. Again B.\n\n${MARKER}\n${drafted} Typed in A. Typed in B. Again A.`;
  await expect(field(a)).toHaveValue(joined);
  const stored = await storedRecord(a);
  const id = await field(a).getAttribute('id');
  expect(stored.plan.fields[id!.replace(/^plan-/, '')]).toBe(joined);
});

test.describe('when the merge cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_FAILED|net::|split/i] });

  test('a tab keeps its change on the page and writes nothing over the other tab\'s save', async ({ context }) => {
    await context.route(/split_merge-[0-9a-f]+\.wasm/, (route) => route.abort());
    const [a, b] = await twoTabsOnTheFirstStep(context);
    await deafen(b);
    await a.locator(`input[name="${first.id}"]`).nth(1).check();
    await b.locator(`input[name="${second.id}"]`).nth(2).check();
    await expect(b.getByRole('alert')).toContainText('could not combine with yours');
    // What tab A saved is still what is stored; tab B's answer is kept on its page.
    expect((await storedRecord(a)).answers).toEqual({ [first.id]: { level: 1 } });
    await expect(b.locator(`input[name="${second.id}"]`).nth(2)).toBeChecked();
  });
});
