// patches.test.mjs — the build's patches of other tools' output (.ci/patches.mjs), on that
// output as the pinned tools write it (tests/build/). Run with `node --test .ci/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markPartDownloadsHandled, withoutUnusedClasses } from './patches.mjs';

const sample = (file) => readFileSync(join(import.meta.dirname, '..', 'tests', 'build', file), 'utf8');

test("every download of wasm-split-cli's loader is marked handled", () => {
  const loader = sample('wasm-split-loader.js');
  const downloads = loader.match(/const src = fetch\(/g).length;
  const patched = markPartDownloadsHandled(loader, 4);
  assert.equal(patched.match(/src\.catch\(\(\) => \{\}\);/g).length, downloads);
  assert.equal(patched.replaceAll(' src.catch(() => {});', ''), loader, 'nothing else changes');
});

test("a loader of another shape fails the build with a plain message", () => {
  const changed = sample('wasm-split-loader.js').replaceAll('const src = fetch(', 'let source = fetch(');
  assert.throws(() => markPartDownloadsHandled(changed, 4), /has its output changed\?/);
  // Fewer downloads than parts: the loader does not start them all in the known way.
  assert.throws(() => markPartDownloadsHandled(sample('wasm-split-loader.js'), 99), /for 99 parts/);
});

test("wasm-bindgen's IntoUnderlying classes leave the module, and nothing else does", () => {
  const module = sample('wasm-bindgen-module.js');
  const patched = withoutUnusedClasses(module);
  assert.doesNotMatch(patched, /IntoUnderlying/);
  assert.match(patched, /export const kept = "a line the patch keeps";/);
  assert.match(patched, /const __wbindgen_enum_ReadableStreamType/);
});

test('a module of another shape fails the build with a plain message', () => {
  const renamed = sample('wasm-bindgen-module.js').replaceAll('export class IntoUnderlying', 'export class  IntoUnderlying');
  assert.throws(() => withoutUnusedClasses(renamed), /has its output changed\?/);
  const unexpected = sample('wasm-bindgen-module.js').replace('export const kept', 'export const k = IntoUnderlyingSink; export const kept');
  assert.throws(() => withoutUnusedClasses(unexpected), /still names an IntoUnderlying class/);
});
