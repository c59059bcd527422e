// team.spec.ts — leadership team mode: members' links pasted at once and files opened, a bad
// link named, where the team disagrees, a disputed must-have, kept over a reload.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { allItems, expectNoHorizontalScroll, recordWith, seedRecord, storedRecord } from './app';

/** One member's answers: every question at `level`, with some changed. */
function answersAt(level: number, changed: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...Object.fromEntries(allItems.map((i) => [i.id, { level }])), ...changed };
}

/** The share link the app makes for these answers (read from its own share panel). */
async function linkFor(page: Page, answers: Record<string, unknown>): Promise<string> {
  await seedRecord(page, recordWith(answers));
  return page.locator('#share-link').inputValue();
}

test('a facilitator adds three members in one paste and a file, and sees where they disagree', async ({ page }, testInfo) => {
  const privacy = 'data-privacy.privacy-standards';
  const links = [
    await linkFor(page, answersAt(4)),
    await linkFor(page, answersAt(2, { [privacy]: 'not_sure' })),
    await linkFor(page, answersAt(3, { 'governance.bias-review': { level: 0 } })),
  ];
  // The facilitator's own answers, which merging never touches.
  await seedRecord(page, recordWith(answersAt(1), 'welcome'));
  await page.getByRole('button', { name: /Leading a team\? Merge everyone/ }).click();
  await expect(page.locator('#team-heading')).toBeFocused();

  const pasted = `Here are ours:\n${links[0]}\n${links[1]} (from Ana)\n${links[2].slice(0, 40)}\nand ${links[2]}.`;
  await page.locator('#team-links').fill(pasted);
  await page.getByRole('button', { name: 'Add members from these links' }).click();
  const outcomes = page.locator('#team-outcomes li');
  await expect(outcomes).toHaveText([
    'Link 1: added as Member 1.',
    'Link 2: added as Member 2.',
    /^Link 3: This share link is incomplete or damaged/,
    'Link 4: added as Member 3.',
  ]);
  await expect(page.locator('#team-links')).toHaveValue('');

  // A file: one member's JSON export, and the same answers again as a duplicate.
  const file = (answers: Record<string, unknown>, name: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'district-ai-readiness', schema_version: 2, answers })),
  });
  await page.locator('.team input[type=file]').setInputFiles([
    file(answersAt(0), 'principal.json'),
    file(answersAt(4), 'copy-of-member-1.json'),
  ]);
  await expect(outcomes).toHaveText([
    'principal.json: added as Member 4.',
    'copy-of-member-1.json: the same answers as Member 1, so not added again.',
  ]);
  await expect(page.locator('.team-member')).toHaveCount(4);

  // Labels are the facilitator's to edit.
  await page.locator('#team-label-0').fill('Technology director');
  await page.locator('#team-label-0').press('Tab');

  // The privacy must-have: one member is not sure while others meet it — disputed, and it
  // holds the team's every tier back.
  await expect(page.locator('.team-disputed')).toContainText('Must every AI provider sign a data agreement');
  // …with the level its tiers need and who falls short of it.
  const privacyDispute = page.locator('.team-disputed > li', { hasText: 'Must every AI provider sign a data agreement' });
  await expect(privacyDispute.locator('.team-short-of.screen-only')).toHaveText(/^A must-have: the tiers need at least level 1, “.+”\. Below it or not sure: Member 2, Member 4\.$/);
  await expect(page.locator('.team-merged .ladder__status').first()).toHaveText('Not yet');
  // "Discuss first": the widest spread, with who answered what.
  const first = page.locator('.team-discuss__item').first();
  await expect(first).toContainText('levels 4 apart');
  // One line per answer given, in the level's own words, lowest first.
  await expect(first.locator('.team-who li').first()).toHaveText(/^Level 0: .+ — Member 4$/);
  await expect(first.locator('.team-who li').nth(2)).toHaveText(/^Level 4: .+ — Technology director$/);
  await expect(first.locator('.team-who li').last()).toHaveText('Not sure — Member 2');
  await expect(page.locator('.team-areas tbody tr')).toHaveCount(10);
  // The strip chart: a dot per member in every area, and the median.
  await expect(page.locator('svg.strip__svg .strip__dot')).toHaveCount(40);
  await expect(page.locator('svg.strip__svg .strip__median')).toHaveCount(10);
  // The team's table as CSV: a column per member.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download the team's table (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^district-ai-readiness-team-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('Area,Item id,Question,Technology director,Member 2,Member 3,Member 4,Team answer,Spread (levels),Not sure,Disputed must-have');
  const [guide] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the guide (Markdown)' }).click(),
  ]);
  const markdown = await (await import('node:fs/promises')).readFile((await guide.path())!, 'utf8');
  expect(markdown).toContain('## Disputed must-haves');
  await expectNoAxeViolations(page, 'team');
  await expectNoHorizontalScroll(page, 'team');
  await saveScreenshot(page, testInfo, 'team');

  // On paper: the discussion guide, at most two pages, without the forms.
  const pdf = testInfo.outputPath('team.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const expected of [
    'Leadership team discussion guide: AI readiness',
    'members: Technology director, Member 2, Member 3, Member 4',
    "The team's verdict",
    'Disputed must-haves',
    'Discuss first',
    'Level 0: Member 4 · Level 3: Member 3 · Level 4: Technology director · Not sure: Member 2',
    'Needs level 1 or higher; below it or not sure: Member 2, Member 4.',
  ]) {
    expect(pdfText, `the guide should contain "${expected}"`).toContain(expected);
  }
  expect(pdfText).not.toContain('Add members from these links');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  expect(pages, 'the guide fits two pages').toBeLessThanOrEqual(2);

  // Kept over a reload; the facilitator's own answers untouched; removing one member.
  await page.reload();
  await expect(page.locator('.team-member')).toHaveCount(4);
  await expect(page.locator('#team-label-0')).toHaveValue('Technology director');
  const stored = await storedRecord(page);
  expect(stored.schema_version).toBe(5);
  expect(stored.team.map((m: { label: string }) => m.label)).toEqual(['Technology director', 'Member 2', 'Member 3', 'Member 4']);
  expect(stored.answers[allItems[0].id]).toEqual({ level: 1 });
  await page.getByRole('button', { name: 'Remove Member 4' }).click();
  await expect(page.locator('.team-member')).toHaveCount(3);
  expect((await storedRecord(page)).team).toHaveLength(3);

  // The team's answers become this device's own only after a preview and a confirmation,
  // the replaced ones kept as a dated snapshot.
  // Item by item: every differing question is listed, ticked; one is unticked to keep it.
  await page.getByRole('button', { name: "Use the team's answers" }).click();
  await expect(page.locator('#team-adopt-warning')).toBeFocused();
  await expect(page.locator('#team-adopt-warning')).toContainText(`differ from this device's on ${allItems.length} questions`);
  const rows = page.locator('.team-adopt li');
  await expect(rows).toHaveCount(allItems.length);
  await expect(rows.nth(1)).toContainText(/Yours: Level 1: .+ · the team's: Level 3: /);
  await rows.nth(2).getByRole('checkbox').uncheck();
  await page.getByRole('button', { name: `Use the team's answer for ${allItems.length - 1} questions` }).click();
  await expect(page.locator('#results-heading')).toBeFocused();
  const adopted = await storedRecord(page);
  expect(adopted.snapshots).toHaveLength(1);
  expect(adopted.snapshots[0].answers[allItems[0].id]).toEqual({ level: 1 });
  // The lower middle of 4, 2 and 3: 3; the privacy must-have at its lowest, "Not sure";
  // the unticked question keeps this device's answer.
  expect(adopted.answers[allItems[1].id]).toEqual({ level: 3 });
  expect(adopted.answers[allItems[2].id]).toEqual({ level: 1 });
  expect(adopted.answers['data-privacy.privacy-standards']).toBe('not_sure');
  expect(adopted.team).toHaveLength(3);
});

test('pasting text with no links says so and adds no one', async ({ page }) => {
  await seedRecord(page, recordWith(answersAt(2), 'team'));
  await expect(page.locator('#team-heading')).toBeVisible();
  await page.locator('#team-links').fill('See you at the cabinet meeting on Tuesday.');
  await page.getByRole('button', { name: 'Add members from these links' }).click();
  await expect(page.locator('#team-outcomes li')).toHaveText([/^No share links were found in what was pasted\./]);
  await expect(page.locator('.team-member')).toHaveCount(0);

  // A member's file dropped on the form is added like one chosen.
  await page.locator('.team-add').evaluate((target, answers) => {
    const transfer = new DataTransfer();
    const json = JSON.stringify({ app: 'district-ai-readiness', schema_version: 2, answers });
    transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, answersAt(3));
  await expect(page.locator('#team-outcomes li')).toHaveText(['dropped.json: added as Member 1.']);
  await expect(page.locator('.team-member')).toHaveCount(1);
});
