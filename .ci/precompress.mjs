// precompress.mjs — writes beside every page, script, stylesheet and wasm file in a folder
// its gzip-compressed copy, `<file>.gz`, made with zopfli (from .ci/tools): a valid gzip
// stream about 5% smaller than gzip -9, for hosts that serve precompressed files (README §
// Hosting). Used by the release build (build.mjs) and, for the SurveyJS page it is
// compared with, by the benchmark (tests/e2e/bench.mjs).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Writes `<file>.gz` for every .html, .js, .css and .wasm file in `dir`; throws if a copy
 * does not unpack to its file. zopfli spends seconds searching for a shorter encoding of
 * the same bytes, which a server compressing on each request cannot afford; any browser
 * reads the result as ordinary gzip.
 * @param {string} dir
 */
export async function writeGzipCopies(dir) {
  const { gzipAsync } = createRequire(import.meta.url)('./tools/node_modules/@gfx/zopfli');
  for (const file of readdirSync(dir).filter((f) => /\.(html|js|css|wasm)$/.test(f))) {
    const original = readFileSync(join(dir, file));
    const compressed = await gzipAsync(original, { numiterations: 15 });
    if (!gunzipSync(compressed).equals(original)) throw new Error(`zopfli's ${file}.gz does not unpack to ${file}`);
    writeFileSync(join(dir, `${file}.gz`), compressed);
  }
}
