// split-wasm.mjs — part of the trunk post-build hook (.ci/post-build.mjs): splits the app's
// WebAssembly into the first download and the parts fetched when first shown.
//
// trunk builds the crate with the `split` feature, so every `split_view!` (src/ui/lazy.rs)
// is a split point, and runs wasm-bindgen on the whole module. This step redoes the last
// part from cargo's own output (linked with --emit-relocs, see .cargo/config.toml):
//   1. wasm-split-cli moves the code that only a split point reaches into split_*.wasm (and
//      code shared by several split points into chunk_*.wasm), and writes the loader
//      __wasm_split.js that fetches them;
//   2. wasm-bindgen turns what is left into the app's .js and _bg.wasm, keeping the
//      linker's exports (the function table) that the parts link against;
//   3. wasm-opt -Oz shrinks every .wasm, and terser the two JavaScript loaders (release
//      builds);
//   4. the files replace trunk's in the staging folder, under trunk's names for the main
//      module, and the parts and loader are named with a hash of this build.
// It returns the loader's file name, for index.html to preload it.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
 * JavaScript classes a dependency exports from the wasm that the app never uses: leptos
 * always builds server_fn with its `browser` feature, whose wasm-streams exports the
 * `IntoUnderlying*` classes (streams for server functions; this app has none). An export
 * is never dead code, so their code would ride in the first download (about 1.6 KB gzip);
 * the release build drops the exports, and every build the classes in the loader.
 */
const UNUSED_EXPORTS = ['intounderlying*', '__wbg_intounderlying*'];
const UNUSED_CLASSES = /IntoUnderlying\w*/;

/**
 * The longer texts only the parts show: content/en/ui-parts.json and the questionnaire's
 * recommendations, less any that the first download's content also holds. Only the parts'
 * code reads them (`PartText`, `Advice`), so wasm-split moves them out of the first wasm.
 */
function partsWords(root) {
  const read = (file) => JSON.parse(readFileSync(join(root, 'content', 'en', file), 'utf8'));
  const texts = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((inner) => texts(inner));
  const bank = read('questionnaire.json');
  const advice = bank.dimensions.map((dimension) => dimension.recommendations);
  const questions = bank.dimensions.map(({ recommendations, ...dimension }) => dimension);
  const firstTexts = new Set([...texts(read('ui.json')), ...texts(questions)]);
  return [...texts(read('ui-parts.json')), ...texts(advice)].filter((text) => text.length >= 40 && !firstTexts.has(text));
}

/** wasm-bindgen's loader without the classes of UNUSED_CLASSES, which nothing else names. */
function withoutUnusedClasses(js, fail) {
  const classes = /^export class IntoUnderlying\w* \{\n[\s\S]*?\n\}\n/gm;
  const dispose = /^if \(Symbol\.dispose\) IntoUnderlying\w*\.prototype\[Symbol\.dispose\] = .*\n/gm;
  const finalization = /^const IntoUnderlying\w*Finalization = [^;]*;\n/gm;
  const pruned = js.replace(classes, '').replace(dispose, '').replace(finalization, '');
  if (UNUSED_CLASSES.test(pruned)) fail("wasm-bindgen's loader names an IntoUnderlying class in a way this build does not expect");
  return pruned;
}

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** terser, from .ci/tools (installed by .ci/install-tools). */
const terser = createRequire(import.meta.url)('./tools/node_modules/terser');

/** Minifies an ES module in release builds; keeps its exports' names. */
export async function minifyModule(code, release) {
  if (!release) return code;
  const { code: minified } = await terser.minify(code, { module: true, compress: true, mangle: true });
  return minified;
}

/**
 * @param {string} staging trunk's staging folder
 * @param {string} root the repository root
 * @param {(message: string) => never} fail
 * @param {{ file: string, integrity: string }} stylesheet the parts' stylesheet in the
 *   staging folder: every part waits for it, so no screen is ever shown unstyled
 * @returns {Promise<string>} the loader's file name
 */
export async function splitWasm(staging, root, fail, stylesheet) {
  const release = process.env.TRUNK_PROFILE === 'release';
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const raw = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'district-ai-readiness.wasm');
  if (!existsSync(raw)) fail(`cargo's output ${raw} is missing`);
  const glue = readdirSync(staging).find((f) => /^district-ai-readiness-[0-9a-f]+\.js$/.test(f));
  if (!glue) fail("trunk's district-ai-readiness-<hash>.js is not in the staging folder");
  const stem = glue.slice(0, -'.js'.length);

  const work = mkdtempSync(join(tmpdir(), 'district-ai-readiness-split-'));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    run('wasm-split-cli', ['--target', 'web', '--out-name', stem, raw, split]);
    run('wasm-bindgen', ['--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', bound, '--out-name', stem, join(split, `${stem}.wasm`)]);

    const parts = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`).sort();
    if (parts.length === 0) fail('wasm-split-cli found no split points; is the `split` feature on in index.html?');
    const optimise = (from, to, ...leadingPasses) =>
      release ? run('wasm-opt', [...leadingPasses, '-Oz', ...WASM_FEATURES, ...WASM_OPT_ASSUMPTIONS, from, '-o', to]) : copyFileSync(from, to);
    const dropUnusedExports = ['--remove-exports', `--pass-arg=remove-exports@${UNUSED_EXPORTS.join(',')}`];
    optimise(join(bound, `${stem}_bg.wasm`), join(staging, `${stem}_bg.wasm`), ...dropUnusedExports);
    const firstWasm = readFileSync(join(staging, `${stem}_bg.wasm`));
    if (release && firstWasm.includes('intounderlying')) fail('wasm-opt left an IntoUnderlying export in the first wasm');
    const strayWord = partsWords(root).find((words) => firstWasm.includes(words));
    if (strayWord) fail(`the first wasm holds words only the parts show ("${strayWord}"): does code outside a split point read PartText or Advice?`);
    for (const part of parts) optimise(join(split, part), join(work, part));

    // One hash for the parts and the loader: they only ever work with this build's module
    // (and stylesheet, whose name the loader holds).
    const hash = contentHash(
      ...parts.map((part) => readFileSync(join(work, part))),
      readFileSync(join(staging, `${stem}_bg.wasm`)),
      stylesheet.file,
      stylesheet.integrity,
    );

    let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
    // A part's own download starts alongside those of the chunks it needs; when a chunk's
    // fails first, nothing ever awaits the part's, and the page would report an unhandled
    // rejection. Marking it handled keeps the error for whoever awaits it.
    const download = /const src = (fetch\([^;]+\));/g;
    const downloads = loader.match(download)?.length ?? 0;
    if (downloads !== parts.length) fail(`__wasm_split.js downloads ${downloads} files, not the ${parts.length} parts`);
    loader = loader.replace(download, 'const src = $1; src.catch(() => {});');
    loader = withStylesheet(loader, stylesheet, fail);
    for (const part of parts) {
      const named = `${part.slice(0, -'.wasm'.length)}-${hash}.wasm`;
      const reference = `"./${part}"`;
      if (!loader.includes(reference)) fail(`__wasm_split.js does not load ${part} as expected`);
      loader = loader.replaceAll(reference, `"./${named}"`);
      copyFileSync(join(work, part), join(staging, named));
    }
    const loaderName = `split-loader-${hash}.js`;
    writeFileSync(join(staging, loaderName), await minifyModule(loader, release));

    // Only the import statements are renamed: the wasm still imports from "./__wasm_split.js".
    const js = withoutUnusedClasses(readFileSync(join(bound, `${stem}.js`), 'utf8'), fail);
    const loaderImport = 'from "./__wasm_split.js"';
    if (!js.includes(loaderImport)) fail(`wasm-bindgen's ${stem}.js does not import ./__wasm_split.js`);
    writeFileSync(join(staging, glue), await minifyModule(js.replaceAll(loaderImport, `from "./${loaderName}"`), release));
    return loaderName;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The loader, with the parts' stylesheet as a dependency of every part: added to the page
 * alongside the part's download, and awaited like a chunk. If it cannot be fetched, the
 * part's load fails as for a missing chunk (and a later try adds it again).
 */
function withStylesheet(loader, { file, integrity }, fail) {
  const partLoad = /(export const __wasm_split_load_\w+ = wrapAsyncCb\(makeLoad\(\(\) => \{[\s\S]*?\n\}\n, \[)([^\]]*)(\]\)\);)/g;
  const found = loader.match(partLoad)?.length ?? 0;
  const exported = loader.match(/export const __wasm_split_load_/g)?.length ?? 0;
  if (found === 0 || found !== exported) {
    fail(`__wasm_split.js exports ${exported} part loaders, ${found} of the shape that can wait for the stylesheet`);
  }
  const load = `/* The parts' stylesheet (style/parts.css): a part is shown only once it applies. */
const __parts_css = makeLoad(() => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("./${file}", import.meta.url).href;
    link.integrity = "${integrity}";
    const applied = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => { link.remove(); reject(new Error("the parts' stylesheet could not be loaded")); };
    });
    applied.catch(() => {});
    document.head.append(link);
    return async () => applied;
}, []);
`;
  const firstPartLoad = loader.search(/export const __wasm_split_load_/);
  return (loader.slice(0, firstPartLoad) + load + loader.slice(firstPartLoad)).replace(
    partLoad,
    (_, before, deps, after) => `${before}${deps.trim() ? `${deps}, ` : ''}__parts_css${after}`,
  );
}

/** The hash in a built file's name: 16 hex digits of the SHA-256 of its contents, in order. */
export function contentHash(...contents) {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  return hash.digest('hex').slice(0, 16);
}

/** The `integrity` value of a file's bytes, as trunk writes it (SHA-384). */
export const integrityOf = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
