// patches.mjs — the only edits the build makes to another tool's output, each because no
// option of that tool does it. Each one fails the build with a plain message when the text
// it edits is not there as expected (a new version of the tool, say), and each is tested
// on that tool's real output by .ci/patches.test.mjs (`node --test .ci`).

/**
 * wasm-split-cli's loader (`__wasm_split.js`) starts a part's own download alongside those
 * of the chunks it needs; when a chunk's fails first, nothing ever awaits the part's, and
 * the browser reports an unhandled rejection although the app has already shown that the
 * part could not be fetched (src/ui/lazy.rs). Marking that promise handled keeps its error
 * for whoever awaits it.
 * @param {string} loader the loader's text
 * @param {number} parts how many parts (split_*.wasm) the loader loads
 * @returns {string}
 */
export function markPartDownloadsHandled(loader, parts) {
  const download = /const src = (fetch\([^;]+\));/g;
  const downloads = loader.match(download)?.length ?? 0;
  if (downloads === 0 || downloads < parts) {
    throw new Error(`wasm-split-cli's loader starts ${downloads} downloads in a way this build knows, for ${parts} parts: has its output changed? (.ci/patches.mjs)`);
  }
  return loader.replace(download, 'const src = $1; src.catch(() => {});');
}

/**
 * wasm-bindgen's module, without the JavaScript classes of the `IntoUnderlying*` exports:
 * leptos always turns on server_fn's `browser` feature, whose wasm-streams exports them
 * (streams for server functions, which this app has none of). The build drops those exports
 * from the wasm with wasm-opt's `--remove-exports` (UNUSED_EXPORTS in build.mjs); this drops
 * the classes that would call them.
 * @param {string} js the module's text
 * @returns {string}
 */
export function withoutUnusedClasses(js) {
  const classes = /^export class IntoUnderlying\w* \{\n[\s\S]*?\n\}\n/gm;
  const dispose = /^if \(Symbol\.dispose\) IntoUnderlying\w*\.prototype\[Symbol\.dispose\] = .*\n/gm;
  const finalization = /^const IntoUnderlying\w*Finalization = [^;]*;\n/gm;
  if ((js.match(classes)?.length ?? 0) === 0) {
    throw new Error("wasm-bindgen's module has no IntoUnderlying class in the shape this build knows: has its output changed? (.ci/patches.mjs)");
  }
  const pruned = js.replace(classes, '').replace(dispose, '').replace(finalization, '');
  if (/IntoUnderlying\w*/.test(pruned)) {
    throw new Error("wasm-bindgen's module still names an IntoUnderlying class after the patch: has its output changed? (.ci/patches.mjs)");
  }
  return pruned;
}
