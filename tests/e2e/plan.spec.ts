// plan.spec.ts — the pilot plan is drafted from the recommended workflow, edits persist, and it prints as a report.
import { execFileSync } from 'node:child_process';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { bank, expectNoHorizontalScroll, seedRecord, storedRecord } from './app';

function readyRecord(): string {
  const answers: Record<string, unknown> = {};
  for (const d of bank.dimensions) for (const item of d.items) answers[item.id] = { level: d.id === 'measurement' ? 1 : 3 };
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 2,
    edition: bank.edition,
    answers,
    notes: {},
    position: { screen: 'workflows', step: 0 },
    workflows: {
      considered: ['faq-drafting', 'newsletter-drafting'],
      ratings: {
        'faq-drafting': { common: 5, measurable: 5, safe_to_review: 4, pain: 4, fit: 4 },
        'newsletter-drafting': { common: 3, measurable: 3, safe_to_review: 4, pain: 3, fit: 4 },
      },
      custom: [],
      chosen: null,
    },
  });
}

test('the plan is drafted from the workflow, keeps every edit, and prints as a report', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await seedRecord(page, readyRecord());
  await page.locator('.start-here').getByRole('button', { name: 'Draft the pilot plan' }).click();
  await expect(page.locator('#plan-heading')).toBeFocused();
  await expect(page.locator('#plan-workflow')).toHaveValue(/family questions/i);
  await expect(page.locator('#plan-owner')).toHaveValue('Communications office: name the one person who owns this pilot day to day.');
  await expect(page.locator('#plan-reviewer')).toHaveValue(/every output/);

  const baseline = '6 minutes per reply (sample of 50 replies in March) <b>measured</b>';
  await page.locator('#plan-baseline').fill(baseline);
  await page.locator('#plan-owner').fill('Maria Lopez, communications director');
  await page.locator('#report-district').fill('Riverside Unified School District');
  await page.locator('#report-author').fill('Dana Ortiz, chief technology officer');
  await expect.poll(async () => (await storedRecord(page)).plan.fields.baseline).toBe(baseline);
  // As on the questionnaire, the plan says that what is typed is kept.
  await expect(page.locator('.plan .save-status')).toHaveText('Saved on this device');
  await expectNoAxeViolations(page, 'plan');
  await expectNoHorizontalScroll(page, 'plan');
  await saveScreenshot(page, testInfo, 'plan');

  await page.reload();
  await expect(page.locator('#plan-baseline')).toHaveValue(baseline);
  await expect(page.locator('#plan-owner')).toHaveValue('Maria Lopez, communications director');

  // Print to PDF exactly as "Print or save as PDF" would, then read the pages back.
  const pdf = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const expected of [
    'AI pilot plan and readiness report',
    'Prepared on this device',
    'Verdict',
    `Based on ${bank.dimensions.flatMap((d) => d.items).length} of ${bank.dimensions.flatMap((d) => d.items).length} answers`,
    'What you may pilot, by risk',
    'Low-risk workflows',
    'rules version 2',
    `questionnaire edition ${bank.edition}`,
    'Riverside Unified School District',
    'Prepared by Dana Ortiz, chief technology officer',
    'Evidence for the must-haves',
    'self-reported',
    'Scores by area',
    'Pilot plan',
    'Governance, decided before the pilot starts',
    'Maria Lopez, communications director',
    '6 minutes per reply',
  ]) {
    expect(pdfText, `the PDF should contain "${expected}"`).toContain(expected);
  }
  expect(pdfText).not.toContain('Download JSON');
  // An empty field the plan needs reads "Not decided yet"; an empty optional one is left out.
  expect(pdfText).toContain('Not decided yet');
  expect(pdfText).not.toContain('Second measure (optional)');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  // The results on the first page, the plan's 35 fields on the next two, the evidence as an
  // appendix.
  expect(pages, 'the report has four pages').toBe(4);
  const pdfPage = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']).toString();
  expect(pdfPage(1)).toContain('What you may pilot, by risk');
  expect(pdfPage(2)).toContain('Governance, decided before the pilot starts');
  expect(pdfPage(3)).toContain('Timeline');
  expect(pdfPage(4)).toContain('Evidence for the must-haves');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, testInfo.outputPath('plan-page')]);
});

test('a plan for a held-back kind of workflow says so at its top, and the printed report gives the reasons', async ({ page }, testInfo) => {
  // Strong answers, but outputs are not reviewed under a rule anyone checks, and the
  // tutoring assistant (student-facing, unreviewed) is chosen deliberately.
  const record = JSON.parse(readyRecord());
  record.answers['governance.output-review'] = { level: 2 };
  record.answers['measurement.success-measures'] = { level: 3 };
  record.workflows.considered.push('tutoring-assistant');
  record.workflows.ratings['tutoring-assistant'] = { common: 5, measurable: 5, safe_to_review: 5, pain: 5, fit: 5 };
  record.workflows.chosen = 'tutoring-assistant';
  record.position = { screen: 'plan', step: 0 };
  await seedRecord(page, JSON.stringify(record));
  await expect(page.locator('.plan__held-back')).toContainText('Your answers do not allow this kind of workflow as a first pilot yet (High-risk workflows)');

  const pdf = testInfo.outputPath('held-back.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const expected of [
    'Pilot one low-risk workflow, with conditions',
    'is answered "A written rule requires human review, but no one checks it is followed"',
    'Your answers do not allow this kind of workflow as a first pilot yet',
    'Based on',
    'rules version 2',
  ]) {
    expect(text, `the PDF should contain "${expected}"`).toContain(expected);
  }
});
