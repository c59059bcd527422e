// externalise-boot.mjs — trunk post-build hook: moves trunk's inline boot script out of
// index.html into its own file, so the app runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('externalise-boot.mjs: TRUNK_STAGING_DIR is not set (run it as a trunk hook)');
  process.exit(1);
}
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error('externalise-boot.mjs: no inline module script in index.html; has trunk changed its output?');
  process.exit(1);
}
const boot = `${found[1].trim()}\n`;
// A content hash in the name: a cached page never pairs with another build's boot file.
const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, name), boot);
writeFileSync(page, html.replace(inline, `<script type="module" src="./${name}"></script>`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(inline, ''))) {
  console.error('externalise-boot.mjs: index.html still has an inline script');
  process.exit(1);
}
