import {
  DEFAULT_CALLBACK_CONFIG,
  DEFAULT_SANDBOX_CONFIG,
  type SandboxConfig,
} from '../../server/core/index.js';
import type { EpayApp } from '../../server/http/create-app.js';
import { clientCredentials, getToken, INVOICE_MERCHANT, TEST_MERCHANT } from './http.js';

/** Terminals of merchant `test` (fixtures/merchants.json). */
export const TERMINALS = {
  /** 67e34d63-...: KZT, USD, EUR, RUB; 003's terminal. */
  main: TEST_MERCHANT.terminal,
  /** c36b282f-...: KZT; 004's token example. */
  tokenExample: 'c36b282f-6819-4d4f-85df-a4bdc8a8f703',
  /** 40a348cb-...: KZT; 004's body example. */
  bodyExample: '40a348cb-68a3-45d5-9002-a4836d79c3b5',
  /** d9d7978c-...: merchant halykfinanceUSD's. */
  otherMerchant: INVOICE_MERCHANT.terminal,
} as const;

/** 004's test cards. */
export const CARDS = {
  visa: { pan: '4405639704015096', month: '01', year: '25', cvc: '815' },
  master: { pan: '5522042705066736', month: '01', year: '25', cvc: '525' },
  amexLocked: { pan: '377514500004820', month: '01', year: '25', cvc: '4169' },
  visaLocked: { pan: '4003032704547597', month: '09', year: '20', cvc: '170' },
  masterLocked: { pan: '5578342710750560', month: '09', year: '20', cvc: '254' },
} as const;

/** 004's saved receiver card (merchant test, account testUser1). */
export const SAVED_CARD_ID = 'fcf69516-f7e8-9b14-e053-1d1a000aef2f';

type Card = { pan: string; month: string; year: string; cvc: string };

/** A transfer body like 004's, from `card` to the saved card, with order fields overridden. */
export function transferBody(
  options: {
    card?: Card;
    order?: Record<string, unknown>;
    sender?: Record<string, unknown>;
    receiver?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  const card = options.card ?? CARDS.visa;
  return {
    order: {
      amount: 100,
      currency: 'KZT',
      description: 'Test p2p payment',
      id: '8161284658529816',
      accountID: 'testUser1',
      senderEmail: 'dosbols@halykbank.kz',
      terminalId: TERMINALS.bodyExample,
      ...options.order,
    },
    card: {
      sender: {
        transferType: 'TYPEPAN',
        cvc: card.cvc,
        expire: { month: card.month, year: card.year },
        name: 'Arman Ali',
        cardCred: card.pan,
        ...options.sender,
      },
      receiver: { cardCred: SAVED_CARD_ID, transferType: 'TYPECARDID', ...options.receiver },
    },
  };
}

/** A `transfer` token of merchant `test`, bound to the given order fields (none: unbound). */
export function transferToken(app: EpayApp, binding: Record<string, string> = {}): Promise<string> {
  return getToken(app, clientCredentials({ scope: 'transfer', ...binding }));
}

/** POSTs a transfer body (an object, or text as is). */
export function postTransfer(
  app: EpayApp,
  token: string,
  body: unknown,
  path = '/payments/cards/auth',
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** A status token (client_credentials with a terminal) of merchant `test`. */
export function statusToken(app: EpayApp, terminal: string = TERMINALS.main): Promise<string> {
  return getToken(
    app,
    clientCredentials({
      scope: 'webapi usermanagement email_send verification statement statistics payment',
      terminal,
    }),
  );
}

/** GET with a bearer token. */
export function getWith(app: EpayApp, token: string, path: string): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: { authorization: `Bearer ${token}` } }));
}

/** POST with a bearer token and no body. */
export function postWith(app: EpayApp, token: string, path: string): Promise<Response> {
  return Promise.resolve(
    app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}` } }),
  );
}

/** A sandbox config with fast callback retries (ms) for tests. */
export function fastCallbacks(
  retryDelaysMs: readonly number[] = [30, 60],
  extra: Partial<SandboxConfig> = {},
): Partial<SandboxConfig> {
  return {
    ...DEFAULT_SANDBOX_CONFIG,
    callbacks: { ...DEFAULT_CALLBACK_CONFIG, retryDelaysMs, timeoutMs: 2000 },
    ...extra,
  };
}
