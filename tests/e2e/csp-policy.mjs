// csp-policy.mjs — the Content-Security-Policy the app must run under (and hosts are asked to send):
// no inline script or style, nothing from any other origin, embeddable anywhere.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors *',
].join('; ');
