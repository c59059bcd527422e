/*! District AI Readiness Check — embed script. Turns every
 *  <div data-readiness-widget></div> on the page into an iframe of the check, sized to its
 *  content. No dependencies, no cookies, no storage; it sends nothing anywhere. The check
 *  runs inside the iframe, and the host page cannot read the answers.
 *  Options (invalid values are ignored with a console warning):
 *    data-accent="#1f5f8b"   accent colour, #rgb or #rrggbb
 *    data-theme="light|dark" force a colour scheme (default: the visitor's setting)
 *    data-mode="pulse|full"  which check to open with
 *  Changing an option later reopens the check with it.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return; // Only works as a classic <script src="…/embed.js">.

  // The app lives next to this script.
  var app = new URL('./', script.src);
  var HEIGHT_MESSAGE = 'district-ai-readiness:height';
  var OPTIONS = {
    accent: { valid: /^#(?:[0-9a-f]{3}){1,2}$/i, example: 'a colour like #1f5f8b' },
    theme: { valid: /^(?:light|dark)$/, example: 'light or dark' },
    mode: { valid: /^(?:pulse|full)$/, example: 'pulse or full' },
  };
  var frames = [];

  /** The iframe's address: the app in compact mode, with the valid options. */
  function frameAddress(element) {
    var src = new URL(app.href);
    src.search = '?embed=1';
    Object.keys(OPTIONS).forEach(function (name) {
      var value = element.getAttribute('data-' + name);
      if (value === null) return;
      if (OPTIONS[name].valid.test(value)) {
        src.searchParams.set(name, value);
      } else {
        console.warn('district-ai-readiness embed: ignoring data-' + name + '="' + value +
          '" (expected ' + OPTIONS[name].example + ')');
      }
    });
    return src.href;
  }

  function embed(element) {
    if (element.hasAttribute('data-readiness-widget-ready')) return;
    element.setAttribute('data-readiness-widget-ready', '');
    var frame = document.createElement('iframe');
    frame.src = frameAddress(element);
    frame.title = 'District AI readiness check';
    frame.referrerPolicy = 'no-referrer';
    // Styles go through the CSS object model, which a strict style-src policy allows.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '600px'; // Until the check reports its own height.
    element.appendChild(frame);
    frames.push(frame);
    // A page that changes the options later (a site builder, a preview) gets a check
    // opened with the new ones.
    if (typeof MutationObserver === 'function') {
      new MutationObserver(function () {
        var next = frameAddress(element);
        if (frame.src !== next) frame.src = next;
      }).observe(element, { attributes: true, attributeFilter: ['data-accent', 'data-theme', 'data-mode'] });
    }
  }

  function embedAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-readiness-widget]'), embed);
  }

  // The only message accepted: {type: HEIGHT_MESSAGE, height: number}, from one of our
  // iframes, at the app's origin. Anything else is ignored.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== app.origin) return;
    if (!data || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return;
    if (data.type !== HEIGHT_MESSAGE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', embedAll);
  } else {
    embedAll();
  }
})();
