// board.spec.ts — the printed board packet: a one-page summary first (who, when, which
// rules; the verdict and its ladder; the next steps; the scores by area), then the
// appendices, at Letter and at A4, checked by printing to PDF and reading it back.
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { bank, fullAnswers, seedRecord } from './app';

const record = JSON.stringify({
  app: 'district-ai-readiness',
  schema_version: 5,
  edition: bank.edition,
  answers: fullAnswers(),
  position: { screen: 'plan', step: 0 },
  report: { district: 'Lakeside Unified School District', prepared_by: 'Office of the Superintendent' },
  plan: { drafted_for: null, fields: { owner: 'Director of Communications' } },
});

for (const format of ['Letter', 'A4'] as const) {
  test(`the summary fits the first page at ${format}, and the appendices follow`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'printing is the same from a phone');
    await seedRecord(page, record);
    await expect(page.locator('#plan-heading')).toBeVisible();
    const pdf = testInfo.outputPath(`board-${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: true });
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']).toString().replace(/\s+/g, ' ');
    const first = pageText(1);
    for (const expected of [
      'AI pilot plan and readiness report',
      'Lakeside Unified School District',
      'Office of the Superintendent',
      `questionnaire edition ${bank.edition}`,
      "rules version",
      'Verdict',
      'What you may pilot, by risk',
      'Your next steps',
      'Scores by area',
    ]) {
      expect(first, `page 1 (${format}) should hold "${expected}"`).toContain(expected);
    }
    expect(first).not.toContain('Pilot plan');
    expect(pageText(2)).toContain('Pilot plan');
    // The appendices: what holds each kind back, then every area in detail.
    const all = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    const reasons = all.indexOf('Appendix: what holds each kind of workflow back');
    const areas = all.indexOf('Appendix: details by area');
    expect(reasons).toBeGreaterThan(all.indexOf('Pilot plan'));
    expect(areas).toBeGreaterThan(reasons);
    for (const dimension of bank.dimensions) expect(all.slice(areas)).toContain(dimension.title);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`board-${format}`)]);
  });
}
