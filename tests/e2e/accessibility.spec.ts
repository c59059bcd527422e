// accessibility.spec.ts — beyond axe: what a screen reader is given for the charts, read
// from Chromium's accessibility tree in order; every screen in forced-colours mode
// (Windows high contrast), with screenshots to look at; and the printed report as a tagged
// PDF whose structure keeps its headings in reading order.
import { execFileSync } from 'node:child_process';
import { test, expect, saveScreenshot } from './fixtures';
import { bank, fullAnswers, recordWith, seedRecord } from './app';

test('the radar chart reads as one image with its description, then a table of every area in order', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'on a phone the table alone stands in for the chart');
  await seedRecord(page, recordWith(fullAnswers()));
  const chart = page.locator('figure.radar');
  await expect(chart).toMatchAriaSnapshot(`
    - figure:
      - img "Radar chart of readiness scores by area Each spoke is one area, scored from 0 at the centre to 100 at the edge. The same scores are in the table."
  `);
  const table = page.locator('table.score-table--areas');
  const snapshot = await table.ariaSnapshot();
  // Every area, in the order of the questions, as a row header a screen reader announces
  // before the area's score, level and answers.
  let from = 0;
  for (const dimension of bank.dimensions) {
    const at = snapshot.indexOf(`rowheader "${dimension.title}"`, from);
    expect(at, `${dimension.title} after the area before it`).toBeGreaterThan(from - 1);
    from = at;
  }
  expect(snapshot).toContain('columnheader "Area"');
  // The bars drawn in the cells are hidden from it: the numbers say it.
  expect(snapshot).not.toContain('score-bar');
});

test('the ranking chart and the team chart read as an image with its description, then their table', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the same markup on a phone');
  const rated = { common: 4, measurable: 4, safe_to_review: 5, pain: 3, fit: 4 };
  const record = JSON.parse(recordWith(fullAnswers(), 'workflows'));
  record.schema_version = 5;
  record.workflows = {
    considered: ['faq-drafting', 'newsletter-drafting'],
    ratings: { 'faq-drafting': rated, 'newsletter-drafting': { ...rated, pain: 5 } },
    custom: [],
    chosen: null,
  };
  record.team = [
    { label: 'Technology director', answers: fullAnswers() },
    { label: 'Curriculum lead', answers: {} },
  ];
  await seedRecord(page, JSON.stringify(record));
  const scatter = page.locator('svg.scatter__svg');
  await expect(scatter).toHaveAttribute('role', 'img');
  await expect(scatter).toHaveAccessibleName(/^Chart of value against risk for each rated workflow/);
  await expect(scatter).toHaveAccessibleName(/The same figures are in the table\.$/);
  const ranking = await page.locator('table.score-table').first().ariaSnapshot();
  expect(ranking).toContain('table');
  expect(ranking.match(/- row /g)?.length ?? 0).toBeGreaterThanOrEqual(3);

  record.position.screen = 'team';
  await seedRecord(page, JSON.stringify(record));
  const strip = page.locator('svg.strip__svg');
  await expect(strip).toHaveAttribute('role', 'img');
  await expect(strip).toHaveAccessibleName(/^Each area's scores across the team/);
  const areas = await page.locator('table.team-areas').ariaSnapshot();
  let from = 0;
  for (const dimension of bank.dimensions) {
    const at = areas.indexOf(dimension.title, from);
    expect(at, `${dimension.title} in order in the team's table`).toBeGreaterThan(from - 1);
    from = at;
  }
});

for (const [screen, heading] of [
  ['welcome', '#welcome-heading'],
  ['questions', '#step-heading'],
  ['results', '#results-heading'],
  ['workflows', '#workflows-heading'],
  ['plan', '#plan-heading'],
  ['estimate', '#estimate-heading'],
  ['guidance', '#guidance-heading'],
  ['vendors', '#vendors-heading'],
  ['team', '#team-heading'],
] as const) {
  test(`the ${screen} screen works in forced-colours mode`, async ({ page }, testInfo) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await seedRecord(page, recordWith(fullAnswers(), screen));
    await expect(page.locator(heading)).toBeVisible();
    // The system's colours replace the page's: text stays readable (not transparent)
    // and buttons keep a visible border (or a link's underline), as the forced palette
    // draws them.
    const checks = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null);
      // A button drawn as a link says so by its underline instead.
      const borderless = buttons.filter((b) => {
        const style = getComputedStyle(b);
        return parseFloat(style.borderTopWidth) === 0 && !style.textDecorationLine.includes('underline');
      });
      const body = getComputedStyle(document.body);
      return { buttons: buttons.length, borderless: borderless.map((b) => b.textContent?.trim()), color: body.color };
    });
    expect(checks.buttons).toBeGreaterThan(0);
    expect(checks.borderless).toEqual([]);
    expect(checks.color).not.toBe('rgba(0, 0, 0, 0)');
    if (screen === 'questions') {
      // The chosen answer is marked by more than colour.
      const choice = page.locator('fieldset.item').first().locator('.choice').nth(2);
      await choice.click();
      await expect(choice).toHaveCSS('border-top-width', '2px');
    }
    await saveScreenshot(page, testInfo, `forced-colours-${screen}`);
  });
}

test('the printed report is a tagged PDF whose headings keep their order', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'printing is the same from a phone');
  await seedRecord(page, recordWith(fullAnswers(), 'plan'));
  await expect(page.locator('#plan-heading')).toBeVisible();
  const pdf = testInfo.outputPath('report.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true, tagged: true, outline: true });
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Tagged:\s+yes/);
  // poppler names the structure element of each text, then the text a line or two below.
  const structure = execFileSync('pdfinfo', ['-struct-text', pdf], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .split('\n');
  // The report's headings, as heading elements, in the order they are printed.
  const headings: string[] = [];
  structure.forEach((line, i) => {
    const level = /^\s*(H[1-6]) \(block\)/.exec(line)?.[1];
    const text = structure.slice(i + 1, i + 4).map((l) => /^\s*"(.*)"\s*$/.exec(l)?.[1]).find((t) => t !== undefined);
    if (level && text) headings.push(`${level} ${text.trim()}`);
  });
  const wanted = ['H1 AI pilot plan and readiness report', 'H2 Verdict', 'H2 Your next steps', 'H2 Scores by area', 'H2 Pilot plan'];
  let from = -1;
  for (const heading of wanted) {
    const at = headings.findIndex((h, i) => i > from && h.startsWith(heading));
    expect(at, `${heading} in order, in ${headings.join(' | ')}`).toBeGreaterThan(from);
    from = at;
  }
});
