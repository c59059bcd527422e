// embed-page.js — the embedding page's own script: writes this tool's real address into
// the snippet and offers to copy it. A file of its own so embed.html needs no inline script
// (the site's content security policy allows scripts from 'self' only).
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var address = document.getElementById('snippet-address');
    var snippet = document.getElementById('snippet');
    var button = document.getElementById('copy-snippet');
    var status = document.getElementById('copy-status');
    if (!address || !snippet || !button || !status) return;

    // embed.js sits next to this page.
    address.textContent = new URL('embed.js', location.href).href;

    if (!navigator.clipboard) return; // The visitor can still select the text.
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(snippet.textContent).then(
        function () { status.textContent = 'Copied.'; },
        function () { status.textContent = 'Could not copy: select the text and copy it instead.'; }
      );
    });
  });
})();
