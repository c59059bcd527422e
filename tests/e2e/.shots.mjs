import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';
import { readFileSync } from 'node:fs';
const bank = JSON.parse(readFileSync('../../content/en/questionnaire.json', 'utf8'));
const items = bank.dimensions.flatMap((d) => d.items);
const base = 'http://127.0.0.1:4190/';
const browser = await chromium.launch(launchOptions);
async function shot(name, record, { width = 390, height = 844, scrolls = [0] } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(base);
  await page.evaluate((r) => localStorage.setItem('district-ai-readiness', r), JSON.stringify(record));
  await page.reload();
  await page.waitForTimeout(1500);
  for (const y of scrolls) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/shots/${name}-${y}.png` });
  }
  await page.close();
}
const rec = (answers, screen, extra = {}) => ({ app: 'district-ai-readiness', schema_version: 2, answers, position: { screen, step: 0 }, ...extra });
const all = (level, over = {}) => Object.fromEntries(items.map((i) => [i.id, over[i.id] ?? (level === 'ns' ? 'not_sure' : { level })]));
await shot('partial', rec({ 'governance.use-policy': { level: 4 }, 'data-privacy.privacy-standards': { level: 4 } }, 'results'), { scrolls: [0, 700, 1400] });
await shot('conditions', rec(all(3, { 'governance.pilot-rules': { level: 1 } }), 'results'), { scrolls: [0, 700, 1400] });
await shot('foundations-desktop', rec(all(4, { 'governance.use-policy': { level: 0 }, 'data-privacy.privacy-standards': { level: 0 } }), 'results'), { width: 1280, height: 900, scrolls: [0, 800] });
await shot('workflows', rec(all(2), 'workflows'), { scrolls: [0] });
await browser.close();
