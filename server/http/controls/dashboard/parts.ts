import { type Html, html } from '../../html.js';

/** A column of {@link table}: header text and the cell of a row. */
export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => unknown;
  /** Right-aligned numbers. */
  readonly numeric?: boolean;
}

/**
 * An accessible data table (caption, column headers with scope), or a short note when there are no rows.
 *
 * @example
 * table('Scenarios in force', columns, scenarios, 'No scenarios.');
 */
export function table<T>(
  caption: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  empty: string,
): Html {
  if (rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="scroll"><table>
<caption>${caption}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ''}>${c.header || html`<span class="visually-hidden">Actions</span>`}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${columns.map((c) => html`<td${c.numeric ? html` class="num"` : ''}>${c.cell(row)}</td>`)}</tr>`,
  )}</tbody>
</table></div>`;
}

/**
 * A status badge: the text itself says the status; the colour only repeats it.
 *
 * @example
 * badge(404); // <span class="badge bad">404</span>
 */
export function badge(status: number | string): Html {
  const text = String(status);
  const n = Number(text);
  const tone =
    text === '0'
      ? 'bad'
      : Number.isFinite(n) && n > 0
        ? n < 300
          ? 'ok'
          : n < 500
            ? 'warn'
            : 'bad'
        : /^(CHARGE|ok|ACTIVE|CHARGED|PAID|delivered|success)$/i.test(text)
          ? 'ok'
          : /^(AUTH|NEW|pending|retrying|3D)$/i.test(text)
            ? 'warn'
            : 'neutral';
  return html`<span class="badge ${tone}">${text === '0' ? 'no answer' : text}</span>`;
}

/**
 * A POST button in its own small form (works without script).
 *
 * @example
 * postButton('/_sandbox/dashboard/scenarios/sc_1/delete', 'Delete', 'Delete scenario sc_1');
 */
export function postButton(action: string, label: string, accessibleName: string): Html {
  return html`<form method="post" action="${action}" class="inline"><button type="submit" aria-label="${accessibleName}">${label}</button></form>`;
}

/**
 * Pretty JSON in a `<pre>`.
 *
 * @example
 * jsonBlock(entry.request.body);
 */
export function jsonBlock(value: unknown): Html {
  return html`<pre>${value === null || value === undefined ? '(none)' : JSON.stringify(value, null, 2)}</pre>`;
}

/**
 * A `<time>` element: the instant without milliseconds, the full ISO-8601 value in `datetime` and `title`.
 *
 * @example
 * time('2026-11-27T10:00:00.000Z'); // <time datetime="...">2026-11-27 10:00:00Z</time>
 */
export function time(iso: string | null | undefined): Html {
  if (!iso) return html``;
  return html`<time datetime="${iso}" title="${iso}">${iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>`;
}
