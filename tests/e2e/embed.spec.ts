// embed.spec.ts — the embeddable widget: another site (port 4174) embeds the app (port 4173) with embed.js; the
// iframe follows the content's height, the host cannot read the answers, options are validated, embed.html works.
import type { Frame, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, saveScreenshot, HOST_ORIGIN } from './fixtures';
import { allItems, expectNoHorizontalScroll, RECORD_KEY } from './app';

const APP_ORIGIN = 'http://127.0.0.1:4173';
const WARNING = /^district-ai-readiness embed: ignoring data-/;

/** The WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Opens a host page and waits for the embedded check to render its first screen. */
async function openHost(page: Page, path = '/'): Promise<Frame> {
  await page.goto(`${HOST_ORIGIN}${path}`);
  const iframe = page.locator('[data-readiness-widget] iframe');
  await expect(iframe).toHaveCount(1);
  await expect(page.frameLocator('[data-readiness-widget] iframe').locator('h1').first()).toBeVisible();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the widget has no frame');
  return frame;
}

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('[data-readiness-widget] iframe').first().evaluate((f) => f.getBoundingClientRect().height);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { iframe, content };
}

/** Waits until the iframe is as tall as its content (within 2 px) and returns that height. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.content);
    })
    .toBeLessThanOrEqual(2);
  return (await heights(page, frame)).iframe;
}

test('the widget is an iframe of the app in compact mode, on another origin', async ({ page }, testInfo) => {
  const requests: { url: string; method: string; cookie?: string }[] = [];
  page.context().on('request', (r) => requests.push({ url: r.url(), method: r.method(), cookie: r.headers()['cookie'] }));

  const frame = await openHost(page);
  const iframe = page.locator('[data-readiness-widget] iframe');
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1`);
  await expect(iframe).toHaveAttribute('title', 'District AI readiness check');
  expect(new URL(frame.url()).origin).toBe(APP_ORIGIN);

  // Compact: no site header, footer or skip link; the root says it is embedded.
  const inside = page.frameLocator('[data-readiness-widget] iframe');
  await expect(inside.locator('#welcome-heading')).toBeVisible();
  await expect(inside.locator('.site-header, .site-footer, .skip-link')).toHaveCount(0);
  expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(true);

  // The host page's text after the widget sits right below the iframe: no overlap, no gap.
  await settledHeight(page, frame);
  const [frameBox, after] = await Promise.all([iframe.boundingBox(), page.locator('#after-widget').boundingBox()]);
  expect(after!.y).toBeGreaterThanOrEqual(frameBox!.y + frameBox!.height);
  expect(after!.y - (frameBox!.y + frameBox!.height)).toBeLessThan(40);

  await saveScreenshot(page, testInfo, 'embed-host-welcome');

  // Only the two origins were asked for anything, only with GET, and never with a cookie.
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect([APP_ORIGIN, HOST_ORIGIN]).toContain(new URL(r.url).origin);
    expect(r.method, r.url).toBe('GET');
    expect(r.cookie, r.url).toBeUndefined();
  }
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await frame.evaluate(() => document.cookie)).toBe('');
});

test('the iframe grows and shrinks with the content as the visitor moves between screens', async ({ page }, testInfo) => {
  const frame = await openHost(page);
  const inside = page.frameLocator('[data-readiness-widget] iframe');

  const welcome = await settledHeight(page, frame);
  expect(welcome).not.toBe(600); // No longer the initial height embed.js gives it.

  await inside.getByRole('button', { name: /^Start the full check/ }).click();
  await expect(inside.locator('#step-heading')).toBeVisible();
  const firstStep = await settledHeight(page, frame);
  expect(firstStep).toBeGreaterThan(welcome + 200);
  await saveScreenshot(page, testInfo, 'embed-host-question');

  // Unfolding the note box of every question grows the step without a screen change.
  for (const summary of await inside.locator('.item__note > summary').all()) await summary.click();
  const withHelp = await settledHeight(page, frame);
  expect(withHelp).toBeGreaterThan(firstStep);

  await inside.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(inside.locator('#welcome-heading')).toBeVisible();
  const welcomeAgain = await settledHeight(page, frame);
  expect(welcomeAgain).toBeLessThan(withHelp - 200);
  expect(Math.abs(welcomeAgain - welcome)).toBeLessThanOrEqual(2);
});

test('each of two widgets on a page follows its own content, even with embed.js included twice', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/two.html`);
  await expect(page.locator('#first iframe')).toHaveCount(1);
  await expect(page.locator('#second iframe')).toHaveCount(1);
  const first = page.frameLocator('#first iframe');
  const second = page.frameLocator('#second iframe');
  await expect(first.locator('#welcome-heading')).toBeVisible();
  await expect(second.locator('#welcome-heading')).toBeVisible();
  const height = (id: string) => page.locator(`#${id} iframe`).evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(() => height('first')).not.toBe(600);
  await expect.poll(() => height('second')).not.toBe(600);
  const secondBefore = await height('second');

  await first.getByRole('button', { name: /^Start the full check/ }).click();
  await expect(first.locator('#step-heading')).toBeVisible();
  await expect.poll(() => height('first')).toBeGreaterThan(secondBefore + 200);
  expect(await height('second')).toBe(secondBefore);
});

test('the host page cannot read the answers given in the widget', async ({ page }) => {
  const frame = await openHost(page);
  const inside = page.frameLocator('[data-readiness-widget] iframe');
  await inside.getByRole('button', { name: /^Start the full check/ }).click();
  const first = allItems[0];
  await inside.locator(`input[name="${first.id}"]`).nth(3).check();
  await expect(inside.locator('.save-status')).toContainText('Saved on this device');

  // Inside the frame the answer is stored (in storage partitioned for this host)...
  const stored = await frame.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  expect(JSON.parse(stored ?? '{}').answers?.[first.id]).toEqual({ level: 3 });

  // ...and the host page can reach neither the frame's document nor its storage, nor find it in its own.
  const seenByHost = await page.evaluate((key) => {
    const iframe = document.querySelector<HTMLIFrameElement>('[data-readiness-widget] iframe')!;
    let storage: string;
    try {
      storage = String(iframe.contentWindow!.localStorage.getItem(key));
    } catch (e) {
      storage = `blocked: ${(e as DOMException).name}`;
    }
    let documentText: string;
    try {
      documentText = String(iframe.contentDocument?.body.textContent ?? null);
    } catch (e) {
      documentText = `blocked: ${(e as DOMException).name}`;
    }
    return { storage, documentText, ownStorage: localStorage.getItem(key), ownKeys: localStorage.length };
  }, RECORD_KEY);
  expect(seenByHost).toEqual({ storage: 'blocked: SecurityError', documentText: 'null', ownStorage: null, ownKeys: 0 });
});

test('embed.js takes only well-formed height messages from its own iframe', async ({ page }) => {
  const frame = await openHost(page);
  const iframe = page.locator('[data-readiness-widget] iframe');
  const height = await settledHeight(page, frame);
  const type = 'district-ai-readiness:height';
  // Every height the iframe is given from now on.
  await iframe.evaluate((f) => {
    const seen: string[] = ((window as any).heightsSet = []);
    new MutationObserver(() => seen.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
  });

  // From the app's origin but with the wrong shape: all ignored.
  await frame.evaluate((type) => {
    for (const message of [
      { type, height: '50' },
      { type, height: Number.NaN },
      { type, height: Infinity },
      { type, height: -5 },
      { type, height: 0 },
      { type, height: 100001 },
      { type: 'other', height: 300 },
      [type, 300],
      `${type}:300`,
      null,
    ]) {
      parent.postMessage(message, '*');
    }
  }, type);
  // From the host's own origin, well formed: ignored too.
  await page.evaluate((type) => window.postMessage({ type, height: 123 }, '*'), type);
  // A message the widget does accept, sent last, proves the ones before had their chance:
  // it is the only one that changed the height.
  await frame.evaluate((type) => parent.postMessage({ type, height: 333.2 }, '*'), type);
  await expect.poll(() => iframe.evaluate((f) => f.style.height)).toBe('334px');
  expect(await page.evaluate(() => (window as any).heightsSet)).toEqual(['334px']);

  // The right window and shape, but the wrong origin: the iframe navigated to a page of the host's origin.
  await page.evaluate(() => {
    const received: unknown[] = ((window as any).messagesReceived = []);
    window.addEventListener('message', (e) => received.push(e.data)); // after embed.js's own listener
  });
  await iframe.evaluate((f: HTMLIFrameElement, url) => (f.src = url), `${HOST_ORIGIN}/forged-height.html`);
  await expect.poll(() => page.evaluate(() => (window as any).messagesReceived.length)).toBe(1);
  expect(await page.evaluate(() => (window as any).heightsSet)).toEqual(['334px']);

  expect(height).toBeGreaterThan(0);
});

test('valid options reach the app; invalid ones are ignored with a warning', async ({ page }, testInfo) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && WARNING.test(m.text())) warnings.push(m.text());
  });
  await page.emulateMedia({ colorScheme: 'light' });

  // Valid: accent (any case), dark theme, mode.
  let frame = await openHost(page, '/options.html');
  let iframe = page.locator('[data-readiness-widget] iframe');
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1&accent=%237A2E8E&theme=dark&mode=full`);
  const themed = await frame.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return {
      theme: document.documentElement.getAttribute('data-theme'),
      accent: root.getPropertyValue('--accent').trim(),
      background: getComputedStyle(document.body).backgroundColor,
      button: getComputedStyle(document.querySelector('.button--primary')!).backgroundColor,
      textShade: root.getPropertyValue('--accent-strong').trim(),
      surface: root.getPropertyValue('--surface').trim(),
    };
  });
  expect(themed).toMatchObject({
    theme: 'dark',
    accent: '#7a2e8e',
    background: 'rgb(18, 22, 27)', // dark --bg, although the system prefers light
    button: 'rgb(122, 46, 142)',
  });
  // Text in the accent's colour is lightened until it reads on the dark surface (WCAG AA).
  expect(themed.textShade).not.toBe('#7a2e8e');
  expect(contrast(themed.textShade, themed.surface)).toBeGreaterThanOrEqual(4.5);
  await settledHeight(page, frame);
  await saveScreenshot(page, testInfo, 'embed-host-dark-accent');
  expect(warnings).toEqual([]);

  // Invalid: each is dropped with a warning naming it; the iframe gets none of them.
  frame = await openHost(page, '/invalid-options.html');
  iframe = page.locator('[data-readiness-widget] iframe');
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1`);
  expect(warnings).toEqual([
    'district-ai-readiness embed: ignoring data-accent="red; background:url(https://tracker.example/x.png)" (expected a colour like #1f5f8b)',
    'district-ai-readiness embed: ignoring data-theme="purple" (expected light or dark)',
    'district-ai-readiness embed: ignoring data-mode="quick" (expected pulse or full)',
  ]);
  const plain = await frame.evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  }));
  expect(plain).toEqual({ theme: null, accent: '#1f5f8b' });
});

test('the app, opened with options but without embed=1, ignores them', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?accent=%23ff0000&theme=dark');
  await expect(page.locator('.site-header')).toBeVisible();
  const root = await page.evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    embedded: document.documentElement.classList.contains('embedded'),
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  }));
  expect(root).toEqual({ theme: null, embedded: false, accent: '#1f5f8b' });
});

test('a forced theme uses exactly the palette the system setting gives', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  /** Every custom property declared for :root, computed under a system scheme and a data-theme. */
  const palette = async (scheme: 'light' | 'dark', theme: string | null) => {
    await page.emulateMedia({ colorScheme: scheme });
    return page.evaluate((theme) => {
      const root = document.documentElement;
      if (theme) root.setAttribute('data-theme', theme);
      else root.removeAttribute('data-theme');
      const names = new Set<string>();
      const collect = (rules: CSSRuleList) => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSMediaRule) collect(rule.cssRules);
          if (rule instanceof CSSStyleRule && rule.selectorText.startsWith(':root')) {
            for (const name of Array.from(rule.style)) if (name.startsWith('--')) names.add(name);
          }
        }
      };
      for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
      const style = getComputedStyle(root);
      const values: Record<string, string> = { 'color-scheme': style.colorScheme };
      for (const name of names) values[name] = style.getPropertyValue(name).trim();
      return values;
    }, theme);
  };
  const systemDark = await palette('dark', null);
  const systemLight = await palette('light', null);
  expect(systemDark['--bg']).toBe('#12161b');
  expect(systemLight['--bg']).toBe('#f6f7f9');
  expect(await palette('light', 'dark')).toEqual({ ...systemDark, 'color-scheme': 'dark' });
  expect(await palette('dark', 'light')).toEqual({ ...systemLight, 'color-scheme': 'light' });
});

test.describe('when the browser blocks storage in the iframe', () => {
  test('the widget says so and offers the check in a new tab', async ({ page, context }, testInfo) => {
    // As some browsers do for third-party frames: localStorage throws inside the embedded app.
    await context.addInitScript(() => {
      if (location.search.includes('embed=1')) {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    const frame = await openHost(page);
    const inside = page.frameLocator('[data-readiness-widget] iframe');
    await expect(inside.getByRole('alert')).toContainText('not letting the check save here');
    const link = inside.getByRole('link', { name: 'Open in a new tab' });
    await expect(link).toHaveAttribute('href', `${APP_ORIGIN}/`);
    await expect(link).toHaveAttribute('target', '_blank');
    await settledHeight(page, frame);
    await saveScreenshot(page, testInfo, 'embed-host-storage-blocked');

    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(tab.locator('#welcome-heading')).toBeVisible();
    expect(tab.url()).toBe(`${APP_ORIGIN}/`);
    await expect(tab.getByRole('alert')).toHaveCount(0);
  });
});

test('embed.html shows the snippet with this address and a live widget', async ({ page }, testInfo) => {
  await page.goto('/embed.html');
  await expect(page.locator('#snippet')).toHaveText(
    `<div data-readiness-widget></div>\n<script src="${APP_ORIGIN}/embed.js" async></script>`,
  );
  const iframe = page.locator('.example [data-readiness-widget] iframe');
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1`);
  await expect(page.frameLocator('.example iframe').locator('h1').first()).toBeVisible();

  // The options beside the snippet: the snippet, the plain frame and the live preview follow.
  await page.getByLabel(/The 3-minute pulse/).check();
  await page.getByLabel('Always dark').check();
  await page.getByLabel('Use your own accent colour').check();
  await page.locator('#accent').fill('#7a2e8e');
  await expect(page.locator('#snippet')).toHaveText(
    `<div data-readiness-widget data-accent="#7a2e8e" data-theme="dark" data-mode="pulse"></div>\n<script src="${APP_ORIGIN}/embed.js" async></script>`,
  );
  await expect(page.locator('#iframe-snippet')).toContainText(`<iframe src="${APP_ORIGIN}/?embed=1&accent=%237a2e8e&theme=dark&mode=pulse"`);
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}/?embed=1&accent=%237a2e8e&theme=dark&mode=pulse`);
  const preview = page.frameLocator('.example iframe');
  await expect(preview.getByRole('button', { name: /^Take the \d-minute pulse/ })).toBeVisible();
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await saveScreenshot(page, testInfo, 'embed-page-options');
  // The plain frame, pasted into another site's page, opens the same check.
  const pasted = (await page.locator('#iframe-snippet').textContent()) ?? '';
  await page.goto(`${HOST_ORIGIN}/`);
  await page.setContent(pasted);
  await expect(page.frameLocator('iframe').getByRole('button', { name: /^Take the \d-minute pulse/ })).toBeVisible();

  await page.goto('/embed.html');
  const frame = (await (await iframe.elementHandle())?.contentFrame())!;
  await expect
    .poll(async () => {
      const { iframe: outer, content } = await heights(page, frame);
      return Math.abs(outer - content);
    })
    .toBeLessThanOrEqual(2);

  await expectNoAxeViolations(page, 'embed.html');
  await expectNoHorizontalScroll(page, 'embed.html');
  await saveScreenshot(page, testInfo, 'embed-page');

  // On the narrowest phones neither the page nor the check inside it scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page, 'embed.html at 320 px');
  const inside = await frame.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(inside[0], `the check is ${inside[0]}px wide in a ${inside[1]}px frame`).toBeLessThanOrEqual(inside[1]);
});

test("the app's footer leads to the embed page", async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-footer').getByRole('link', { name: 'Put this check on your own website' }).click();
  await expect(page.locator('h1')).toHaveText('Put the readiness check on your website');
});
