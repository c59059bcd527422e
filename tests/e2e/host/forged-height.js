// forged-height.js — posts a well-formed height message to the parent from the host's origin (embed.spec.ts).
parent.postMessage({ type: 'district-ai-readiness:height', height: 222 }, '*');
