// playwright.config.ts — Playwright setup: Debian chromium, phone + desktop projects, the app served from
// ../../dist (or $DIST) by nginx with the shipped deploy/nginx.conf, and a host site (./host) on a second
// port that embeds it.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1, // 2-core machine: one browser at a time
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 }, // wasm download + compile can take a few seconds on a busy 2-core box
  use: {
    baseURL: 'http://127.0.0.1:4173',
    launchOptions,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: [
    {
      // The app as the README tells hosts to serve it: Debian's nginx with deploy/nginx.conf, so
      // every end-to-end test runs under its Content-Security-Policy, with its caching and the
      // release build's precompressed copies (hosting.spec.ts checks the headers).
      command: `bash nginx.sh ${process.env.DIST ?? '../../dist'} 4173`,
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
    },
    {
      // Another site, on another origin, whose pages embed the app (embed.spec.ts).
      command: 'node serve.mjs host 4174',
      url: 'http://127.0.0.1:4174/',
      reuseExistingServer: !process.env.CI,
    },
  ],
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
    },
  ],
});
