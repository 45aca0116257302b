import { config } from 'zod';

// In a browser zod must not compile its parsers with `new Function` (nor probe whether it may):
// the platform's Content-Security-Policy refuses eval (issue 12), and each probe would be reported
// as a violation. On the server the compiled parsers stay (faster; no CSP there). This module is
// imported first by the package's index, before any schema is made.
if ('document' in globalThis) config({ jitless: true });
