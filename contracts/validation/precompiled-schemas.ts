import type { TSchema } from 'typebox';
import { TokenRequestByGrant } from '../auth.js';
import { InvoiceCreateRequest, InvoiceSearchRequest } from '../invoices.js';
import { SandboxPaymentRequest } from '../payments.js';
import { OperationsSearchRequest, P2pOperationsSearchRequest } from '../search.js';
import { TransferRequest } from '../transfers.js';

/**
 * The schemas the emulator validates requests with, by export name: compiled to code at build time
 * (`npm run generate:validators`, run by `npm run build`) into `precompiled-validators.ts`, strict and open,
 * so no request compiles a validator (or calls `new Function`) at run time. Add a schema here when a route
 * starts validating with it; any other schema is compiled by ajv on first use.
 */
export const PRECOMPILED_SCHEMAS: Readonly<Record<string, TSchema>> = {
  PasswordTokenRequest: TokenRequestByGrant.password,
  ClientCredentialsTokenRequest: TokenRequestByGrant.client_credentials,
  RefreshTokenRequest: TokenRequestByGrant.refresh_token,
  TransferRequest,
  OperationsSearchRequest,
  P2pOperationsSearchRequest,
  InvoiceCreateRequest,
  InvoiceSearchRequest,
  SandboxPaymentRequest,
};
