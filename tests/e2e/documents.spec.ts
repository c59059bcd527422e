// documents.spec.ts — documents leaders can edit: the report downloads as a Word document
// that LibreOffice opens with its headings, lists and tables, and copies to the clipboard
// as HTML that a word processor pastes with its formatting. Typed text stays text.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures';
import { bank, fullAnswers, seedRecord } from './app';

/** Results for every question answered, with a district whose name looks like markup. */
function record(): string {
  return JSON.stringify({
    app: 'district-ai-readiness',
    schema_version: 5,
    edition: bank.edition,
    answers: fullAnswers(),
    position: { screen: 'results', step: 0 },
    report: { district: 'Lakeside <b>Unified</b>', prepared_by: 'Office of the Superintendent' },
    plan: { drafted_for: null, fields: { owner: 'Director of Communications' } },
  });
}

test('the report downloads as a Word document that opens with its headings and tables', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the file is the same on a phone');
  // LibreOffice's first start makes its profile: slow on a busy machine.
  test.setTimeout(180_000);
  await seedRecord(page, record());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Word document (report)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^district-ai-readiness-\d{4}-\d{2}-\d{2}\.docx$/);
  const docx = testInfo.outputPath('report.docx');
  mkdirSync(dirname(docx), { recursive: true });
  copyFileSync(await download.path(), docx);

  // LibreOffice opens it: as text (every heading and cell in order) and as a PDF.
  const out = testInfo.outputPath('converted');
  const office = (format: string) =>
    execFileSync('soffice', [
      `-env:UserInstallation=file://${testInfo.outputPath('lo-profile')}`,
      '--headless', '--convert-to', format, '--outdir', out, docx,
    ], { timeout: 120_000 });
  office('txt:Text');
  const text = readFileSync(join(out, 'report.txt'), 'utf8');
  for (const expected of [
    'AI pilot plan and readiness report',
    'Lakeside <b>Unified</b>',
    'Verdict',
    'Your next steps',
    'Scores by area',
    bank.dimensions[0].title,
    'Pilot plan',
    'Director of Communications',
  ]) {
    expect(text, `the document should contain "${expected}"`).toContain(expected);
  }
  office('pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, 'report.pdf')]).toString())?.[1]);
  expect(pages).toBeGreaterThan(1);
});

test('the report copies as formatted text a word processor pastes with its structure', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the clipboard is the same on a phone');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedRecord(page, record());
  await page.getByRole('button', { name: 'Copy the report as formatted text' }).click();
  await expect(page.locator('.data-panel__copied')).toHaveText(
    'Copied with its headings, lists and tables: paste it into Word or Google Docs.',
  );
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item.types,
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(copied.html).toContain('<h1>AI pilot plan and readiness report</h1>');
  expect(copied.html).toMatch(/<ol><li><strong>/);
  expect(copied.html).toContain('<table');
  // What was typed is text, never markup.
  expect(copied.html).toContain('Lakeside &lt;b&gt;Unified&lt;/b&gt;');
  expect(copied.html).not.toContain('<b>Unified</b>');
  expect(copied.text).toContain('Lakeside <b>Unified</b>');
});
