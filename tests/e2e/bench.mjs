// bench.mjs — speed and size of the built app in headless Chromium, side by side with a
// SurveyJS page asking the same questions, plus the app's Lighthouse scores; printed and
// written to BENCHMARKS.md. Not a test: the figures depend on the machine. Run: bash .ci/bench
//
// Profile (as Lighthouse's mobile "slow 4G"): 150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, and the CPU slowed 4× through the Chrome DevTools Protocol. Both pages are
// served gzip-compressed by tests/e2e/serve.mjs: the app under its strict CSP, the SurveyJS
// page (tests/bench/surveyjs-site, written by tests/bench/build-surveyjs-site.mjs) without
// one, since SurveyJS applies inline styles that `style-src 'self'` blocks. Lighthouse comes
// from tests/bench's own packages, which the test run never installs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
import { writeGzipCopies } from '../../.ci/precompress.mjs';

const root = join(import.meta.dirname, '..', '..');
const e2e = import.meta.dirname;
const benchPackage = join(root, 'tests', 'bench');
const surveyjsSite = join(benchPackage, 'surveyjs-site');
const lighthouseBin = join(benchPackage, 'node_modules', '.bin', 'lighthouse');
const RUNS = Number(process.env.RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const fine = (x) => `${x.toFixed(2)} ms`;

for (const [path, hint] of [
  [surveyjsSite, 'run `node build-surveyjs-site.mjs` in tests/bench (bash .ci/bench does)'],
  [lighthouseBin, 'run `npm ci` in tests/bench (bash .ci/bench does)'],
]) {
  if (!existsSync(path)) {
    console.error(`bench.mjs: ${path} is missing: ${hint}`);
    process.exit(1);
  }
}

const bank = JSON.parse(readFileSync(join(root, 'content', 'en', 'questionnaire.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(join(benchPackage, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Starts serve.mjs on `dir`, gzip always, the app's CSP when `csp`. */
async function serve(dir, port, csp) {
  const server = spawn('node', ['serve.mjs', dir, String(port)], {
    cwd: e2e,
    env: { ...process.env, GZIP: '1', CSP: csp ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return server;
}

/**
 * The two pages under test. `ready` waits until the first question can be answered and
 * returns the time the welcome screen became interactive (the app only); `question`,
 * `choice` and `next` drive one full questionnaire.
 */
const APP = {
  name: 'this app',
  url: 'http://127.0.0.1:4180/',
  storageKey: 'district-ai-readiness',
  saved: (stored, id) => Boolean(stored.answers && id in stored.answers),
  async ready(page, start) {
    const startButton = page.getByRole('button', { name: /^Start the full check/ });
    await startButton.waitFor();
    const welcome = Date.now() - start;
    await startButton.click();
    await page.locator('input[type=radio]').first().waitFor();
    return welcome;
  },
  async openStep(page, dimension) {
    await page.locator('#step-heading').filter({ hasText: dimension.title }).waitFor();
  },
  radios: (id) => `input[name="${id}"]`,
  async next(page) {
    await page.locator('.step-buttons .button--primary').click();
  },
};
const SURVEYJS = {
  name: 'SurveyJS',
  url: 'http://127.0.0.1:4181/',
  storageKey: 'district-ai-readiness-surveyjs',
  saved: (stored, id) => id in stored,
  async ready(page) {
    // No welcome screen: the first page's questions are rendered straight away.
    await page.locator('input[type=radio]').first().waitFor();
    return null;
  },
  async openStep(page, dimension) {
    await page.locator('.sd-page__title').filter({ hasText: dimension.title }).waitFor();
  },
  radios: (id) => `[data-name="${id}"] input[type=radio]`,
  async next(page, last) {
    await page.locator(last ? '.sd-navigation__complete-btn' : '.sd-navigation__next-btn').click();
  },
};

/** One cold load on the slow profile: transfer, and time until the first question can be answered. */
async function coldLoad(browser, target) {
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
  await page.goto(target.url);
  const welcomeInteractive = await target.ready(page, start);
  const firstQuestion = Date.now() - start;
  // Let late requests (the app's service worker precache) finish before counting bytes.
  await page.waitForTimeout(1500);
  const firstLoad = transfer;
  await context.close();
  return { welcomeInteractive, firstQuestion, firstLoad };
}

/**
 * Unthrottled: time from an answer's click to the answer being in localStorage. Both pages
 * save inside the click's handlers, so the stored value is read synchronously right after
 * click() returns; a page that saved later would fail here rather than look fast.
 */
async function answerToSaved(browser, target) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(target.url);
  await target.ready(page, Date.now());
  const timings = [];
  for (const [step, dimension] of bank.dimensions.entries()) {
    await target.openStep(page, dimension);
    for (const [n, item] of dimension.items.entries()) {
      const choice = (step + n) % 6;
      const { took, saved } = await page.evaluate(
        ({ selector, choice, key }) => {
          const radio = document.querySelectorAll(selector)[choice];
          const t0 = performance.now();
          radio.click();
          const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
          return { took: performance.now() - t0, saved: stored };
        },
        { selector: target.radios(item.id), choice, key: target.storageKey },
      );
      if (!target.saved(saved, item.id)) throw new Error(`${target.name}: ${item.id} was not saved by its click`);
      timings.push(took);
    }
    await target.next(page, step === bank.dimensions.length - 1);
  }
  await context.close();
  return timings;
}

async function measure(browser, target) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, target));
  const saves = [];
  for (let i = 0; i < RUNS; i++) saves.push(...(await answerToSaved(browser, target)));
  return {
    transfer: median(loads.map((l) => l.firstLoad)),
    welcome: target === APP ? median(loads.map((l) => l.welcomeInteractive)) : null,
    firstQuestion: median(loads.map((l) => l.firstQuestion)),
    p50: percentile(saves, 50),
    p95: percentile(saves, 95),
    answers: saves.length,
  };
}

/** A short reason for a failing Lighthouse audit: its value, explanation, and first items. */
function auditReason(audit) {
  const parts = [];
  if (audit.displayValue) parts.push(audit.displayValue);
  if (audit.explanation) parts.push(audit.explanation);
  // Insights nest their tables and trees in list sections.
  const items = (audit.details?.items ?? []).flatMap((item) =>
    item.type === 'table' ? item.items : item.type === 'list-section' ? [item.value] : [item],
  );
  const file = (url) => {
    try {
      return basename(new URL(url).pathname) || url;
    } catch {
      return url;
    }
  };
  const described = items
    .map((item) => {
      if (item?.type === 'network-tree') return `longest chain ${Math.round(item.longestChain.duration)} ms`;
      const where = item?.url ?? item?.scriptUrl ?? item?.source?.url;
      const error = item?.subItems?.items?.[0]?.error;
      if (item?.reflowTime !== undefined) return `${Math.round(item.reflowTime)} ms of reflow (${item.source?.value ?? file(where)})`;
      if (item?.reason) return item.reason;
      if (item?.node?.snippet) return item.node.snippet;
      if (where && error) return `${file(where)}: ${error}`;
      return where ? file(where) : null;
    })
    .filter((text) => typeof text === 'string');
  if (described.length > 0) parts.push(described.slice(0, 2).join('; ') + (described.length > 2 ? ` (+${described.length - 2} more)` : ''));
  if (parts.length === 0) parts.push(audit.description.split('. ')[0].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  return parts.join(' — ').replace(/\|/g, '/').replace(/\s+/g, ' ');
}

/** Lighthouse (mobile defaults: Moto G Power, simulated slow 4G and 4× CPU) on the app; the median run by performance. */
function lighthouse(url) {
  const reports = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const run = spawnSync(
      lighthouseBin,
      [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status}: ${run.stderr}`);
    reports.push(JSON.parse(run.stdout));
  }
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const report = reports[Math.floor(reports.length / 2)];
  const categories = Object.values(report.categories).map((category) => ({
    title: category.title,
    score: Math.round(category.score * 100),
    all: reports.map((r) => Math.round(r.categories[category.id].score * 100)),
    failing: category.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      // Lighthouse's own pass mark: a scored audit below 0.9 is shown as failed.
      .filter(({ audit }) => audit.score !== null && audit.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
      .map(({ ref, audit }) => ({ title: audit.title, weight: ref.weight, reason: auditReason(audit) })),
  }));
  return { version: report.lighthouseVersion, categories };
}

// The app's release build writes zopfli-compressed copies of its files (README § Hosting);
// the SurveyJS page gets the same, so both travel as compressed as a host can make them.
await writeGzipCopies(surveyjsSite);
const servers = [await serve(join(root, 'dist'), 4180, true), await serve(surveyjsSite, 4181, false)];
let app, surveyjs, version, audit;
try {
  const browser = await chromium.launch(launchOptions);
  app = await measure(browser, APP);
  surveyjs = await measure(browser, SURVEYJS);
  version = browser.version();
  await browser.close();
  audit = lighthouse(APP.url);
} finally {
  for (const server of servers) server.kill();
}

/** "this app 1.8×" / "SurveyJS 1.2×": which is lower (faster or smaller), and by how much. */
function lower(a, b) {
  if (a === b) return 'same';
  const [winner, ratio] = a < b ? ['this app', b / a] : ['SurveyJS', a / b];
  return `${winner}, ${ratio.toFixed(1)}×`;
}
const met = (value, target) => (value <= target ? 'yes' : 'no');
const rows = [
  ['first-load transfer (gzip, on the wire)', kb(app.transfer), kb(surveyjs.transfer), '≤ 120 KB', `${met(app.transfer, 120 * 1024)} / ${met(surveyjs.transfer, 120 * 1024)}`, lower(app.transfer, surveyjs.transfer)],
  ['welcome screen interactive, slow 4G + 4× CPU', ms(app.welcome), '— (no welcome screen)', '', '', ''],
  [
    'first question answerable, slow 4G + 4× CPU (the app: including the start click)',
    ms(app.firstQuestion),
    ms(surveyjs.firstQuestion),
    '≤ 2,000 ms',
    `${met(app.firstQuestion, 2000)} / ${met(surveyjs.firstQuestion, 2000)}`,
    lower(app.firstQuestion, surveyjs.firstQuestion),
  ],
  [`answer click → saved, p50 (unthrottled, ${app.answers} answers each)`, fine(app.p50), fine(surveyjs.p50), '', '', lower(app.p50, surveyjs.p50)],
  ['answer click → saved, p95', fine(app.p95), fine(surveyjs.p95), '≤ 16 ms', `${met(app.p95, 16)} / ${met(surveyjs.p95, 16)}`, lower(app.p95, surveyjs.p95)],
];
const table = [
  '| figure | this app | SurveyJS | target | target met (app / SurveyJS) | faster or smaller |',
  '|---|---:|---:|---:|:---:|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');

const scores = [
  '| Lighthouse category | score | runs |',
  '|---|---:|---|',
  ...audit.categories.map((c) => `| ${c.title} | ${c.score} | ${c.all.join(', ')} |`),
].join('\n');
const failing = audit.categories
  .flatMap((c) => c.failing.map((f) => `- ${c.title}: **${f.title}**${f.weight === 0 ? ' (not scored)' : ''} — ${f.reason}`))
  .join('\n');
console.log(`${table}\n\n${scores}\n\n${failing || 'No failing audits.'}`);

const when = new Date().toISOString().slice(0, 10);
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  `# Benchmarks

Reproduce with \`bash .ci/bench\` (tests/e2e/bench.mjs; \`RUNS=n\` for more cold loads and
questionnaires, \`LIGHTHOUSE_RUNS=n\` for more Lighthouse runs). It builds the release app,
installs tests/bench's packages when they are missing (SurveyJS, Lighthouse: never part of
the test run) and writes the SurveyJS page, then measures both.

Measured ${when} on this project's build machine kind (Debian 12, 2 cores, headless
Chromium ${version}), medians of ${RUNS} cold loads each. Network: 150 ms round trip,
1.6 Mbit/s down, 750 kbit/s up; CPU slowed 4× (Chrome DevTools Protocol). Both pages are
served gzip-compressed by the same static server (tests/e2e/serve.mjs), each file as a
zopfli-compressed copy made beforehand (as a host with nginx's \`gzip_static\` would send
it); the app under its Content-Security-Policy, the SurveyJS page without one, because
SurveyJS applies inline styles that the app's \`style-src 'self'\` blocks.

"Transfer" is every byte the page received, headers included, from navigation until the
first question is answerable and 1.5 s after. It does not include the app's service
worker (sw.js, 0.9 KB) and what it fetches in the background once installed: the other
screens' parts (about 150 KB gzip, see README § Size), kept so the whole check works
offline later. SurveyJS has no such worker.

## Side by side with SurveyJS

The SurveyJS page (tests/bench/build-surveyjs-site.mjs) asks the same questions: one page
per area, each item a radiogroup with the five levels and "Not sure", its "why this
matters" as the description. It follows SurveyJS's getting-started guide for HTML, CSS and
JavaScript: survey-core ${versionOf('survey-core')} and survey-js-ui ${versionOf('survey-js-ui')}, their minified
files served from the same origin, the Default theme, \`new Survey.Model(json)\` and
\`survey.render(container)\`, and it saves \`survey.data\` to localStorage on every value
change (and restores it on reload), as the app saves every answer. Its stylesheet is the
Default theme's fontless build: the guide's \`survey-core.min.css\` would also download
Open Sans from Google Fonts, which is not counted here, so its transfer is if anything
understated.

"First question answerable" is, for the app, the welcome screen plus the click on "Start
the full check" until the first question's radios are there (the figure is kept as it
was); SurveyJS shows the first page's questions straight away. "Answer click → saved"
clicks a radio and reads localStorage synchronously in one \`page.evaluate\`: both pages
store the answer inside the click's handlers (a later save would fail the run, not flatter
it), unthrottled, over ${RUNS} full questionnaires each.

${table}

## Lighthouse (the app)

Lighthouse ${audit.version} (the newest that runs on this machine's Node 20; 13.x needs Node
22.19) with its mobile defaults (emulated Moto G Power, simulated slow 4G and 4× CPU),
on the app served gzip-compressed under its CSP, Chromium flags
\`${CHROME_FLAGS}\`. The median of ${LIGHTHOUSE_RUNS} runs by performance
score; every run's scores are listed.

${scores}

Audits below Lighthouse's pass mark (0.9) in that run${failing ? ' ("not scored": no weight in its category):' : ':'}

${failing || 'none.'}

Notes: the test server sends \`Cache-Control: no-store\` on every file, which alone keeps a
page out of the back/forward cache; a real host would cache the hashed files. The shared
machines are noisy: compare runs from the same session.
`,
);
