import { describeOutcome, type Fault, type JournalEntry, type Scenario } from '../../../core/index.js';
import { html } from '../../html.js';
import { badge, type Column, jsonBlock, postButton, table, time } from './parts.js';
import type { DashboardSection } from './section.js';

const latencyText = (fault: Fault): string => {
  const l = fault.latencyMs;
  if (l === undefined) return '';
  return typeof l === 'number' ? `${l} ms` : `${l.min}–${l.max} ms`;
};

/** Overview: namespace, clock (with controls), seed, endpoints served. */
export const overviewSection: DashboardSection = {
  id: 'overview',
  title: 'Overview',
  order: 10,
  render({ ns, namespaces, endpoints, link }) {
    const clock = ns.clock;
    const now = ns.sandbox.clock.now().toISOString();
    return html`<dl class="facts">
<div><dt>Namespace</dt><dd>
<form method="get" action="/_sandbox" class="inline">
<label for="ns-select">Show namespace</label>
<select id="ns-select" name="namespace">${namespaces.map(
      (n) => html`<option value="${n.name}"${n.name === ns.name ? html` selected` : ''}>${n.name}</option>`,
    )}</select>
<button type="submit">Show</button></form></dd></div>
<div><dt>Sandbox time</dt><dd>${time(now)} ${clock?.frozen ? badge('frozen') : ''}</dd></div>
<div><dt>Seed</dt><dd>${ns.sandbox.seed()}</dd></div>
<div><dt>Endpoints</dt><dd>${endpoints.map((e) => e.endpoint.id).join(', ')}</dd></div>
</dl>
${
  clock
    ? html`<div class="actions" aria-label="Clock controls">
<form method="post" action="${link('/_sandbox/dashboard/clock')}" class="inline">
<input type="hidden" name="action" value="advance">
<label for="clock-by">Advance the clock by</label>
<input id="clock-by" name="by" value="1h" size="6" pattern="-?(\\d+(d|h|ms|m|s))+" aria-describedby="clock-hint">
<button type="submit">Advance</button></form>
${postButton(link(`/_sandbox/dashboard/clock?action=${clock.frozen ? 'resume' : 'freeze'}`), clock.frozen ? 'Resume' : 'Freeze', clock.frozen ? 'Resume the clock' : 'Freeze the clock')}
${postButton(link('/_sandbox/dashboard/clock?action=reset'), 'Back to server time', 'Set the clock back to server time')}
<p id="clock-hint" class="hint">Durations: d, h, m, s, ms (e.g. 2h30m, -1d).</p>
</div>`
    : html`<p class="hint">This sandbox's clock cannot be moved.</p>`
}`;
  },
};

const scenarioColumns = (link: (p: string) => string): Column<Scenario>[] => [
  { header: 'Id', cell: (s) => s.id },
  { header: 'Endpoint', cell: (s) => s.endpoint },
  { header: 'Outcome', cell: (s) => html`<code>${describeOutcome(s.outcome)}</code>` },
  { header: 'Calls left', cell: (s) => (s.remaining === null ? 'every call' : s.remaining), numeric: true },
  { header: 'Used', cell: (s) => s.hits, numeric: true },
  {
    header: '',
    cell: (s) =>
      postButton(link(`/_sandbox/dashboard/scenarios/${s.id}/delete`), 'Delete', `Delete scenario ${s.id}`),
  },
];

const faultColumns = (link: (p: string) => string): Column<Fault>[] => [
  { header: 'Id', cell: (f) => f.id },
  { header: 'Endpoint', cell: (f) => f.endpoint },
  {
    header: 'Effect',
    cell: (f) => (f.effect === 'status' ? `status ${f.status}` : (f.effect ?? 'latency only')),
  },
  { header: 'Latency', cell: latencyText },
  { header: 'Share', cell: (f) => `${Math.round((f.share ?? 1) * 100)} %`, numeric: true },
  { header: 'Left', cell: (f) => (f.remaining === null ? 'until deleted' : f.remaining), numeric: true },
  { header: 'Hits', cell: (f) => f.hits, numeric: true },
  {
    header: '',
    cell: (f) =>
      postButton(link(`/_sandbox/dashboard/faults/${f.id}/delete`), 'Delete', `Delete fault ${f.id}`),
  },
];

/** Scenarios and faults in force. */
export const controlsSection: DashboardSection = {
  id: 'controls',
  title: 'Scenarios and faults in force',
  order: 20,
  render({ ns, link }) {
    return html`${table('Scenarios (forced outcomes)', scenarioColumns(link), ns.scenarios.list(), 'No scenarios in force (POST /_sandbox/scenarios, or the X-Sandbox-Outcome header).')}
${table('Faults', faultColumns(link), ns.faults.list(), 'No faults in force (POST /_sandbox/faults).')}`;
  },
};

const controlText = (e: JournalEntry): string =>
  [
    e.controls?.outcome,
    e.controls?.fault && `fault ${e.controls.fault}`,
    e.controls?.latencyMs && `+${e.controls.latencyMs} ms`,
  ]
    .filter(Boolean)
    .join(', ');

/** The journal: recent requests with their masked bodies. */
export const requestsSection: DashboardSection = {
  id: 'requests',
  title: 'Recent requests',
  order: 30,
  render({ ns, link }) {
    const entries = ns.journal.list({ limit: 50 });
    const columns: Column<JournalEntry>[] = [
      { header: '#', cell: (e) => e.id, numeric: true },
      { header: 'Time', cell: (e) => time(e.at) },
      {
        header: 'Request',
        cell: (e) => html`<code>${e.method} ${e.path}${e.query ? `?${e.query}` : ''}</code>`,
      },
      { header: 'Endpoint', cell: (e) => e.endpoint ?? '' },
      { header: 'Status', cell: (e) => badge(e.response.status) },
      { header: 'ms', cell: (e) => e.durationMs, numeric: true },
      { header: 'Merchant', cell: (e) => e.clientId ?? '' },
      { header: 'Controls', cell: controlText },
      {
        header: 'Details',
        cell: (
          e,
        ) => html`<details id="req-${e.id}"><summary>Bodies<span class="visually-hidden"> of request ${e.id}</span></summary>
<h4>Request headers</h4>${jsonBlock(e.request.headers)}<h4>Request body</h4>${jsonBlock(e.request.body)}
<h4>Response body</h4>${jsonBlock(e.response.body)}</details>`,
      },
    ];
    return html`<p class="hint">${ns.journal.size} kept of ${ns.journal.capacity}; secrets, tokens and card numbers masked.
<a href="${link('/_sandbox/requests')}">JSON</a></p>
${entries.length > 0 ? postButton(link('/_sandbox/dashboard/requests/clear'), 'Clear the journal', 'Clear the journal of requests') : ''}
${table('Requests, newest first', columns, entries, 'No requests yet.')}`;
  },
};

/** Namespaces and snapshots. */
export const namespacesSection: DashboardSection = {
  id: 'namespaces',
  title: 'Namespaces and snapshots',
  order: 90,
  render({ ns, namespaces, link }) {
    return html`${table(
      'Namespaces',
      [
        {
          header: 'Name',
          cell: (n) => html`<a href="/_sandbox?namespace=${encodeURIComponent(n.name)}">${n.name}</a>`,
        },
        { header: 'Loaded', cell: (n) => (n.loaded ? 'yes' : 'on disk') },
        { header: 'Seed', cell: (n) => n.seed ?? '', numeric: true },
        { header: 'Last used', cell: (n) => time(n.lastUsedAt) },
      ],
      namespaces,
      'Only the default namespace.',
    )}
${table(
  `Snapshots of ${ns.name}`,
  [
    { header: 'Name', cell: (s) => s.name },
    { header: 'Saved', cell: (s) => time(s.savedAt) },
    { header: 'Sandbox time', cell: (s) => time(s.sandboxTime) },
    {
      header: 'Export',
      cell: (s) =>
        html`<a href="${link(`/_sandbox/snapshots/${encodeURIComponent(s.name)}?download`)}">Download<span class="visually-hidden"> ${s.name}</span></a>`,
    },
  ],
  ns.snapshots.list(),
  'No snapshots (POST /_sandbox/snapshots).',
)}
<p><a href="${link('/_sandbox/state?download')}">Export the current state as JSON</a></p>`;
  },
};
