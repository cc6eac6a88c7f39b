/** `multipart/form-data; boundary=...`: the boundary, when given as a plain token (a quoted one is left alone). */
const BOUNDARY = /;\s*boundary=([0-9A-Za-z'()+_,\-./:=?]{1,70})\s*(?:;|$)/i;
const DISPOSITION = 'content-disposition:';
/** The rest of the only header line accepted: a text field, its name with nothing to unescape. */
const FIELD = /^ form-data; name="([^"%\\\r\n]*)"$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The fields of a `multipart/form-data` body made only of text fields in the plain form every client sends
 * (undici's and browsers' `FormData`, curl `-F`), in order, duplicates kept: the same entries as
 * `new Response(body, { headers }).formData()` gives, read in microseconds where the platform parser
 * costs milliseconds the first time. `undefined` for anything else (a file, a part header besides
 * `Content-Disposition`, an escaped name, a preamble, invalid UTF-8, a malformed body...): the caller
 * then asks the platform parser, which accepts or rejects it as before (docs/decisions/0111).
 *
 * @example
 * const form = new FormData();
 * form.append('grant_type', 'client_credentials');
 * const request = new Request('http://x/', { method: 'POST', body: form });
 * readSimpleMultipart(await request.arrayBuffer(), request.headers.get('content-type') ?? '');
 * // [['grant_type', 'client_credentials']]
 */
export function readSimpleMultipart(
  body: ArrayBuffer | string,
  contentType: string,
): [string, string][] | undefined {
  const boundary = BOUNDARY.exec(contentType)?.[1];
  if (boundary === undefined || contentType.toLowerCase().split('boundary=').length !== 2) return undefined;
  let text: string;
  try {
    text = typeof body === 'string' ? body : utf8.decode(body);
  } catch {
    return undefined;
  }
  const delimiter = `--${boundary}`;
  if (!text.startsWith(`${delimiter}\r\n`)) return undefined;
  const fields: [string, string][] = [];
  let at = delimiter.length + 2;
  for (;;) {
    const headerEnd = text.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) return undefined;
    const header = text.slice(at, headerEnd);
    if (header.includes(boundary)) return undefined;
    if (header.slice(0, DISPOSITION.length).toLowerCase() !== DISPOSITION) return undefined;
    const name = FIELD.exec(header.slice(DISPOSITION.length))?.[1];
    if (name === undefined) return undefined;
    const valueStart = headerEnd + 4;
    // The value ends where the boundary next appears, which must be a delimiter after a line break: the
    // platform rejects a body whose values hold the boundary anywhere else.
    const next = text.indexOf(boundary, valueStart);
    if (next < valueStart + 4 || text.slice(next - 4, next) !== '\r\n--') return undefined;
    const valueEnd = next - 4;
    const value = text.slice(valueStart, valueEnd);
    // The platform decodes each value on its own and drops a leading byte order mark.
    if (value.startsWith('\uFEFF')) return undefined;
    fields.push([name, value]);
    at = valueEnd + 2 + delimiter.length;
    if (text.startsWith('\r\n', at)) {
      at += 2;
      continue;
    }
    if (!text.startsWith('--', at)) return undefined;
    const rest = text.slice(at + 2);
    return rest === '' || rest === '\r\n' ? fields : undefined;
  }
}
