import type { TSchema } from 'typebox';
import { TokenRequest, TokenResponse } from './auth.js';
import { ApiError, OAuthError } from './common.js';
import {
  InvoiceCreateRequest,
  InvoiceCreateResponse,
  InvoiceLinkRecord,
  InvoiceSearchRequest,
  InvoiceSearchResponse,
} from './invoices.js';
import { EmptyBody, OperationAmountQuery } from './payments.js';
import type { Scope } from './scopes.js';
import {
  OperationsSearchRequest,
  OperationsSearchResponse,
  P2pOperationsSearchRequest,
  P2pOperationsSearchResponse,
} from './search.js';
import { P2PStatusResponse, PaymentStatusResponse } from './status.js';
import { TransferError, TransferRequest, TransferResponse } from './transfers.js';

/** Which host serves an endpoint: the OAuth server or the API server. */
export type EndpointHost = 'oauth' | 'api';

/** Who may call an endpoint. `scopes` lists alternatives: a token needs at least one of them. */
export type EndpointAuth =
  | { readonly kind: 'none' }
  | { readonly kind: 'bearer'; readonly scopes: readonly Scope[] };

/** One endpoint, described once: the routes, the client, the OpenAPI export and the contract suite read it. */
export interface EndpointContract {
  readonly id: string;
  readonly summary: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly host: EndpointHost;
  /** Path on the newer hosts (no prefix), hono-style params (`:id`). The older hosts add {@link LEGACY_PREFIX}. */
  readonly path: string;
  readonly auth: EndpointAuth;
  /** Content types of the body, and its schema (for JSON bodies; form bodies are validated per grant). */
  readonly request?: { readonly contentTypes: readonly string[]; readonly body?: TSchema };
  /** Query parameters, when the endpoint reads any (`?amount=`). */
  readonly query?: TSchema;
  /** Response body schema per HTTP status. */
  readonly responses: Readonly<Record<number, TSchema>>;
  /** The seed document(s) that specify it. */
  readonly source: string;
}

/** Path prefix of each host on the bank's older test hosts (`testoauth.homebank.kz/epay2`, `testepay.homebank.kz/api`). */
export const LEGACY_PREFIX: Readonly<Record<EndpointHost, string>> = { oauth: '/epay2', api: '/api' };

/**
 * Both paths an endpoint answers on: the older layout (`/api/...`, `/epay2/oauth2/token`) and the newer one.
 *
 * @example
 * endpointPaths(endpoints.token); // ['/epay2/oauth2/token', '/oauth2/token']
 */
export function endpointPaths(endpoint: EndpointContract): readonly [legacy: string, modern: string] {
  return [`${LEGACY_PREFIX[endpoint.host]}${endpoint.path}`, endpoint.path];
}

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'application/json'] as const;

/** The endpoint table. Later capabilities add their endpoints here. */
export const endpoints = {
  token: {
    id: 'token',
    summary: 'Get an OAuth token (password, client_credentials or refresh_token grant)',
    method: 'POST',
    host: 'oauth',
    path: '/oauth2/token',
    auth: { kind: 'none' },
    request: { contentTypes: FORM_TYPES, body: TokenRequest },
    responses: { 200: TokenResponse, 400: OAuthError, 401: OAuthError },
    source:
      '001_7aaef4879147a065.txt, 002_8947e18b2fbaf4b5.txt, 003_1e2545fd935306e0.txt, 004_502b3facf531c204.txt',
  },
  operationsSearch: {
    id: 'operationsSearch',
    summary: "Search the merchant's card payments (paging, filters, ordering)",
    method: 'POST',
    host: 'api',
    path: '/operations',
    // A web API token (000: password grant, scope "web api ... statement statistics payment").
    auth: { kind: 'bearer', scopes: ['webapi', 'statement'] },
    request: { contentTypes: ['application/json'], body: OperationsSearchRequest },
    responses: {
      200: OperationsSearchResponse,
      400: ApiError,
      401: ApiError,
      403: ApiError,
      413: ApiError,
      415: ApiError,
    },
    source: '000_19d9fdef84bf51bd.txt',
  },
  p2pOperationsSearch: {
    id: 'p2pOperationsSearch',
    summary: "Search the merchant's P2P transfers (paging, filters, ordering)",
    method: 'POST',
    host: 'api',
    path: '/p2p/operations',
    // 001: password grant with scope "transfer".
    auth: { kind: 'bearer', scopes: ['transfer'] },
    request: { contentTypes: ['application/json'], body: P2pOperationsSearchRequest },
    responses: {
      200: P2pOperationsSearchResponse,
      400: ApiError,
      401: ApiError,
      403: ApiError,
      413: ApiError,
      415: ApiError,
    },
    source: '001_7aaef4879147a065.txt',
  },
  transfer: {
    id: 'transfer',
    summary: 'P2P transfer between cards (TYPEPAN / TYPECARDID), one order per client_credentials token',
    method: 'POST',
    host: 'api',
    path: '/payments/cards/auth',
    auth: { kind: 'bearer', scopes: ['transfer'] },
    request: { contentTypes: ['application/json'], body: TransferRequest },
    responses: {
      200: TransferResponse,
      400: TransferError,
      401: ApiError,
      403: ApiError,
      413: ApiError,
      415: TransferError,
    },
    source: '004_502b3facf531c204.txt',
  },
  paymentStatus: {
    id: 'paymentStatus',
    summary: 'Status of the card payment of an invoice id (token with a terminal)',
    method: 'GET',
    host: 'api',
    path: '/check-status/payment/transaction/:invoiceid',
    auth: { kind: 'bearer', scopes: ['payment', 'webapi'] },
    responses: { 200: PaymentStatusResponse, 401: ApiError, 403: ApiError },
    source: '003_1e2545fd935306e0.txt',
  },
  p2pStatus: {
    id: 'p2pStatus',
    summary: 'Status of the P2P transfer of an order id (token with a terminal)',
    method: 'GET',
    host: 'api',
    path: '/check-status/p2p/transaction/:order',
    auth: { kind: 'bearer', scopes: ['transfer', 'payment', 'webapi'] },
    responses: { 200: P2PStatusResponse, 401: ApiError, 403: ApiError },
    source: 'DESIGN.md facts (path); body as 003',
  },
  operationCharge: {
    id: 'operationCharge',
    summary: 'Charge (confirm) an authorised payment, fully or partly (?amount=)',
    method: 'POST',
    host: 'api',
    path: '/operation/:id/charge',
    auth: { kind: 'bearer', scopes: ['payment', 'webapi'] },
    query: OperationAmountQuery,
    responses: { 200: EmptyBody, 400: ApiError, 401: ApiError, 403: ApiError },
    source: 'DESIGN.md facts',
  },
  operationCancel: {
    id: 'operationCancel',
    summary: 'Cancel an authorised payment (releases the hold)',
    method: 'POST',
    host: 'api',
    path: '/operation/:id/cancel',
    auth: { kind: 'bearer', scopes: ['payment', 'webapi'] },
    responses: { 200: EmptyBody, 400: ApiError, 401: ApiError, 403: ApiError },
    source: 'DESIGN.md facts',
  },
  operationRefund: {
    id: 'operationRefund',
    summary: 'Refund a charged payment, fully or partly (?amount=, minimum 10 KZT)',
    method: 'POST',
    host: 'api',
    path: '/operation/:id/refund',
    auth: { kind: 'bearer', scopes: ['payment', 'webapi'] },
    query: OperationAmountQuery,
    responses: { 200: EmptyBody, 400: ApiError, 401: ApiError, 403: ApiError },
    source: 'DESIGN.md facts',
  },
  invoiceCreate: {
    id: 'invoiceCreate',
    summary: 'Create an invoice (payment link) with a hosted payment page',
    method: 'POST',
    host: 'api',
    path: '/invoice',
    auth: { kind: 'bearer', scopes: ['webapi', 'payment'] },
    request: { contentTypes: ['application/json'], body: InvoiceCreateRequest },
    responses: { 200: InvoiceCreateResponse, 400: ApiError, 401: ApiError, 403: ApiError, 415: ApiError },
    source: '002_8947e18b2fbaf4b5.txt',
  },
  invoiceSearch: {
    id: 'invoiceSearch',
    summary: "Search the merchant's invoice links (002's body; path from public integrations)",
    method: 'POST',
    host: 'api',
    path: '/invoice-links',
    auth: { kind: 'bearer', scopes: ['webapi', 'payment'] },
    request: { contentTypes: ['application/json'], body: InvoiceSearchRequest },
    responses: { 200: InvoiceSearchResponse, 400: ApiError, 401: ApiError, 403: ApiError, 415: ApiError },
    source: '002_8947e18b2fbaf4b5.txt (body); public integrations (path)',
  },
  invoiceDeactivate: {
    id: 'invoiceDeactivate',
    summary: 'Deactivate an invoice link so that it can no longer be paid',
    method: 'PUT',
    host: 'api',
    path: '/deactivate/invoice-links/:invoicelinkid',
    auth: { kind: 'bearer', scopes: ['webapi', 'payment'] },
    responses: { 200: InvoiceLinkRecord, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError },
    source: '002_8947e18b2fbaf4b5.txt',
  },
} as const satisfies Record<string, EndpointContract>;

/** Id of an endpoint of the table. */
export type EndpointId = keyof typeof endpoints;

/** Schemas every API route may answer with besides its own: auth and validation errors. */
export const COMMON_ERROR_RESPONSES: Readonly<Record<number, TSchema>> = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  413: ApiError,
  415: ApiError,
};
