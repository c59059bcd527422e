// boot.js — starts the app: loads its module and WebAssembly (named on this script's own tag
// by the build, .ci/build.mjs), then keeps this build for offline use (sw.js). If the app
// cannot start (the network dropped mid-download, a browser without WebAssembly), the loading
// page says so in plain words instead of loading for ever.

const tag = document.querySelector('script[data-app][data-wasm][data-build]');

/** Shows the loading page's "could not start" text as an alert. */
function reportFailure() {
  const page = document.getElementById('loading-page');
  const note = document.getElementById('loading-note');
  if (page && note) {
    note.textContent = page.dataset.loadFailed ?? '';
    note.setAttribute('role', 'alert');
  }
}

/**
 * Registers sw.js for this build where the browser offers service workers (not on plain-HTTP
 * pages other than localhost). A new build's page registers it with its own build, which
 * installs a new worker with that build's files. Failure only means no offline copy.
 */
function keepForOffline(build) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`./sw.js?build=${encodeURIComponent(build)}`).catch(() => {});
}

// Embedded in another site (?embed=1), the check has no header of its own, loading or not.
if (new URLSearchParams(location.search).get('embed') === '1') {
  document.querySelector('#loading-page header')?.remove();
}

try {
  if (!tag) throw new Error('the page does not name the app’s files');
  const app = await import(tag.dataset.app);
  await app.default({ module_or_path: tag.dataset.wasm });
  keepForOffline(tag.dataset.build);
} catch (error) {
  reportFailure();
  console.error(error);
}
