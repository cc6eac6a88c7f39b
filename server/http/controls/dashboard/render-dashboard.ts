import { VERSION } from '../../../version.js';
import { html, raw } from '../../html.js';
import { DASHBOARD_CSS, DASHBOARD_SCRIPT } from './page-assets.js';
import type { DashboardContext, DashboardSection } from './section.js';

/**
 * Renders the dashboard page: every section that has something to show, in order.
 *
 * @example
 * const page = renderDashboard(sections, ctx); // a complete HTML document
 */
export function renderDashboard(sections: readonly DashboardSection[], ctx: DashboardContext): string {
  const shown = sections
    .map((section) => ({ section, body: section.render(ctx) }))
    .filter((s) => s.body !== undefined);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>epay-sandbox dashboard (${ctx.ns.name})</title><style>${raw(DASHBOARD_CSS)}</style></head>
<body><a class="skip" href="#content">Skip to content</a>
<header><h1>epay-sandbox <span class="hint">${VERSION}</span></h1>
<nav aria-label="Sections"><ul>${shown.map(({ section }) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}</ul></nav>
<p><label><input type="checkbox" id="auto-refresh"> Auto-refresh</label> <span id="refresh-status" role="status" class="hint"></span></p>
</header>
<main id="content">${shown.map(
    ({ section, body }) =>
      html`<section id="${section.id}" aria-labelledby="${section.id}-title"><h2 id="${section.id}-title">${section.title}</h2>${body}</section>`,
  )}</main>
<script>${raw(DASHBOARD_SCRIPT)}</script></body></html>`.__html;
}
