// embed-page.js — the embedding page's own script: writes this tool's real address into
// the snippets, lets the reader choose the options (the live preview and both snippets
// follow them) and offers to copy. A file of its own so embed.html needs no inline script
// (the site's content security policy allows scripts from 'self' only).
(function () {
  'use strict';

  /** The tool sits next to this page. */
  var TOOL = new URL('./', location.href).href;

  /** The chosen options as data attributes, in the order the docs list them. */
  function chosen(form) {
    var options = [];
    if (form.elements['use-accent'].checked) options.push(['accent', form.elements.accent.value]);
    if (form.elements.theme.value) options.push(['theme', form.elements.theme.value]);
    if (form.elements.mode.value) options.push(['mode', form.elements.mode.value]);
    return options;
  }

  function widgetSnippet(options) {
    var attributes = options.map(function (o) { return ' data-' + o[0] + '="' + o[1] + '"'; }).join('');
    return '<div data-readiness-widget' + attributes + '></div>\n' +
      '<script src="' + TOOL + 'embed.js" async></script>';
  }

  function frameSnippet(options) {
    var src = new URL(TOOL);
    src.searchParams.set('embed', '1');
    options.forEach(function (o) { src.searchParams.set(o[0], o[1]); });
    return '<iframe src="' + src.href + '" title="District AI readiness check" width="100%" ' +
      'height="900" style="border:0" referrerpolicy="no-referrer"></iframe>';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('options-form');
    var preview = document.getElementById('preview');
    var snippet = document.getElementById('snippet');
    var frame = document.getElementById('iframe-snippet');
    if (!form || !preview || !snippet || !frame) return;

    Array.prototype.forEach.call(document.querySelectorAll('.tool-address'), function (span) {
      span.textContent = TOOL;
    });

    // The preview is the snippet's own div: embed.js follows its attributes.
    function update() {
      var options = chosen(form);
      form.elements.accent.disabled = !form.elements['use-accent'].checked;
      ['accent', 'theme', 'mode'].forEach(function (name) { preview.removeAttribute('data-' + name); });
      options.forEach(function (o) { preview.setAttribute('data-' + o[0], o[1]); });
      snippet.textContent = widgetSnippet(options);
      frame.textContent = frameSnippet(options);
    }
    form.hidden = false;
    form.addEventListener('change', update);
    form.addEventListener('input', update);
    update();

    if (!navigator.clipboard) return; // The visitor can still select the text.
    Array.prototype.forEach.call(document.querySelectorAll('[data-copy]'), function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var status = button.parentNode.querySelector('.copy-status');
      if (!source || !status) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent).then(
          function () { status.textContent = 'Copied.'; },
          function () { status.textContent = 'Could not copy: select the text and copy it instead.'; }
        );
      });
    });
  });
})();
