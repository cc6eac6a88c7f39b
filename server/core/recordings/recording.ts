/** Format tag of a recording file. */
export const RECORDING_FORMAT = 'epay-sandbox-recording/1';

/** One recorded answer of a remote host (`epay-sandbox contracts --record DIR`), masked. */
export interface Recording {
  readonly format: typeof RECORDING_FORMAT;
  /** Endpoint id of the contract table. */
  readonly endpoint: string;
  readonly method: string;
  /** Path on the newer layout (no `/api` prefix), with the query string. */
  readonly path: string;
  /** The request's JSON body or form fields, masked. */
  readonly request?: { readonly json?: unknown; readonly form?: Readonly<Record<string, string>> };
  readonly status: number;
  /** The answer's JSON body, masked (absent when it was not JSON). */
  readonly response?: unknown;
  readonly recordedAt: string;
  /** Origin of the host that answered. */
  readonly host: string;
  /** The contract or probe that made the request. */
  readonly contract: string;
}

/**
 * Stable JSON (keys sorted), to compare request bodies.
 *
 * @example
 * canonicalJson({ b: 1, a: [2] }); // '{"a":[2],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The key a recording is replayed under: method, path and the masked JSON body.
 *
 * @example
 * recordingKey('POST', '/operations', maskedBody); // 'POST /operations {"paging":...}'
 */
export function recordingKey(method: string, path: string, maskedJson: unknown): string {
  return `${method.toUpperCase()} ${path} ${maskedJson === undefined ? '' : canonicalJson(maskedJson)}`;
}

/**
 * True when `value` is a recording file's content.
 *
 * @example
 * if (!isRecording(JSON.parse(text))) console.warn('not a recording');
 */
export function isRecording(value: unknown): value is Recording {
  const r = value as Partial<Recording> | null;
  return (
    r !== null &&
    typeof r === 'object' &&
    r.format === RECORDING_FORMAT &&
    typeof r.endpoint === 'string' &&
    typeof r.method === 'string' &&
    typeof r.path === 'string' &&
    typeof r.status === 'number'
  );
}
