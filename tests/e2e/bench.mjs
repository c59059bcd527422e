// bench.mjs — speed and size of the built app in headless Chromium, printed and written to
// BENCHMARKS.md. Not a test: the figures depend on the machine. Run: bash .ci/bench
//
// Profile (as Lighthouse's mobile "slow 4G"): 150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, and the CPU slowed 4× through the Chrome DevTools Protocol. The app is
// served gzip-compressed under its strict CSP by tests/e2e/serve.mjs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const root = join(import.meta.dirname, '..', '..');
const e2e = import.meta.dirname;
const PORT = 4180;
const URL_ = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.RUNS ?? 5);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function serve() {
  const server = spawn('node', ['serve.mjs', join(root, 'dist'), String(PORT)], {
    cwd: e2e,
    env: { ...process.env, GZIP: '1', CSP: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return server;
}

/** One cold load on the slow profile: transfer, and time until the first question can be answered. */
async function coldLoad(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let transfer = 0;
  cdp.on('Network.loadingFinished', (event) => (transfer += event.encodedDataLength));

  const start = Date.now();
  await page.goto(URL_);
  const startButton = page.getByRole('button', { name: /^Start the full check/ });
  await startButton.waitFor();
  const welcomeInteractive = Date.now() - start;
  await startButton.click();
  await page.locator('input[type=radio]').first().waitFor();
  const firstQuestion = Date.now() - start;
  // Let late requests (the service worker's precache) finish before counting bytes.
  await page.waitForTimeout(1500);
  const firstLoad = transfer;
  await context.close();
  return { welcomeInteractive, firstQuestion, firstLoad };
}

/** Unthrottled: time from an answer's click to the record holding it in localStorage. */
async function answerToSaved(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(URL_);
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  const bank = JSON.parse(readFileSync(join(root, 'content', 'en', 'questionnaire.json'), 'utf8'));
  const timings = [];
  for (const [step, dimension] of bank.dimensions.entries()) {
    await page.locator('#step-heading').filter({ hasText: dimension.title }).waitFor();
    for (const [n, item] of dimension.items.entries()) {
      const choice = (step + n) % 6;
      timings.push(
        await page.evaluate(
          ({ id, choice }) => {
            const radio = document.querySelectorAll(`input[name="${id}"]`)[choice];
            const t0 = performance.now();
            radio.click();
            // Saving is part of the click handler: the record is stored when click() returns.
            const stored = JSON.parse(localStorage.getItem('district-ai-readiness') ?? '{}');
            const took = performance.now() - t0;
            if (!stored.answers || !(id in stored.answers)) throw new Error(`${id} was not saved`);
            return took;
          },
          { id: item.id, choice },
        ),
      );
    }
    await page.locator('.step-buttons .button--primary').click();
  }
  await context.close();
  return timings;
}

const server = await serve();
try {
  const browser = await chromium.launch(launchOptions);
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser));
  const saves = [];
  for (let i = 0; i < RUNS; i++) saves.push(...(await answerToSaved(browser)));
  const version = browser.version();
  await browser.close();

  const figures = {
    transfer: median(loads.map((l) => l.firstLoad)),
    welcome: median(loads.map((l) => l.welcomeInteractive)),
    firstQuestion: median(loads.map((l) => l.firstQuestion)),
    p50: percentile(saves, 50),
    p95: percentile(saves, 95),
  };
  const when = new Date().toISOString().slice(0, 10);
  const table = [
    '| figure | this app | target |',
    '|---|---:|---:|',
    `| first-load transfer (gzip, on the wire) | ${kb(figures.transfer)} | ≤ 120 KB |`,
    `| welcome screen interactive, slow 4G + 4× CPU | ${ms(figures.welcome)} | |`,
    `| first question answerable (after the start click), slow 4G + 4× CPU | ${ms(figures.firstQuestion)} | ≤ 2,000 ms |`,
    `| answer click → saved, p50 (unthrottled, ${saves.length} answers) | ${figures.p50.toFixed(2)} ms | |`,
    `| answer click → saved, p95 | ${figures.p95.toFixed(2)} ms | ≤ 16 ms |`,
  ].join('\n');
  console.log(table);
  writeFileSync(
    join(root, 'BENCHMARKS.md'),
    `# Benchmarks

Measured ${when} by \`bash .ci/bench\` (tests/e2e/bench.mjs) on this project's build
machine kind (Debian 12, 2 cores, headless Chromium ${version}), medians of ${RUNS} cold
loads. Network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; CPU slowed 4× (Chrome
DevTools Protocol). The app is served gzip-compressed under its Content-Security-Policy.
"Answer click → saved" times the click handler until the record is in localStorage (saving
happens inside the handler), unthrottled, over ${RUNS} full questionnaires.

${table}

Not yet measured here: the same figures for a SurveyJS page with the same items, and the
Lighthouse scores. The shared machines are noisy: compare runs from the same session.
`,
  );
} finally {
  server.kill();
}

