/**
 * The typed ePay client: `createEpayClient`, host presets, typed errors and their type guards.
 * Types come from the contract table (`contracts/`).
 */
export {
  type CallOptions,
  type ClientCredentialsTokenOptions,
  createEpayClient,
  type EpayClient,
  type EpayClientOptions,
  type PasswordTokenOptions,
  type TokenMethods,
  type UntypedCallOptions,
} from './create-client.js';
export type { EndpointResponses, RequestBodyOf, ResponseOf, SuccessOf } from './endpoint-types.js';
export * from './errors/index.js';
export type { AfterResponseHook, EpayExchange, ExchangeRequest } from './exchange.js';
export { createInvoiceMethods, type InvoiceMethods } from './invoice-methods.js';
export type {
  AmountOptions,
  MoneyMethods,
  RequestOptions,
  TransferOptions,
} from './money-methods.js';
export {
  EPAY_HOSTS,
  type EpayCredentials,
  type EpayHostPreset,
  type EpayHosts,
  sandboxHosts,
  TEST_CREDENTIALS,
} from './presets.js';
export { endpointUrl } from './send.js';
export { TOKEN_POLICIES, type TokenPolicy, tokenPolicyFor } from './token-policies.js';
