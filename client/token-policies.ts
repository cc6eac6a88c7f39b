import { type EndpointContract, WEBAPI_SCOPES } from '../contracts/index.js';

/** How the client gets the bearer token of an endpoint. */
export interface TokenPolicy {
  readonly grant: 'password' | 'client_credentials';
  /** The scope requested (`api` stands for the web API set, 002). */
  readonly scope: string;
  /** client_credentials tokens name the credentials' terminal (003: the status answers code 104 without). */
  readonly terminal?: boolean;
  /**
   * The bank demands a fresh token for every operation, bound to its order (004: "for each operation you
   * must receive and use the original token"). Given the request body, returns the order fields of the
   * token request (`invoiceID`, `amount`, `currency`, `terminal`, `postLink`, `failurePostLink`).
   * Without it, a token is reused until shortly before it expires.
   */
  readonly perOperation?: (body: unknown) => Readonly<Record<string, string>>;
}

const WEBAPI = WEBAPI_SCOPES.join(' ');

/**
 * The token each endpoint needs, by endpoint id, as the documents describe it. An endpoint id that is not
 * in the table yet is simply unused. Adding an endpoint: add its entry here (see docs/kit.md).
 */
export const TOKEN_POLICIES: Readonly<Record<string, TokenPolicy>> = {
  /** 000: "Authorization type: Password credentials", web API scopes. */
  operationsSearch: { grant: 'password', scope: WEBAPI },
  /** 001: a password grant with scope "transfer". */
  p2pOperationsSearch: { grant: 'password', scope: 'transfer' },
  /** 002: password grants with scope "api" (create, search) and the web API list (deactivate). */
  invoiceCreate: { grant: 'password', scope: 'api' },
  invoiceSearch: { grant: 'password', scope: 'api' },
  invoiceDeactivate: { grant: 'password', scope: WEBAPI },
  /** 003: client_credentials with the web API scopes and the terminal. */
  paymentStatus: { grant: 'client_credentials', scope: WEBAPI, terminal: true },
  p2pStatus: { grant: 'client_credentials', scope: WEBAPI, terminal: true },
  /**
   * Charge, cancel, refund (DESIGN.md facts; not in the seed documents): the same reusable token as the
   * status, as the bank's site and public integrations use it (decision 0070). One cached token serves both.
   */
  operationCharge: { grant: 'client_credentials', scope: WEBAPI, terminal: true },
  operationCancel: { grant: 'client_credentials', scope: WEBAPI, terminal: true },
  operationRefund: { grant: 'client_credentials', scope: WEBAPI, terminal: true },
  /** 004: a client_credentials "transfer" token bound to the order, one per transfer. */
  transfer: { grant: 'client_credentials', scope: 'transfer', perOperation: transferBinding },
};

function transferBinding(body: unknown): Readonly<Record<string, string>> {
  const order = ((body ?? {}) as { order?: Record<string, unknown> }).order ?? {};
  const fields: Record<string, string> = {};
  const copy = (from: string, to: string) => {
    const value = order[from];
    if (typeof value === 'string' || typeof value === 'number') fields[to] = String(value);
  };
  copy('id', 'invoiceID');
  copy('amount', 'amount');
  copy('currency', 'currency');
  copy('terminalId', 'terminal');
  copy('postLink', 'postLink');
  copy('failurePostLink', 'failurePostLink');
  return fields;
}

/**
 * The token policy of an endpoint: its entry in {@link TOKEN_POLICIES}, else a reusable password grant for
 * the scopes the endpoint table declares.
 *
 * @example
 * tokenPolicyFor(endpoints.paymentStatus); // { grant: 'client_credentials', scope: 'webapi ...', terminal: true }
 */
export function tokenPolicyFor(endpoint: EndpointContract): TokenPolicy {
  const known = TOKEN_POLICIES[endpoint.id];
  if (known) return known;
  const scopes = endpoint.auth.kind === 'bearer' ? endpoint.auth.scopes : [];
  const scope = scopes.length > 0 ? scopes.join(' ') : WEBAPI;
  return { grant: 'password', scope };
}
