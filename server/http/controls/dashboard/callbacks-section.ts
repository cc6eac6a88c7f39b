import type { CallbackDelivery } from '../../../core/index.js';
import { html } from '../../html.js';
import { badge, type Column, jsonBlock, postButton, table, time } from './parts.js';
import type { DashboardSection } from './section.js';

const SHOWN = 50;

/** Callbacks (postLink / failurePostLink) with their retry state and a replay button. */
export const callbacksSection: DashboardSection = {
  id: 'callbacks',
  title: 'Callbacks',
  order: 60,
  render({ ns, link }) {
    const deliveries = ns.sandbox.callbacks.list().slice(0, SHOWN);
    const last = (d: CallbackDelivery) => d.attempts[d.attempts.length - 1];
    const columns: Column<CallbackDelivery>[] = [
      { header: 'Order', cell: (d) => d.invoiceId },
      { header: 'Event', cell: (d) => `${d.event} → ${d.kind}` },
      { header: 'URL', cell: (d) => html`<code>${d.url}</code>` },
      { header: 'Status', cell: (d) => badge(d.status) },
      { header: 'Attempts', cell: (d) => d.attempts.length, numeric: true },
      {
        header: 'Last answer',
        cell: (d) => {
          const attempt = last(d);
          if (!attempt) return '';
          return attempt.status === null ? (attempt.error ?? 'no answer') : badge(attempt.status);
        },
      },
      { header: 'Next attempt', cell: (d) => time(d.nextAttemptAt) },
      {
        header: 'Details',
        cell: (d) =>
          html`<details id="cb-${d.id}"><summary>Attempts<span class="visually-hidden"> of callback ${d.id}</span></summary>${jsonBlock(d.attempts)}</details>`,
      },
      {
        header: '',
        cell: (d) =>
          postButton(
            link(`/_sandbox/dashboard/callbacks/${encodeURIComponent(d.id)}/replay`),
            'Replay',
            `Replay callback ${d.id}`,
          ),
      },
    ];
    return table('Callback deliveries, newest first', columns, deliveries, 'No callbacks yet.');
  },
};
