// eslint.config.mjs — lints the JavaScript this repository writes itself: the page's boot
// script and service worker (web/), the embed script (embed/), and the build (.ci/*.mjs).
// Run by command 2 with the eslint pinned in .ci/tools.
import js from './.ci/tools/node_modules/@eslint/js/src/index.js';
import globals from './.ci/tools/node_modules/globals/index.js';

export default [
  js.configs.recommended,
  {
    files: ['web/boot.js', 'embed/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    files: ['embed/embed.js', 'embed/embed-page.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['web/sw.js'],
    languageOptions: { sourceType: 'script', globals: globals.serviceworker },
  },
  {
    files: ['.ci/*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
];
