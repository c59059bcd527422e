// build.mjs — the release build: writes dist/, the folder of static files that ships.
// Run by .ci/serve, .ci/test and .ci/bench after .ci/install-tools (which installs every
// tool used here and exports NIGHTLY). In order:
//  1. cargo builds the app for the wasm on the pinned nightly, with its own standard library
//     built with `panic = immediate-abort` (a panic stops the app at once instead of
//     formatting a message nobody sees), and the `split` feature, so every `split_view!`
//     (src/ui/lazy.rs) is a split point;
//  2. wasm-split-cli moves the code only a split point reaches into split_*.wasm (code shared
//     by several, chunk_*.wasm) and writes the loader that fetches them; wasm-bindgen makes
//     the app's module from what is left; wasm-opt shrinks every .wasm;
//  3. the stylesheets (csso), the app's scripts (terser) and web/boot.js are minified, and
//     every file is named by its contents: a new build has new names, so hosts may cache
//     them for good (deploy/nginx.conf);
//  4. web/index.html gets those names, their integrity values and the loading page's words
//     (content/en/ui.json); web/sw.js and the list of this build's files for it are copied;
//  5. every file gets its gzip copy, <file>.gz (zopfli), for hosts that send those.
// Usage: node .ci/build.mjs [dist folder, default dist]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { markPartDownloadsHandled, withoutUnusedClasses } from './patches.mjs';
import { writeGzipCopies } from './precompress.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const tools = createRequire(join(root, '.ci', 'tools', 'package.json'));

/** The crate's binary, and the name its module and wasm ship under. */
const APP = 'district-ai-readiness';

/** The WebAssembly features every browser the app supports has; wasm-opt may use them. */
const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

/**
 * What wasm-opt may assume besides the features: rustc links the wasm with its 1 MB stack
 * first in memory, growing down towards address 0, so the lowest kilobyte is touched only
 * by a stack already about to overflow. Knowing that, wasm-opt folds constant offsets into
 * loads and stores (about 0.6 KB gzip off the first download).
 */
const WASM_OPT_ASSUMPTIONS = ['--low-memory-unused'];

/**
 * Exports of the wasm that the app never uses: leptos always builds server_fn with its
 * `browser` feature, whose wasm-streams exports the `IntoUnderlying*` classes (streams for
 * server functions; this app has none). An export is never dead code, so their code would
 * ride in the first download (about 1.6 KB gzip); wasm-opt removes them.
 */
const UNUSED_EXPORTS = ['intounderlying*', '__wbg_intounderlying*'];

function fail(message) {
  console.error(`build.mjs: ${message}`);
  process.exit(1);
}

const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

/** The hash in a built file's name: 16 hex digits of the SHA-256 of its contents, in order. */
function contentHash(...contents) {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  return hash.digest('hex').slice(0, 16);
}

/** The `integrity` value of some bytes (SHA-384). */
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const terser = tools('terser');
const csso = tools('csso');

/** An ES module, minified; its exports keep their names. */
async function minifyModule(code) {
  return (await terser.minify(code, { module: true, compress: true, mangle: true })).code;
}

/**
 * Where the texts ship, as content/en declares it: `first` is every text the first download
 * shows (ui.json, the questions and their levels), `parts` every text only the parts show
 * (ui-parts.json; the recommendations; each question's why, evidence and sources, each
 * step's summary and the bibliography, which the grounding part shows; the questions earlier
 * editions asked), less any that is part of a first-download text.
 */
function textsByWhereTheyShip() {
  const read = (file) => JSON.parse(readFileSync(join(root, 'content', 'en', file), 'utf8'));
  const texts = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((inner) => texts(inner));
  const bank = read('questionnaire.json');
  const inParts = new Set(['recommendations', 'summary', 'why', 'evidence', 'sources']);
  const split = (object) => {
    const shipped = { first: {}, parts: {} };
    for (const [key, value] of Object.entries(object)) shipped[inParts.has(key) ? 'parts' : 'first'][key] = value;
    return shipped;
  };
  const dimensions = bank.dimensions.map((dimension) => split({ ...dimension, items: undefined }));
  const items = bank.dimensions.flatMap((dimension) => dimension.items.map(split));
  const first = [...texts(read('ui.json')), ...texts([...dimensions, ...items].map((s) => s.first))];
  const parts = [
    ...texts(read('ui-parts.json')),
    ...texts([...dimensions, ...items].map((s) => s.parts)),
    ...texts(bank.retired),
    ...texts(read('sources.json')),
  ].filter((text) => !first.some((shown) => shown.includes(text)));
  return { first, parts };
}

/**
 * Whether `wasm` holds `text`. A text of one word, such as "Value", counts only where no
 * letter comes before it, as it is also the end of names the first wasm holds anyway
 * ("JsValue"); texts of more than one word, nearly all of them, count anywhere.
 */
function holdsText(wasm, text) {
  const bytes = Buffer.from(text);
  for (let at = wasm.indexOf(bytes); at !== -1; at = wasm.indexOf(bytes, at + 1)) {
    if (text.includes(' ') || at === 0 || !/[A-Za-z0-9_]/.test(String.fromCharCode(wasm[at - 1]))) return true;
  }
  return false;
}

// 1. cargo.
const nightly = process.env.NIGHTLY;
if (!nightly) fail('NIGHTLY is not set: run the build through .ci/serve, .ci/test or .ci/bench, or source .ci/install-tools first');
run('cargo', [`+${nightly}`, 'build', '--release', '--locked', '--offline', '--target', 'wasm32-unknown-unknown',
  '--bin', APP, '--features', 'split', '-Zbuild-std=std,panic_abort'], {
  // Added to the rustflags of .cargo/config.toml.
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: '-Zunstable-options -Cpanic=immediate-abort',
});
const raw = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown', 'release', `${APP}.wasm`);
if (!existsSync(raw)) fail(`cargo's output ${raw} is missing`);

const staging = `${dist}.staging`;
const work = join(staging, '.work');
rmSync(staging, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** Every file written, by the name web/index.html knows it by. */
const files = new Map();
/** Writes `bytes` into the staging folder as `file` and records it as `name`. */
function write(name, file, bytes) {
  writeFileSync(join(staging, file), bytes);
  files.set(name, { file, integrity: integrityOf(bytes) });
  return file;
}

/** Writes `bytes` as `<stem>-<hash of bytes><ext>` and records it as `name`. */
const emit = (name, stem, ext, bytes) => write(name, `${stem}-${contentHash(bytes)}${ext}`, bytes);

// 2. The split, the app's module, and wasm-opt.
const split = join(work, 'split');
const bound = join(work, 'bound');
run('wasm-split-cli', ['--target', 'web', '--out-name', APP, raw, split]);
run('wasm-bindgen', ['--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', bound, '--out-name', APP, join(split, `${APP}.wasm`)]);
const optimise = (from, ...leadingPasses) => {
  const to = `${from}.opt`;
  run('wasm-opt', [...leadingPasses, '-Oz', '--converge', ...WASM_FEATURES, ...WASM_OPT_ASSUMPTIONS, from, '-o', to]);
  return readFileSync(to);
};

const appWasm = optimise(join(bound, `${APP}_bg.wasm`), '--remove-exports', `--pass-arg=remove-exports@${UNUSED_EXPORTS.join(',')}`);
if (appWasm.includes('intounderlying')) fail('wasm-opt left an IntoUnderlying export in the first wasm');
const texts = textsByWhereTheyShip();
const strayWord = texts.parts.find((words) => holdsText(appWasm, words));
if (strayWord) fail(`the first wasm holds words only the parts show ("${strayWord}"): does code outside a split point read PartText or Advice?`);
emit('app.wasm', `${APP}`, '_bg.wasm', appWasm);

const parts = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== `${APP}.wasm`).sort();
if (!parts.some((f) => f.startsWith('split_'))) fail('wasm-split-cli found no split points; is the `split` feature on?');
const optimised = new Map(parts.map((part) => [part, optimise(join(split, part))]));
const missingWord = texts.parts.find((words) => ![...optimised.values()].some((wasm) => wasm.includes(words)));
if (missingWord) fail(`no part holds the words "${missingWord}": is the text read anywhere?`);
const rawLoader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
const rawAppJs = readFileSync(join(bound, `${APP}.js`), 'utf8');
// The app's module and the loader of the parts import each other, so neither can be named by
// its own final contents: they, and the parts, are named by one hash of everything they are
// made from.
const code = contentHash(appWasm, ...optimised.values(), rawLoader, rawAppJs);
const named = (file) => file.replace(/(_bg)?(\.\w+)$/, `-${code}$1$2`);

/**
 * `text` with every `<before>"./from"` as `<before>"./to"`, where there must be at least one.
 * Only the file is renamed: a name the wasm imports by (its import object's keys) stays.
 */
function renamed(text, what, from, to, before = '') {
  const reference = `${before}"./${from}"`;
  if (!text.includes(reference)) fail(`${what} does not name ${reference} as expected`);
  return text.replaceAll(reference, `${before}"./${to}"`);
}

let loader = markPartDownloadsHandled(rawLoader, parts.filter((f) => f.startsWith('split_')).length);
loader = renamed(loader, "wasm-split-cli's loader", `${APP}.js`, named(`${APP}.js`), 'from ');
for (const [part, bytes] of optimised) {
  loader = renamed(loader, "wasm-split-cli's loader", part, named(part));
  writeFileSync(join(staging, named(part)), bytes);
}
const loaderFile = named('split-loader.js');
const appJs = renamed(withoutUnusedClasses(rawAppJs), `wasm-bindgen's ${APP}.js`, '__wasm_split.js', loaderFile, 'from ');
write('split-loader.js', loaderFile, await minifyModule(loader));
write('app.js', named(`${APP}.js`), await minifyModule(appJs));

// 3. The stylesheets and the boot script. Stylesheets lose only white space, comments and
// longer spellings: rules are neither merged nor moved (`restructure: false`), so the
// cascade is the one written in style/.
for (const sheet of ['app', 'parts']) {
  const css = readFileSync(join(root, 'style', `${sheet}.css`), 'utf8');
  emit(`${sheet}.css`, sheet, '.css', csso.minify(css, { restructure: false }).css);
}
emit('boot.js', 'boot', '.js', await minifyModule(readFileSync(join(root, 'web', 'boot.js'), 'utf8')));

// 4. The page, the service worker and its list of this build's files (all but the embed
// files, which are for host pages), and the embed files as they are.
for (const file of readdirSync(join(root, 'embed'))) copyFileSync(join(root, 'embed', file), join(staging, file));
const shipped = readdirSync(staging).filter((f) => /\.(js|css|wasm)$/.test(f) && !f.startsWith('embed')).sort();
const build = contentHash(...shipped.map((f) => readFileSync(join(staging, f))), shipped.join('\0'));
writeFileSync(join(staging, `files-${build}.json`), JSON.stringify(shipped));
copyFileSync(join(root, 'web', 'sw.js'), join(staging, 'sw.js'));

const ui = JSON.parse(readFileSync(join(root, 'content', 'en', 'ui.json'), 'utf8'));
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const page = readFileSync(join(root, 'web', 'index.html'), 'utf8')
  // The page's comments are notes for whoever edits it, not for the visitor.
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(/\{\{(\w+)(?::([\w.-]+))?\}\}/g, (placeholder, kind, name) => {
    if (kind === 'build' && !name) return build;
    if (kind === 'ui' && typeof ui[name] === 'string') return escapeHtml(ui[name]);
    if (kind === 'file' && files.has(name)) return files.get(name).file;
    if (kind === 'integrity' && files.has(name)) return files.get(name).integrity;
    fail(`web/index.html asks for ${placeholder}, which the build does not have`);
  });
const unnamed = [...files.keys()].filter((name) => !page.includes(files.get(name).file));
if (unnamed.length > 0) fail(`web/index.html does not name ${unnamed.join(', ')}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) fail('web/index.html has an inline script, which the Content-Security-Policy forbids');
writeFileSync(join(staging, 'index.html'), page);

// The privacy page: plain HTML from content/en/privacy.json, with no script, so counsel and
// host sites can link to it and it reads and prints anywhere.
const privacy = JSON.parse(readFileSync(join(root, 'content', 'en', 'privacy.json'), 'utf8'));
const privacySections = privacy.sections
  .map((section) => `<h2>${escapeHtml(section.heading)}</h2>\n${section.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n')}`)
  .join('\n      ');
const privacyPage = readFileSync(join(root, 'web', 'privacy.html'), 'utf8')
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(/\{\{privacy:(\w+)\}\}/g, (placeholder, name) => {
    if (name === 'sections') return privacySections;
    if (typeof privacy[name] === 'string') return escapeHtml(privacy[name]);
    fail(`web/privacy.html asks for ${placeholder}, which content/en/privacy.json does not have`);
  });
if (/\{\{/.test(privacyPage)) fail('web/privacy.html has a placeholder the build does not fill');
writeFileSync(join(staging, 'privacy.html'), privacyPage);

// 5. The gzip copies, then the new dist/ replaces the old one.
rmSync(work, { recursive: true, force: true });
await writeGzipCopies(staging);
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`build.mjs: wrote ${dist} (build ${build})`);
