/** HTML that is safe to insert as is: built by {@link html} or marked by {@link raw}, never from raw input. */
export interface Html {
  readonly __html: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b>'); // '&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const isHtml = (value: unknown): value is Html =>
  value !== null && typeof value === 'object' && '__html' in (value as object);

function piece(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (isHtml(value)) return value.__html;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/**
 * Builds HTML from a template (the hosted pages and the dashboard): interpolated values are escaped,
 * unless they are {@link Html} (or arrays of it); `undefined`, `null` and `false` print nothing.
 *
 * @example
 * html`<td>${record.description}</td>`; // escaped, whatever the description holds
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] ?? '');
  return { __html: out };
}

/**
 * Marks trusted markup (the page's own CSS and script) as {@link Html}.
 *
 * @example
 * raw('<style>body{margin:0}</style>');
 */
export function raw(markup: string): Html {
  return { __html: markup };
}
