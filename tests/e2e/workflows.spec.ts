// workflows.spec.ts — rate three workflows, add one's own, see the gate and the recommendation, choose, reload.
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { bank, expectNoHorizontalScroll, seedRecord, storedRecord } from './app';

/** A record whose governance is middling (level 2) and everything else strong (level 4). */
function weakGovernanceRecord(): string {
  const answers: Record<string, unknown> = {};
  for (const d of bank.dimensions) {
    for (const item of d.items) answers[item.id] = { level: d.id === 'governance' ? 2 : 4 };
  }
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    edition: bank.edition,
    answers,
    notes: {},
    position: { screen: 'workflows', step: 0 },
  });
}

async function rate(page: import('@playwright/test').Page, id: string, ratings: number[]) {
  const criteria = ['Common', 'Measurable', 'SafeToReview', 'Pain', 'Fit'];
  for (const [i, c] of criteria.entries()) {
    await page.locator(`#rate-${id}-${c}-${ratings[i]}`).check();
  }
}

test('a leader compares workflows, sees the gate, chooses one, and finds it all after a reload', async ({ page }, testInfo) => {
  await seedRecord(page, weakGovernanceRecord());
  await expect(page.locator('#workflows-heading')).toBeVisible();

  // The gate is the results' ladder: every kind only with conditions, and why.
  const lowRisk = page.locator('.gate .ladder__rung').first();
  await expect(lowRisk.locator('.ladder__status')).toHaveText('With conditions');
  await expect(lowRisk).toContainText('Governance & policy scores 50 counting "Not sure" and blanks as gaps, below 60.');
  await expect(lowRisk).toContainText('Must-have: "Have staff been told in writing which AI uses are allowed and which are not?');

  for (const id of ['faq-drafting', 'tutoring-assistant', 'meal-forecasting']) {
    await page.locator(`#consider-${id}`).check();
  }
  await rate(page, 'faq-drafting', [4, 4, 4, 4, 4]);
  await rate(page, 'tutoring-assistant', [5, 5, 5, 5, 5]);
  await rate(page, 'meal-forecasting', [4, 4, 4, 3, 3]);

  // A workflow of one's own: the name is required, then it joins the list, considered.
  await page.getByRole('button', { name: 'Add workflow' }).click();
  await expect(page.getByText('Give the workflow a name.')).toBeVisible();
  await page.locator('#new-workflow-name').fill('Bus route change notices <b>for families</b>');
  await page.locator('#new-workflow-department').fill('Transportation office');
  await page.locator('#new-workflow-data').selectOption({ label: 'Public or non-personal staff information' });
  await page.locator('#new-workflow-audience').selectOption({ label: 'Families' });
  await page.getByRole('button', { name: 'Add workflow' }).click();
  await expect(page.locator('#consider-custom-1')).toBeChecked();
  await expect(page.locator('label[for="consider-custom-1"]')).toHaveText('Bus route change notices <b>for families</b>');
  await rate(page, 'custom-1', [3, 3, 3, 3, 3]);

  // The student-facing tutor, whose outputs nobody reviews, rates highest but is never a
  // first pilot and ranks below FAQ drafting for its risk; FAQ drafting is recommended,
  // and the close call with meal forecasting is explained.
  const items = page.locator('.ranking__item');
  await expect(items).toHaveCount(4);
  await expect(items.nth(1)).toContainText('Not a first pilot now');
  const startHere = page.locator('.start-here');
  await expect(startHere.locator('.start-here__name')).toHaveText(/family questions/i);
  await expect(startHere).toContainText('Risk changed the order');
  await expect(startHere).toContainText('A close call with');
  await expect(startHere).toContainText('Painful enough to matter: 4 against 3');
  await expect(page.locator('svg.scatter__svg .scatter__point')).toHaveCount(4);
  await expect(page.locator('svg.scatter__svg .scatter__quadrant')).toHaveText([
    'Start here',
    'Needs safeguards',
    'Little gain',
    'Avoid for now',
  ]);
  await expect(page.getByText('Priority (0–100) combines all five ratings.')).toBeVisible();
  await expectNoAxeViolations(page, 'workflows');
  await expectNoHorizontalScroll(page, 'workflows');
  await saveScreenshot(page, testInfo, 'workflows');

  // Choosing a different one deliberately is kept and said.
  await items.nth(2).getByRole('button', { name: 'Choose this one' }).click();
  await expect(startHere).toContainText('You chose');

  await page.reload();
  await expect(page.locator('#workflows-heading')).toBeVisible();
  await expect(page.locator('#consider-tutoring-assistant')).toBeChecked();
  await expect(page.locator('#rate-meal-forecasting-Pain-3')).toBeChecked();
  await expect(page.locator('.start-here')).toContainText('You chose');
  const record = await storedRecord(page);
  expect(record.workflows.considered).toEqual(['faq-drafting', 'tutoring-assistant', 'meal-forecasting', 'custom-1']);
  expect(record.workflows.custom[0].name).toBe('Bus route change notices <b>for families</b>');
  expect(record.workflows.chosen).toBeTruthy();
  expect(record.answers[bank.dimensions[0].items[0].id]).toEqual({ level: 4 });
});

test('results lead to the workflow screen, where the ladder shows every kind ready', async ({ page }) => {
  const strong = JSON.parse(weakGovernanceRecord());
  for (const id of Object.keys(strong.answers)) strong.answers[id] = { level: 4 };
  strong.position = { screen: 'results', step: 0 };
  await seedRecord(page, JSON.stringify(strong));
  await page.getByRole('button', { name: 'Choose a first workflow' }).click();
  await expect(page.locator('#workflows-heading')).toBeFocused();
  await expect(page.locator('.gate .ladder__status')).toHaveText(['Ready', 'Ready', 'Ready']);
  await expect(page.getByText('Rate all five criteria of at least one workflow to see a ranking.')).toBeVisible();
  // Nothing held back, so there is no "later" list.
  await expect(page.locator('#group-later')).toHaveCount(0);
});

test('picking a workflow opens its ratings in view, and the picked count leads to the ranking', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await seedRecord(page, weakGovernanceRecord());
  const pick = page.locator('#consider-faq-drafting');
  await pick.scrollIntoViewIfNeeded();
  await pick.check();
  // Its first rating is right under its name, on the same screen.
  await expect(page.locator('#rate-faq-drafting-Common-1')).toBeInViewport();
  await expect(page.getByRole('group', { name: /^Ratings for / })).toHaveCount(1);
  const status = page.locator('.picked-status');
  await expect(status).toContainText('Picked: 1 · fully rated: 0');
  await expect(status).toBeInViewport();
  await saveScreenshot(page, testInfo, 'workflow-picked');
  for (const c of ['Common', 'Measurable', 'SafeToReview', 'Pain', 'Fit']) {
    await page.locator(`#rate-faq-drafting-${c}-4`).check();
  }
  await expect(page.locator('.rating__meaning').first()).toContainText('4 –');
  await expect(status).toContainText('Picked: 1 · fully rated: 1');
  await status.getByRole('button', { name: 'See where to start' }).click();
  await expect(page.locator('#ranking-heading')).toBeFocused();
  await expect(page.locator('.ranking__item')).toHaveCount(1);
  await expectNoHorizontalScroll(page, 'workflows at 360 px');
});

test('kinds of workflow the answers hold back are listed apart, under "later"', async ({ page }) => {
  const weak = JSON.parse(weakGovernanceRecord());
  for (const id of Object.keys(weak.answers)) weak.answers[id] = { level: 0 };
  await seedRecord(page, JSON.stringify(weak));
  const later = page.locator('.workflow-group--later');
  await expect(later.locator('h3')).toHaveText('Later: kinds of workflow your answers hold back for now');
  // Every catalogue workflow is held back when nothing is in place; the student-facing
  // tutor is among them, and none is listed twice.
  await expect(later.locator('#consider-tutoring-assistant')).toHaveCount(1);
  await expect(page.locator('#consider-tutoring-assistant')).toHaveCount(1);
});

test('what is typed into the add-a-workflow form survives a reload until it is added', async ({ page }) => {
  await seedRecord(page, weakGovernanceRecord());
  await page.locator('#new-workflow-name').fill('Field trip permission reminders');
  await page.locator('#new-workflow-department').fill('Front office');
  await page.locator('#new-workflow-audience').selectOption({ label: 'Families' });
  await page.reload();
  await expect(page.locator('#new-workflow-name')).toHaveValue('Field trip permission reminders');
  await expect(page.locator('#new-workflow-department')).toHaveValue('Front office');
  await expect(page.locator('#new-workflow-audience option:checked')).toHaveText('Families');

  await page.getByRole('button', { name: 'Add workflow' }).click();
  await expect(page.locator('label[for="consider-custom-1"]')).toHaveText('Field trip permission reminders');
  await expect(page.locator('#new-workflow-name')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#new-workflow-name')).toHaveValue('');
  expect((await storedRecord(page)).workflows.draft).toBeUndefined();
});

test('a workflow of one\'s own can be edited and deleted, and its ratings go with it', async ({ page }) => {
  await seedRecord(page, weakGovernanceRecord());

  await page.locator('#new-workflow-name').fill('Substitute teacher briefings');
  await page.getByRole('button', { name: 'Add workflow' }).click();
  await rate(page, 'custom-1', [2, 2, 2, 2, 2]);
  await expect(page.locator('.ranking__item')).toHaveCount(1);

  const card = page.locator('li.workflow-card').filter({ has: page.locator('#consider-custom-1') });
  await card.getByRole('button', { name: 'Edit' }).click();
  await page.locator('#edit-custom-1-name').fill('Substitute teacher morning briefings');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('label[for="consider-custom-1"]')).toHaveText('Substitute teacher morning briefings');
  expect((await storedRecord(page)).workflows.custom[0].name).toBe('Substitute teacher morning briefings');
  await expect(page.locator('#rate-custom-1-Fit-2')).toBeChecked();

  await page.locator('li.workflow-card').filter({ has: page.locator('#consider-custom-1') }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#consider-custom-1')).toHaveCount(0);
  await expect(page.locator('.ranking__item')).toHaveCount(0);
  const stored = await storedRecord(page);
  expect(stored.workflows.custom).toEqual([]);
  expect(stored.workflows.considered).toEqual([]);
  expect(stored.workflows.ratings).toEqual({});
});
