// csp.spec.ts — the whole suite runs under the strict Content-Security-Policy; this proves the policy
// is really sent and enforced, and that the built page needs no inline script or style.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { CONTENT_SECURITY_POLICY } from './csp-policy.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');

test.describe('under the strict policy', () => {
  test.use({ allowedConsoleErrors: [/violates the following Content Security Policy directive/] });

  test('the policy is sent with the page and blocks inline script', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await expect(page.locator('#welcome-heading')).toBeVisible();
    // The app itself runs; an injected inline script does not.
    await expect(page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});

test('the built pages carry no inline script, inline style or style attribute', async ({ browser }) => {
  // Read as the browser parses them, scripts off: markup shown as text (the embed page's
  // snippets) is text, not an attribute.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const name of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    await page.setContent(readFileSync(join(dist, name), 'utf8'));
    const inline = await page.locator('script:not([src]), style, [style]').evaluateAll((found) => found.map((e) => e.outerHTML.slice(0, 80)));
    expect(inline, name).toEqual([]);
  }
  await context.close();
});
