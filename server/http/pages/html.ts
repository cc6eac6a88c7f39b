import { type Html, html, raw } from '../html.js';

export { escapeHtml, type Html, html } from '../html.js';

const STYLE = `
:root{color-scheme:light;--ink:#1d2329;--muted:#55606b;--line:#c9d0d6;--brand:#00805f;--bad:#b3261e}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#f3f5f6}
main{max-width:30rem;margin:0 auto;padding:1.25rem;background:#fff;min-height:100vh}
h1{font-size:1.4rem;margin:.5rem 0 1rem}
.notice{margin:0;padding:.4rem .6rem;font-size:.85rem;background:#fff4ce;border:1px solid #e0c45c;border-radius:4px}
nav ul{display:flex;gap:.75rem;list-style:none;margin:.75rem 0 0;padding:0;font-size:.9rem}
nav a[aria-current]{font-weight:700;color:var(--ink);text-decoration:none}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0 0 1.25rem}
dt{color:var(--muted)}dd{margin:0;word-break:break-word}
.amount{font-size:1.25rem;font-weight:700}
form{display:grid;gap:.35rem}
label{font-weight:600;margin-top:.5rem}
.hint{color:var(--muted);font-size:.85rem;margin:0}
input{font:inherit;padding:.55rem .6rem;border:1px solid #7a858f;border-radius:4px;width:100%}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}.row>div{display:grid;gap:.35rem}
button,.button{font:inherit;font-weight:700;margin-top:1rem;padding:.7rem 1rem;border:0;border-radius:4px;background:var(--brand);color:#fff;cursor:pointer;text-align:center;text-decoration:none;display:inline-block}
.secondary{background:#e8ecef;color:var(--ink)}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.alert{border-left:4px solid var(--bad);padding:.5rem .75rem;background:#fdecea}
.ok{border-left:4px solid var(--brand);padding:.5rem .75rem;background:#e6f4ef}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
`;

/** Headers of every page: never cached, no referrer (params carry the token), nothing loaded from elsewhere. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'",
};

/** What a page is made of. */
export interface PageOptions {
  /** `lang` attribute: ru, kk or en. */
  readonly lang: string;
  readonly title: string;
  readonly body: Html;
}

/**
 * A complete HTML document with the sandbox's inline stylesheet (no external assets).
 *
 * @example
 * c.html(renderPage({ lang: 'en', title: 'Payment', body: html`<h1>Payment</h1>` }).__html);
 */
export function renderPage(options: PageOptions): Html {
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>`;
}
