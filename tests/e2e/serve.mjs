// serve.mjs — tiny dependency-free static file server for e2e tests: `node serve.mjs <dir> <port>`
// (env GZIP=1 to gzip, sending a file's precompressed `<file>.gz` when it exists; CSP=1 to
// send the strict Content-Security-Policy documented in README.md).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolve, join, extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './csp-policy.mjs';

const root = resolve(process.argv[2] ?? '.');
const port = Number(process.argv[3] ?? 4173);
const gzip = process.env.GZIP === '1';

const csp = process.env.CSP === '1';

/** Content-Type by file extension; anything else is served as application/octet-stream. @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

/**
 * Plain-text response with no caching.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed\n');
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  if (pathname.includes('\0')) return send(res, 400, 'Bad Request\n');
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = join(root, pathname);
  // Reject anything that resolves outside the served root (e.g. /../, %2e%2e%2f).
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden\n');
  try {
    if (!(await stat(file)).isFile()) return send(res, 404, 'Not Found\n');
    let body = await readFile(file);
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    if (csp) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    if (gzip) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // The release build's precompressed copy when there is one (as nginx's gzip_static).
        body = await readFile(`${file}.gz`).catch(() => gzipSync(body, { level: 9 }));
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'Not Found\n');
  }
});

server.on('error', (err) => {
  console.error(`serve.mjs: ${err.message}`);
  process.exit(1);
});
// Fail fast (instead of serving 404s until Playwright times out) when the dist folder is missing.
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`serve.mjs: ${root} is not a directory (build the app first: \`bash .ci/serve\` or \`bash .ci/test\` builds it)`);
  process.exit(1);
}
server.listen(port, '127.0.0.1', () => console.log(`serve.mjs: ${root} on http://127.0.0.1:${port}/${gzip ? ' (gzip)' : ''}`));
// Exit at once when Playwright (or a shell) stops us.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
