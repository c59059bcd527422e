// post-build.mjs — trunk post-build hook, run on the staged dist/ before trunk publishes it:
//  1. in a release build, minifies the stylesheets (csso, from .ci/tools: their comments
//     and white space are about a quarter of what they weigh gzipped) and names them by
//     their new contents; the boot script (terser) and the page's comments go the same way;
//  2. splits the WebAssembly into the first download and the parts fetched when first shown
//     (split-wasm.mjs), and points index.html's preload links at the new files; the parts'
//     stylesheet (style/parts.css) leaves the page and is loaded with the parts instead;
//  3. writes the loading page's {{ui:name}} texts into index.html from content/en/ui.json, so
//     the page shows what the check is while the app downloads (and its words stay in content/);
//  4. replaces trunk's inline boot script with boot-<hash>.js, so the app runs under a
//     Content-Security-Policy without 'unsafe-inline' (script-src 'self'), and so a failed
//     start shows a plain message on the loading page instead of a page that never finishes;
//  5. writes sw.js, the service worker that keeps this build's files for offline use, with
//     the exact list of files and a cache name that changes with every build;
//  6. in a release build, writes beside every file its gzip-compressed copy, `<file>.gz`
//     (precompress.mjs, zopfli): a valid gzip stream about 5% smaller than gzip -9,
//     for hosts that serve precompressed files (README § Hosting).
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeGzipCopies } from './precompress.mjs';
import { contentHash, integrityOf, minifyModule, splitWasm } from './split-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) fail('TRUNK_STAGING_DIR is not set (run it as a trunk hook)');

function fail(message) {
  console.error(`post-build.mjs: ${message}`);
  process.exit(1);
}


const root = join(import.meta.dirname, '..');
const page = join(staging, 'index.html');
let trunkPage = readFileSync(page, 'utf8');

// 1. The stylesheets, minified before any integrity value is written. Only white space,
// comments and shorter spellings: rules are neither merged nor moved (`restructure: false`),
// so the cascade is the one written in style/. Each is then named by its own contents, so
// a cached sheet never meets another build's integrity value.
const sheets = readdirSync(staging).filter((f) => /^(app|parts)-\w+\.css$/.test(f));
if (sheets.length !== 2) fail(`expected trunk's app-<hash>.css and parts-<hash>.css, found ${sheets.join(', ')}`);
if (release) {
  const csso = createRequire(import.meta.url)('./tools/node_modules/csso');
  for (const sheet of sheets) {
    const minified = csso.minify(readFileSync(join(staging, sheet), 'utf8'), { restructure: false }).css;
    const named = sheet.replace(/-\w+\.css$/, `-${contentHash(minified)}.css`);
    if (!trunkPage.includes(`"./${sheet}"`)) fail(`index.html does not link ${sheet}`);
    unlinkSync(join(staging, sheet));
    writeFileSync(join(staging, named), minified);
    trunkPage = trunkPage.replace(`"./${sheet}"`, `"./${named}"`);
  }
}

// 2. The split. trunk's preload links name the module's .js and .wasm with the integrity of
// its own, unsplit output: they get the new files' integrity (so does the minified
// stylesheet), and the loader of the parts a preload link of its own, so the browser
// fetches all three at once.
const partsLink = /<link rel="stylesheet" href="\.\/(parts-\w+\.css)"[^>]*>\n?/;
const partsSheet = trunkPage.match(partsLink)?.[1];
if (!partsSheet) fail("index.html has no link to trunk's parts-<hash>.css");
const loader = await splitWasm(staging, root, fail, {
  file: partsSheet,
  integrity: integrityOf(join(staging, partsSheet)),
});
let preloads = 0;
let stylesheets = 0;
const linked = trunkPage.replace(partsLink, '').replace(
  /(<link rel="(modulepreload|preload|stylesheet)" href="\.\/([\w.-]+)"[^>]*? integrity=")([^"]+)(")/g,
  (_, before, rel, file, _old, after) => {
    if (rel === 'stylesheet') stylesheets += 1;
    else preloads += 1;
    return `${before}${integrityOf(join(staging, file))}${after}`;
  },
);
if (preloads !== 2) fail(`expected trunk's two preload links in index.html, found ${preloads}`);
if (stylesheets !== 1) fail(`expected trunk's stylesheet link in index.html, found ${stylesheets}`);
const withLoader = linked.replace(
  '</head>',
  `<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${integrityOf(join(staging, loader))}"></head>`,
);

// 3. The loading page's texts, HTML-escaped.
const ui = JSON.parse(readFileSync(join(root, 'content', 'en', 'ui.json'), 'utf8'));
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const html = withLoader.replace(/\{\{ui:(\w+)\}\}/g, (_, name) => {
  if (typeof ui[name] !== 'string') fail(`index.html asks for {{ui:${name}}}, which content/en/ui.json does not have`);
  return escapeHtml(ui[name]);
});

// 4. The boot script: trunk's, with the same two files, started so that a failure (the
// network dropped mid-download, a browser without WebAssembly) is shown, not swallowed.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) fail('no inline module script in index.html; has trunk changed its output?');
const glue = found[1].match(/import init, \* as bindings from '(\.\/[\w.-]+\.js)';/)?.[1];
const wasm = found[1].match(/module_or_path: '(\.\/[\w.-]+\.wasm)'/)?.[1];
if (!glue || !wasm) fail("trunk's boot script no longer names its .js and .wasm files as expected");
const boot = `// Written by .ci/post-build.mjs: starts the app; if it cannot start, says so on the loading page.
// Embedded in another site (?embed=1), the check has no header of its own, loading or not.
if (new URLSearchParams(location.search).get('embed') === '1') document.querySelector('#loading-page header')?.remove();
try {
  const bindings = await import('${glue}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  const page = document.getElementById('loading-page');
  const note = document.getElementById('loading-note');
  if (page && note) {
    note.textContent = page.dataset.loadFailed;
    note.setAttribute('role', 'alert');
  }
  console.error(error);
}
`;
// A content hash in the name: a cached page never pairs with another build's boot file.
const bootCode = await minifyModule(boot, release);
const bootName = `boot-${contentHash(bootCode)}.js`;
writeFileSync(join(staging, bootName), bootCode);
const externalised = html.replace(inline, `<script type="module" src="./${bootName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(externalised)) fail('index.html still has an inline script');
// The page's comments are notes for whoever edits index.html, not for the visitor.
writeFileSync(page, release ? externalised.replace(/<!--[\s\S]*?-->\s*/g, '') : externalised);

// 5. The service worker: the app's own files, nothing else (embed files are for host pages).
const files = readdirSync(staging)
  .filter((f) => /\.(html|js|css|wasm)$/.test(f) && !f.startsWith('embed') && f !== 'sw.js')
  .sort();
const build = contentHash(files.map((f) => readFileSync(join(staging, f))).join('\0') + files.join('\0'));
const worker = `// sw.js — written by .ci/post-build.mjs for one build: keeps that build's files so a phone that
// loaded the check once can open it again offline. It caches only this origin's own files and
// sends nothing anywhere.
const CACHE = 'district-ai-readiness-${build}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('district-ai-readiness-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for this build's files: every file but the page is named by its content, and
// the page is only ever paired with the files of its own build. Opening the app with a query
// (?mode=pulse, ?present, ?embed=1) is the same page. Anything else (embed.html, a host's
// files) goes to the network as usual. A new build installs a new worker and cache; the
// next visit uses it.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = caches.match(request, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
  event.respondWith(lookup.then((cached) => cached ?? fetch(request)));
});
`;
writeFileSync(join(staging, 'sw.js'), worker);

// 6. The precompressed copies.
if (release) await writeGzipCopies(staging).catch((error) => fail(error.message));
