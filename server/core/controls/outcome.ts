import { catalogueError } from '../errors/index.js';

/** A forced decline: the endpoint answers its own decline/error body with the bank code `code`. */
export interface DeclineOutcome {
  readonly kind: 'decline';
  /** A bank code (`484`, `107`, `401`...) or, for the token endpoint, an OAuth error name (`invalid_grant`). */
  readonly code: number | string;
}

/** A forced server error: HTTP `status` in the endpoint's error shape (`code` for `{code, message}` shapes). */
export interface ErrorOutcome {
  readonly kind: 'error';
  readonly status: number;
  readonly code?: number;
}

/** A forced success: the request is handled normally, and data-driven declines are skipped where supported. */
export interface SuccessOutcome {
  readonly kind: 'success';
}

/** What a scenario or the `X-Sandbox-Outcome` header makes an endpoint answer. */
export type Outcome = DeclineOutcome | ErrorOutcome | SuccessOutcome;

const OAUTH_NAME = /^[a-z][a-z_]{2,40}$/;

const badOutcome = (detail: string) => catalogueError('badOutcome', detail);

function declineCode(value: unknown): number | string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value < 100_000) return value;
  if (typeof value === 'string' && /^\d{1,5}$/.test(value)) return Number(value);
  if (typeof value === 'string' && OAUTH_NAME.test(value)) return value;
  throw badOutcome(
    `a decline code must be a positive bank code such as 484 (or an OAuth error name such as invalid_grant), got ${JSON.stringify(value)}`,
  );
}

function errorStatus(value: unknown): number {
  const status = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599) return status;
  throw badOutcome(`an error status must be an HTTP status from 400 to 599, got ${JSON.stringify(value)}`);
}

function errorCode(value: unknown): number {
  const code = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value;
  if (typeof code === 'number' && Number.isSafeInteger(code) && code > 0 && code < 100_000) return code;
  throw badOutcome(`an error code must be a positive integer, got ${JSON.stringify(value)}`);
}

/**
 * Reads an outcome from the admin API's JSON (`{"kind": "decline", "code": 484}`, `{"kind": "error",
 * "status": 500}`, `{"kind": "success"}`). Throws a 9402 error naming the problem.
 *
 * @example
 * parseOutcome({ kind: 'decline', code: 484 }); // { kind: 'decline', code: 484 }
 */
export function parseOutcome(value: unknown): Outcome {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badOutcome('field \'outcome\' must be an object such as {"kind": "decline", "code": 484}');
  }
  const o = value as Record<string, unknown>;
  const allowed: Record<string, readonly string[]> = {
    decline: ['kind', 'code'],
    error: ['kind', 'status', 'code'],
    success: ['kind'],
  };
  const fields = typeof o.kind === 'string' ? allowed[o.kind] : undefined;
  if (!fields) {
    throw badOutcome(`'kind' must be decline, error or success, got ${JSON.stringify(o.kind)}`);
  }
  const extra = Object.keys(o).find((k) => !fields.includes(k));
  if (extra) throw badOutcome(`unknown field '${extra}' in a ${String(o.kind)} outcome`);
  if (o.kind === 'decline') {
    if (o.code === undefined) throw badOutcome("a decline needs a 'code', e.g. 484");
    return { kind: 'decline', code: declineCode(o.code) };
  }
  if (o.kind === 'error') {
    if (o.status === undefined) throw badOutcome("an error needs a 'status', e.g. 500");
    return {
      kind: 'error',
      status: errorStatus(o.status),
      ...(o.code !== undefined ? { code: errorCode(o.code) } : {}),
    };
  }
  return { kind: 'success' };
}

/**
 * Reads the `X-Sandbox-Outcome` header: `decline:484`, `decline:invalid_grant`, `error:500`,
 * `error:503:9401`, or `success`. Throws a 9403 error naming the problem.
 *
 * @example
 * parseOutcomeHeader('decline:484'); // { kind: 'decline', code: 484 }
 */
export function parseOutcomeHeader(text: string): Outcome {
  const parts = text.trim().split(':');
  const [kind, first, second] = parts;
  try {
    if (kind === 'success' && parts.length === 1) return { kind: 'success' };
    if (kind === 'decline' && parts.length === 2) return { kind: 'decline', code: declineCode(first) };
    if (kind === 'error' && (parts.length === 2 || parts.length === 3)) {
      return {
        kind: 'error',
        status: errorStatus(first),
        ...(second !== undefined ? { code: errorCode(second) } : {}),
      };
    }
  } catch (error) {
    throw catalogueError('badOutcomeHeader', `'${text}': ${(error as Error).message}`);
  }
  throw catalogueError(
    'badOutcomeHeader',
    `'${text}' is not one of decline:<code>, error:<status>[:<code>], success`,
  );
}

/**
 * The header spelling of an outcome (`decline:484`), for logs, the journal and the dashboard.
 *
 * @example
 * describeOutcome({ kind: 'error', status: 503 }); // 'error:503'
 */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'decline') return `decline:${outcome.code}`;
  if (outcome.kind === 'error') return `error:${outcome.status}${outcome.code ? `:${outcome.code}` : ''}`;
  return 'success';
}
