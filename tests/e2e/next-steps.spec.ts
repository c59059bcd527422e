// next-steps.spec.ts — on the results, the next actions sit right under the verdict: the
// first workflow, sending the result (the phone's share sheet, or a link and an email
// draft), and printing; strengths and gaps show three before "Show all".
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';
import { expectNoHorizontalScroll, fullAnswers, recordWith, seedRecord } from './app';

test('the first workflow is within a screen and a half of the top of the results', async ({ page }, testInfo) => {
  await seedRecord(page, recordWith(fullAnswers()));
  const choose = page.locator('.results-actions').getByRole('button', { name: 'Choose a first workflow' });
  await expect(choose).toBeVisible();
  const box = await choose.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box, 'the button has a box').not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height * 1.5);
  await expectNoAxeViolations(page, 'results with actions');
  await expectNoHorizontalScroll(page, 'results with actions');
  await saveScreenshot(page, testInfo, 'results-actions');
  await choose.click();
  await expect(page.locator('#workflows-heading')).toBeFocused();
});

test('"Send my result" opens the share sheet with the link where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData[] }).shared = [
          ...((window as unknown as { shared?: ShareData[] }).shared ?? []),
          data,
        ];
        return Promise.resolve();
      },
    });
  });
  await seedRecord(page, recordWith(fullAnswers()));
  await page.locator('.results-actions').getByRole('button', { name: 'Send my result' }).click();
  const shared = await page.waitForFunction(() => (window as unknown as { shared?: ShareData[] }).shared);
  const calls = (await shared.jsonValue()) as ShareData[];
  expect(calls).toHaveLength(1);
  expect(calls[0].url).toContain('#share=1.');
  expect(calls[0].title).toBe('My district AI readiness result');
  // Said with the link too, as many apps drop the title.
  expect(calls[0].text).toMatch(/^Our district's AI readiness check: .+\.$/);
  // Nothing else to do: no fallback message.
  await expect(page.getByText('This browser has no share menu')).toHaveCount(0);
});

test('without a share sheet, "Send my result" leads to the link, its copy button and an email draft', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  });
  await seedRecord(page, recordWith(fullAnswers()));
  await page.locator('.results-actions').getByRole('button', { name: 'Send my result' }).click();
  // Right under the button: the link, focused, its copy button and an email draft.
  await expect(page.getByText('This browser has no share menu')).toBeVisible();
  const link = page.locator('#send-link');
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await expect(link).toHaveValue(/#share=1\./);
  const email = page.locator('.send-fallback').getByRole('link', { name: 'Email it to myself' });
  await expect(page.locator('.send-fallback').getByRole('button', { name: 'Copy link' })).toBeInViewport();
  await expect(email).toHaveAttribute('href', /^mailto:\?subject=My%20district%20AI%20readiness%20result&body=http.*%23share%3D1\./);
});

test('strengths and gaps show three, and the rest on request', async ({ page }) => {
  await seedRecord(page, recordWith(fullAnswers()));
  const gaps = page.locator('section[aria-labelledby="gaps-heading"]');
  await expect(gaps.locator('.answer-list li')).toHaveCount(3);
  const more = gaps.getByRole('button', { name: /^Show all \d+$/ });
  const total = Number((await more.textContent())?.replace(/\D/g, ''));
  await more.click();
  await expect(gaps.locator('.answer-list li')).toHaveCount(total);
});

test('"Send my answers as a file" gives the share sheet the file the importer reads', async ({ page }) => {
  await page.addInitScript(() => {
    type Sent = { name: string; type: string; text: string };
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data: ShareData) => Array.isArray(data?.files),
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        const files = await Promise.all((data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
        (window as unknown as { sent: Sent[] }).sent = files;
      },
    });
  });
  await seedRecord(page, recordWith(fullAnswers()));
  await page.getByRole('button', { name: 'Send my answers as a file' }).click();
  const sent = (await (await page.waitForFunction(() => (window as unknown as { sent?: unknown }).sent)).jsonValue()) as {
    name: string;
    type: string;
    text: string;
  }[];
  expect(sent).toHaveLength(1);
  expect(sent[0].name).toMatch(/^district-ai-readiness-\d{4}-\d{2}-\d{2}\.json$/);
  expect(sent[0].type).toBe('application/json');
  const record = JSON.parse(sent[0].text);
  expect(record.app).toBe('district-ai-readiness');
  expect(Object.keys(record.answers)).toHaveLength(Object.keys(fullAnswers()).length);
  await expect(page.getByText('the file was downloaded instead')).toHaveCount(0);
});

test('where the browser cannot send files, "Send my answers as a file" downloads it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  });
  await seedRecord(page, recordWith(fullAnswers()));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Send my answers as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByText('This browser cannot send files, so the file was downloaded instead.')).toBeVisible();
});
