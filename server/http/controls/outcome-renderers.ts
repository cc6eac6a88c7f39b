import type { Context } from 'hono';
import {
  bankMessage,
  type DeclineOutcome,
  ERROR_CATALOGUE,
  type ErrorOutcome,
  OAUTH_ERROR_STATUS,
  type OAuthErrorCode,
  RESULT_CODES,
} from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../request-body.js';

/** A failure the sandbox was told to answer: a forced decline or error, or a status fault. */
export interface ForcedFailure {
  readonly outcome: DeclineOutcome | ErrorOutcome;
  /** The message to answer with (the bank's for a known decline code). */
  readonly message: string;
  /** Who asked: a scenario, the `X-Sandbox-Outcome` header, or a `status` fault. */
  readonly source: 'scenario' | 'header' | 'fault';
}

/** An answer built by a renderer: HTTP status and JSON body. */
export interface ForcedAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Answers forced outcomes in one endpoint's own error shape. Route owners pass one to `registerEndpoint`
 * (or add their endpoint id to {@link DEFAULT_OUTCOME_RENDERERS}); endpoints without one get
 * {@link OAUTH_OUTCOMES} (OAuth host) or {@link API_OUTCOMES} (API host).
 */
export interface OutcomeRenderer {
  /** Why this endpoint cannot answer `outcome` (checked when a scenario is created), or undefined. */
  check?(outcome: DeclineOutcome | ErrorOutcome): string | undefined;
  /** The answer of a forced decline or error (nothing is stored unless the renderer does it). */
  render(failure: ForcedFailure, c: Context<AppEnv>): ForcedAnswer | Promise<ForcedAnswer>;
  /**
   * A forced success. Return an answer to short-circuit the handler, or undefined to run it normally; the
   * handler sees the outcome through `forcedOutcome(c)` and may skip its data-driven declines.
   */
  success?(c: Context<AppEnv>): ForcedAnswer | undefined | Promise<ForcedAnswer | undefined>;
}

const errorCode = (failure: ForcedFailure): number =>
  failure.outcome.kind === 'error' && failure.outcome.code !== undefined
    ? failure.outcome.code
    : failure.source === 'fault'
      ? ERROR_CATALOGUE.injectedFault.code
      : ERROR_CATALOGUE.forcedError.code;

const numericDecline = (outcome: DeclineOutcome | ErrorOutcome, example: string): string | undefined =>
  outcome.kind === 'decline' && typeof outcome.code !== 'number'
    ? `this endpoint declines with a numeric bank code such as ${example}, not '${outcome.code}'`
    : undefined;

/**
 * `{code, message}` errors of the API routes (000–002, lifecycle): a decline is HTTP 400 with the bank
 * code; an error is the forced status with code 9400 (9401 for a fault) unless one is given.
 *
 * @example
 * registerEndpoint(app, endpoints.operationsSearch, handler); // API_OUTCOMES by default
 */
export const API_OUTCOMES: OutcomeRenderer = {
  check: (outcome) => numericDecline(outcome, '484'),
  render(failure) {
    const { outcome, message } = failure;
    if (outcome.kind === 'decline') return { status: 400, body: { code: outcome.code, message } };
    return { status: outcome.status, body: { code: errorCode(failure), message } };
  },
};

const OAUTH_BY_CODE: Readonly<Record<number, OAuthErrorCode>> = {
  400: 'invalid_request',
  401: 'invalid_client',
};

const oauthName = (code: number | string): OAuthErrorCode | undefined =>
  typeof code === 'number'
    ? OAUTH_BY_CODE[code]
    : code in OAUTH_ERROR_STATUS
      ? (code as OAuthErrorCode)
      : undefined;

/**
 * OAuth2 errors of the token endpoint (RFC 6749 §5.2): `decline:401` is `invalid_client` (401),
 * `decline:400` is `invalid_request`, and any OAuth error name may be given (`decline:invalid_grant`). An
 * error is `server_error` (`temporarily_unavailable` for 503).
 *
 * @example
 * // X-Sandbox-Outcome: decline:401 -> 401 {"error":"invalid_client","error_description":"..."}
 */
export const OAUTH_OUTCOMES: OutcomeRenderer = {
  check(outcome) {
    if (outcome.kind !== 'decline' || oauthName(outcome.code)) return undefined;
    return `the token endpoint declines with 400, 401 or an OAuth error name (${Object.keys(OAUTH_ERROR_STATUS).join(', ')}), not ${outcome.code}`;
  },
  render({ outcome, message }) {
    if (outcome.kind === 'decline') {
      const error = oauthName(outcome.code) ?? 'invalid_request';
      return {
        status: OAUTH_ERROR_STATUS[error],
        body: { error, error_description: `${error} forced by the sandbox` },
      };
    }
    const error = outcome.status === 503 ? 'temporarily_unavailable' : 'server_error';
    return { status: outcome.status, body: { error, error_description: message } };
  },
};

/**
 * The check-status shape of 003: `{resultCode, resultMessage, transaction: null}`. A decline names a
 * resultCode (101–109) and is answered with HTTP `declineStatus` (default 200, the bank's way of putting
 * the result in the body); an error is the forced status with resultCode 103.
 *
 * @example
 * registerEndpoint(app, endpoints.paymentStatus, handler, { outcomes: createStatusOutcomes() });
 */
export function createStatusOutcomes(options: { declineStatus?: number } = {}): OutcomeRenderer {
  return {
    check(outcome) {
      if (outcome.kind !== 'decline') return undefined;
      const code = String(outcome.code);
      return code !== '100' && code in RESULT_CODES
        ? undefined
        : `check-status declines with a resultCode of ${Object.keys(RESULT_CODES)
            .filter((k) => k !== '100')
            .join(', ')}, not ${outcome.code}`;
    },
    render({ outcome }) {
      const resultCode = outcome.kind === 'decline' ? String(outcome.code) : '103';
      return {
        status: outcome.kind === 'decline' ? (options.declineStatus ?? 200) : outcome.status,
        body: {
          resultCode,
          resultMessage: (RESULT_CODES as Readonly<Record<string, string>>)[resultCode] ?? 'Error',
          transaction: null,
        },
      };
    },
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The transfer error shape of 004: `{code, message, invoiceId, id, reference, accountId}`, with the order
 * id and account id echoed from the request body, and `id`/`reference` empty as in the document's
 * example (nothing was authorised).
 *
 * @example
 * registerEndpoint(app, endpoints.transfer, handler, { outcomes: TRANSFER_OUTCOMES });
 */
export const TRANSFER_OUTCOMES: OutcomeRenderer = {
  check: (outcome) => numericDecline(outcome, '484'),
  async render(failure, c) {
    let order: Record<string, unknown> = {};
    try {
      const body = (await readJsonBody(c)) as { order?: unknown } | null;
      if (body?.order && typeof body.order === 'object') order = body.order as Record<string, unknown>;
    } catch {
      // An unreadable body still gets the forced answer, with empty echoes.
    }
    const { outcome, message } = failure;
    return {
      status: outcome.kind === 'decline' ? 400 : outcome.status,
      body: {
        code: outcome.kind === 'decline' ? outcome.code : errorCode(failure),
        message,
        invoiceId: text(order.id),
        id: '',
        reference: '',
        accountId: text(order.accountID ?? order.accountId),
      },
    };
  },
};

/**
 * Renderers by endpoint id for endpoints whose error shape is not the default of their host. Route owners
 * may add their id here, or pass `{ outcomes }` to `registerEndpoint` (which wins).
 */
export const DEFAULT_OUTCOME_RENDERERS: Readonly<Record<string, OutcomeRenderer>> = {
  token: OAUTH_OUTCOMES,
  paymentStatus: createStatusOutcomes(),
  p2pStatus: createStatusOutcomes(),
  transfer: TRANSFER_OUTCOMES,
};

/**
 * The message a forced failure answers with.
 *
 * @example
 * failureMessage({ kind: 'decline', code: 484 }, 'scenario'); // 'Insufficient funds'
 */
export function failureMessage(
  outcome: DeclineOutcome | ErrorOutcome,
  source: ForcedFailure['source'],
): string {
  if (outcome.kind === 'decline')
    return typeof outcome.code === 'number' ? bankMessage(outcome.code) : outcome.code;
  if (source === 'fault') return ERROR_CATALOGUE.injectedFault.message;
  return ERROR_CATALOGUE.forcedError.message;
}
