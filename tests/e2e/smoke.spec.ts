// smoke.spec.ts — the app loads, renders its h1, has no serious axe violations; saves a 'home' screenshot;
// its files arrive as the release build's precompressed copies.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectNoAxeViolations, saveScreenshot } from './fixtures';

const dist = process.env.DIST ?? join(import.meta.dirname, '..', '..', 'dist');

test('home page renders and is accessible', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoAxeViolations(page, 'home');
  await saveScreenshot(page, testInfo, 'home');
});

test('the first download arrives as the precompressed copies the release build wrote', async ({ page }) => {
  const sent: { file: string; encoding: string | null; length: string | null }[] = [];
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname.slice(1) || 'index.html';
    sent.push({ file, encoding: response.headers()['content-encoding'] ?? null, length: response.headers()['content-length'] ?? null });
  });
  await page.goto('/');
  await page.getByRole('button', { name: /^Start the full check/ }).click();
  await expect(page.locator('input[type=radio]').first()).toBeVisible();

  const wasm = sent.find((s) => s.file.endsWith('_bg.wasm'));
  expect(wasm, 'the app fetched its wasm').toBeTruthy();
  for (const { file, encoding, length } of sent.filter((s) => /\.(html|js|css|wasm)$/.test(s.file))) {
    expect(existsSync(join(dist, `${file}.gz`)), `${file}.gz is in the build`).toBe(true);
    expect(encoding, `${file} is sent gzip-compressed`).toBe('gzip');
    expect(Number(length), `${file} is sent as ${file}.gz`).toBe(statSync(join(dist, `${file}.gz`)).size);
  }
});
