// hosting.spec.ts — the app as hosts serve it (deploy/nginx.conf, the server of this whole suite): the
// Content-Security-Policy on every file, files named by their contents cached for good, the page, the
// service worker and the embed script checked each time, and the precompressed copies sent as they are.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { CONTENT_SECURITY_POLICY } from './csp-policy.mjs';

const dist = process.env.DIST ?? join(import.meta.dirname, '..', '..', 'dist');
const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

test('every file carries the policy, and only files named by their contents are kept', async ({ request }) => {
  const files = readdirSync(dist).filter((f) => /\.(html|js|css|wasm)$/.test(f));
  expect(files.filter((f) => hashed.test(f)).length, 'the build names its files by their contents').toBeGreaterThan(5);
  for (const file of ['', ...files]) {
    const response = await request.get(`/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], file).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    if (hashed.test(file)) {
      expect(headers['cache-control'], `${file} is kept`).toMatch(/max-age=\d{8,}/);
    } else {
      expect(headers['cache-control'], `${file || 'the page'} is checked each time`).toBe('no-cache');
    }
  }
});

test('a browser that accepts gzip gets the precompressed copy; one that does not, the file', async ({ request }) => {
  const wasm = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  expect(wasm).toBeTruthy();
  const compressed = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(compressed.headers()['content-encoding']).toBe('gzip');
  expect(compressed.headers()['vary']).toBe('Accept-Encoding');
  expect(compressed.headers()['content-type']).toBe('application/wasm');
  expect(Number(compressed.headers()['content-length'])).toBe(readFileSync(join(dist, `${wasm}.gz`)).length);

  const plain = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(Buffer.compare(await plain.body(), readFileSync(join(dist, wasm!)))).toBe(0);
});

test('a file that is not there is a plain 404', async ({ request }) => {
  const response = await request.get('/no-such-file.js');
  expect(response.status()).toBe(404);
});

test('the documented hosting settings send the same policy and cache the same files', () => {
  const repo = join(import.meta.dirname, '..', '..');
  const read = (file: string) => readFileSync(join(repo, file), 'utf8');
  // nginx's is checked on the wire above; Caddy's and the README's must say the same.
  for (const file of ['deploy/nginx.conf', 'deploy/Caddyfile', 'README.md']) {
    expect(read(file), `${file} gives the policy`).toContain(CONTENT_SECURITY_POLICY);
  }
  expect(read('deploy/nginx.conf')).toContain(`"${hashed.source}"`);
  expect(read('deploy/Caddyfile').split(`path_regexp ${hashed.source}`).length - 1, 'Caddy keeps the same files').toBe(2);
});
