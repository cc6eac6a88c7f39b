/**
 * A compact, value-free description of a JSON body's shape, for probes: `{error: string, error_description: string}`.
 *
 * @example
 * describeShape({ code: 232, message: 'x' }, ''); // '{code: number, message: string}'
 */
export function describeShape(body: unknown, text: string): string {
  if (body === undefined) return text.trim() === '' ? 'empty body' : 'not JSON';
  if (Array.isArray(body)) return 'array';
  if (body === null || typeof body !== 'object') return typeof body;
  const fields = Object.entries(body as Record<string, unknown>)
    .map(
      ([key, value]) => `${key}: ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`,
    )
    .sort();
  return `{${fields.join(', ')}}`;
}
