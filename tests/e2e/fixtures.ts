// fixtures.ts — shared `test`/`expect` with automatic network + console guards, plus axe and screenshot helpers.
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Another site's origin: serves tests/e2e/host/, pages that embed the app (see playwright.config.ts). */
export const HOST_ORIGIN = 'http://127.0.0.1:4174';

type Options = {
  /** Console-error texts a test expects and tolerates (default: none). Use `test.use({ allowedConsoleErrors: [/…/] })`. */
  allowedConsoleErrors: RegExp[];
};

type Guards = {
  /** Auto fixture: fails the test on foreign-origin requests, console errors and page errors. */
  guards: void;
};

export const test = base.extend<Options & Guards>({
  allowedConsoleErrors: [[], { option: true }],

  guards: [
    async ({ context, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      // The app's origin, and the other site that embeds it in embed.spec.ts.
      const origins = [origin, HOST_ORIGIN];
      const isAllowed = (url: string): boolean =>
        url.startsWith('data:') || url.startsWith('blob:') || origins.includes(new URL(url).origin);

      const foreign: string[] = [];
      const errors: string[] = [];

      context.on('request', (req) => {
        if (!isAllowed(req.url())) foreign.push(`${req.method()} ${req.url()}`);
      });
      // Never let a foreign request actually leave the machine (HTTP ones are still recorded above).
      await context.route((url) => !isAllowed(url.href), (route) => route.abort('blockedbyclient'));
      await context.routeWebSocket(
        (url) => !isAllowed(url.href.replace(/^ws/, 'http')),
        (ws) => {
          foreign.push(`WEBSOCKET ${ws.url()}`);
          void ws.close();
        },
      );

      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const loc = msg.location();
        errors.push(`console.error: ${text}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      });
      context.on('weberror', (err) => errors.push(`pageerror: ${err.error().stack ?? err.error().message}`));

      await use();

      const problems: string[] = [];
      if (foreign.length) problems.push(`Requests to origins other than ${origins.join(' and ')}:\n  ${foreign.join('\n  ')}`);
      if (errors.length) problems.push(`Console/page errors:\n  ${errors.join('\n  ')}`);
      if (problems.length) throw new Error(problems.join('\n'));
    },
    { auto: true },
  ],
});

export { expect };

let axeSource: string | undefined;

/** Runs axe-core on the page as it is now: every WCAG 2.0/2.1 A and AA rule and axe's best practices. */
async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not as an inline <script>, so the page's strict
  // Content-Security-Policy stays in force for the app itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // `axe` is the global that axe.min.js defines.
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<any> } }).axe;
    const res = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return (res.violations as any[]).map((v) => ({
      id: v.id as string,
      impact: v.impact as string | null,
      help: v.help as string,
      targets: (v.nodes as any[]).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/**
 * Fails on any axe-core violation, of any severity, in the light and then the dark colour
 * scheme (the page is put back to light afterwards).
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await axeViolations(page);
    const report = violations
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
      .join('\n');
    expect(violations.map((v) => v.id), `axe violations on "${label}" (${colorScheme}):\n${report}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Writes a full-page PNG to tests/e2e/screenshots/<project>-<name>.png and attaches it to the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const dir = join(here, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${testInfo.project.name}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}
