import { EpayError } from './epay-error.js';

/** Where a code comes from: the bank's documents, or the emulator where the bank documents none. */
export type CodeSource = 'bank' | 'emulator';

/** One entry of the error catalogue: `{code, message}` bodies answered by the API routes. */
export interface CatalogueEntry {
  readonly code: number;
  readonly status: number;
  readonly message: string;
  readonly source: CodeSource;
  /** When the emulator answers it. Listed in the README. */
  readonly meaning: string;
}

/**
 * Every `{code, message}` error the API routes answer. Bank codes keep the bank's message; codes the
 * bank does not document are emulator-defined (9000 and up) and listed in the README.
 */
export const ERROR_CATALOGUE = {
  malformedBody: {
    code: 9001,
    status: 400,
    message: 'Malformed request body',
    source: 'emulator',
    meaning: 'The body is not parseable JSON (or form data) for a route that needs one.',
  },
  invalidRequest: {
    code: 9002,
    status: 400,
    message: 'Invalid request',
    source: 'emulator',
    meaning: 'The body parses but does not match the contract (missing field, wrong type, bad value).',
  },
  unsupportedMediaType: {
    code: 9003,
    status: 415,
    message: 'Unsupported content type',
    source: 'emulator',
    meaning: 'The body is sent with a content type the route does not read.',
  },
  payloadTooLarge: {
    code: 9004,
    status: 413,
    message: 'Request body too large',
    source: 'emulator',
    meaning: 'The body is larger than the sandbox limit (1 MiB by default).',
  },
  unauthorized: {
    code: 9010,
    status: 401,
    message: 'Unauthorized',
    source: 'emulator',
    meaning: 'The Authorization header is missing, not a Bearer token, unknown, revoked or expired.',
  },
  insufficientScope: {
    code: 9011,
    status: 403,
    message: 'Forbidden: insufficient scope',
    source: 'emulator',
    meaning:
      "The token is valid but its scope does not allow the route (e.g. a 'transfer' token on /operations).",
  },
  notFound: {
    code: 9020,
    status: 404,
    message: 'Not found',
    source: 'emulator',
    meaning: 'No route answers this method and path.',
  },
  searchMethodUnavailable: {
    code: 232,
    status: 400,
    message: 'Search Method Unavailable',
    source: 'bank',
    meaning:
      'POST /operations: a searchParameters method other than between, in, like, =, <, >, <=, >= (000).',
  },
  p2pSearchMethodUnavailable: {
    code: 232,
    status: 400,
    message: 'Метод поиска отсутствует',
    source: 'bank',
    meaning: 'POST /p2p/operations: an unknown searchParameters method; 001 prints the message in Russian.',
  },
  searchPagingInvalid: {
    code: 9101,
    status: 400,
    message: 'Invalid paging',
    source: 'emulator',
    meaning:
      'Search paging is not whole numbers, page or skip is negative, or size is not 1-1000 (invoices: limit 1-100).',
  },
  searchValueCount: {
    code: 9102,
    status: 400,
    message: 'Wrong search parameters for the method',
    source: 'emulator',
    meaning: 'A search method got the wrong values (between 2, like 1 with %, in 1 or more, the others 1).',
  },
  searchUnknownField: {
    code: 9103,
    status: 400,
    message: 'Unknown search field',
    source: 'emulator',
    meaning: "A searchParameters name is not a filter of the endpoint's document.",
  },
  searchOrderInvalid: {
    code: 9104,
    status: 400,
    message: 'Invalid order parameter',
    source: 'emulator',
    meaning: 'An orderParameters field is not sortable, or its typeOrder is not ASC or DESC.',
  },
  searchPeriodRequired: {
    code: 9105,
    status: 400,
    message: 'Transaction period required',
    source: 'emulator',
    meaning: 'A search has no filter on the transaction date (created_date, or created_at for P2P).',
  },
  searchValueInvalid: {
    code: 9106,
    status: 400,
    message: 'Invalid search value',
    source: 'emulator',
    meaning: 'A search value does not parse as its field type (date, number or boolean).',
  },
  searchMethodNotApplicable: {
    code: 9107,
    status: 400,
    message: 'Search method not applicable to the field',
    source: 'emulator',
    meaning: 'like used on a field that is not text (a date, an amount, post_link).',
  },
  forcedError: {
    code: 9400,
    status: 500,
    message: 'Forced error (sandbox scenario)',
    source: 'emulator',
    meaning:
      'An error outcome forced by /_sandbox/scenarios or X-Sandbox-Outcome (HTTP status as forced; 500 here).',
  },
  injectedFault: {
    code: 9401,
    status: 503,
    message: 'Injected fault (sandbox)',
    source: 'emulator',
    meaning: 'A status fault injected with /_sandbox/faults (HTTP status as injected; 503 by default).',
  },
  badOutcome: {
    code: 9402,
    status: 400,
    message: 'Invalid outcome',
    source: 'emulator',
    meaning: "A scenario's outcome is malformed or cannot be answered by its endpoint.",
  },
  badOutcomeHeader: {
    code: 9403,
    status: 400,
    message: 'Invalid X-Sandbox-Outcome header',
    source: 'emulator',
    meaning: 'X-Sandbox-Outcome is not decline:CODE, error:STATUS[:CODE] or success.',
  },
  unknownEndpoint: {
    code: 9404,
    status: 400,
    message: 'Unknown endpoint',
    source: 'emulator',
    meaning: 'A scenario or fault names an endpoint id this sandbox does not serve.',
  },
  controlNotFound: {
    code: 9405,
    status: 404,
    message: 'Not found',
    source: 'emulator',
    meaning: 'No scenario, fault, snapshot, namespace or journal entry has that id or name.',
  },
  badNamespace: {
    code: 9406,
    status: 400,
    message: 'Invalid namespace',
    source: 'emulator',
    meaning: "A namespace name is not 1-64 letters, digits, '.', '_' or '-' (or the default is dropped).",
  },
  adminUnauthorized: {
    code: 9407,
    status: 401,
    message: 'Admin token required',
    source: 'emulator',
    meaning: 'The server runs with --admin-token and a /_sandbox route was called without it.',
  },
  clockNotControllable: {
    code: 9408,
    status: 409,
    message: 'Clock not controllable',
    source: 'emulator',
    meaning: 'The sandbox was built by the caller with a clock that cannot be set.',
  },
  badStateDocument: {
    code: 9409,
    status: 400,
    message: 'Invalid state document',
    source: 'emulator',
    meaning: 'An imported state is not an exported state document or a data file of this version.',
  },
  tooManySnapshots: {
    code: 9410,
    status: 409,
    message: 'Too many snapshots',
    source: 'emulator',
    meaning: 'The namespace already keeps 32 snapshots; delete one first.',
  },
  crossSiteForm: {
    code: 9411,
    status: 403,
    message: 'Cross-site form post refused',
    source: 'emulator',
    meaning: "A dashboard button's form was posted from another site (its Origin is not the sandbox's).",
  },
  internal: {
    code: 9500,
    status: 500,
    message: 'Internal sandbox error',
    source: 'emulator',
    meaning: 'A bug in the sandbox. Never expected; please report it.',
  },
  // Card declines (transfers, card payments): the bank's codes (DESIGN.md facts; 487's message as in 004).
  cardWrongExpiry: {
    code: 457,
    status: 400,
    message: 'Wrong expiry date',
    source: 'bank',
    meaning: "The expiry sent is malformed or differs from the test card's.",
  },
  cardCheckNumber: {
    code: 459,
    status: 400,
    message: 'Check card number',
    source: 'bank',
    meaning: 'The PAN is not 12 to 19 digits, fails the Luhn check, or is of no known scheme.',
  },
  cardRestricted: {
    code: 465,
    status: 400,
    message: 'Card restricted',
    source: 'bank',
    meaning: "The sender's card is a locked test card.",
  },
  cardDeclined: {
    code: 466,
    status: 400,
    message: 'Declined',
    source: 'bank',
    meaning: "The CVC sent differs from the test card's (issuers decline without saying why).",
  },
  cardDisabled: {
    code: 467,
    status: 400,
    message: 'Card disabled',
    source: 'bank',
    meaning: 'A saved card (TYPECARDID) whose card is a locked test card.',
  },
  invalidAmount: {
    code: 470,
    status: 400,
    message: 'Invalid amount',
    source: 'bank',
    meaning: 'The amount is zero, negative, or has more than 2 decimals.',
  },
  noSuchCard: {
    code: 471,
    status: 400,
    message: 'No such card',
    source: 'bank',
    meaning: "A Luhn-valid PAN that is none of the bank's test cards (sender).",
  },
  noSuchCardId: {
    code: 472,
    status: 400,
    message: 'No such card',
    source: 'bank',
    meaning: "A card id (TYPECARDID) that is not saved for this merchant and the order's accountID.",
  },
  cardExpired: {
    code: 478,
    status: 400,
    message: 'Expired card',
    source: 'bank',
    meaning: "With the 'clock' expiry policy: the card's expiry month is before the sandbox clock.",
  },
  receiverRestricted: {
    code: 479,
    status: 400,
    message: 'Restricted card',
    source: 'bank',
    meaning: "The receiver's card is a locked test card.",
  },
  insufficientFunds: {
    code: 484,
    status: 400,
    message: 'Insufficient funds',
    source: 'bank',
    meaning: "The amount is above the test card's available funds (configurable; 1 000 000 KZT).",
  },
  notPermittedToMerchant: {
    code: 487,
    status: 400,
    message: ' Not permitted to merchant',
    source: 'bank',
    meaning: "The order's terminal belongs to another merchant or to none.",
  },
  // Transfers, status, lifecycle, callbacks: emulator-defined (9200-9299).
  orderMismatch: {
    code: 9201,
    status: 400,
    message: 'Order does not match the token',
    source: 'emulator',
    meaning:
      'A field bound at token time (invoiceID, amount, currency, terminal, postLink, failurePostLink) differs in the order.',
  },
  currencyNotAllowed: {
    code: 9202,
    status: 400,
    message: 'Currency not allowed on the terminal',
    source: 'emulator',
    meaning: "The order's currency is not one of its terminal's currencies (fixtures/merchants.json).",
  },
  duplicateOrder: {
    code: 9203,
    status: 400,
    message: 'Duplicate order id',
    source: 'emulator',
    meaning:
      'An approved transfer of this merchant already has this order id (retrying a declined one is allowed).',
  },
  operationNotFound: {
    code: 9210,
    status: 400,
    message: 'Operation not found',
    source: 'emulator',
    meaning: "No payment with this id belongs to the token's merchant (charge, cancel, refund).",
  },
  operationWrongStatus: {
    code: 9211,
    status: 400,
    message: 'Operation is not allowed in the current status',
    source: 'emulator',
    meaning: 'Charge or cancel of a payment not in AUTH; refund of a payment not in CHARGE or REFUND.',
  },
  operationInvalidAmount: {
    code: 9212,
    status: 400,
    message: 'Invalid amount',
    source: 'emulator',
    meaning: 'The charge or refund amount is not a positive number with at most 2 decimals.',
  },
  refundBelowMinimum: {
    code: 9213,
    status: 400,
    message: 'Refund amount is below the minimum',
    source: 'emulator',
    meaning:
      "A partial refund below 10 KZT (the bank's minimum); a full refund of the rest is always allowed.",
  },
  amountAboveAvailable: {
    code: 9214,
    status: 400,
    message: 'Amount exceeds the available amount',
    source: 'emulator',
    meaning: 'A charge above the authorised amount, or refunds above the charged total.',
  },
  callbackNotFound: {
    code: 9220,
    status: 404,
    message: 'Callback delivery not found',
    source: 'emulator',
    meaning: 'No callback delivery with this id (GET/POST /_sandbox/callbacks/:id...).',
  },
  // Invoices (payment links), the hosted page and the payment form: emulator-defined (9300-9399).
  invoiceShopNotOwned: {
    code: 9301,
    status: 400,
    message: 'Shop not found',
    source: 'emulator',
    meaning: "shop_id is not a shop of the token's merchant (fixtures/merchants.json).",
  },
  invoiceDuplicate: {
    code: 9302,
    status: 400,
    message: 'Invoice already exists',
    source: 'emulator',
    meaning: 'An invoice link of this shop already has this invoice_id.',
  },
  invoiceIdInvalid: {
    code: 9303,
    status: 400,
    message: 'Invalid invoice_id',
    source: 'emulator',
    meaning: 'invoice_id is not 6 to 20 digits (002 says 6-15; its own example has 17).',
  },
  invoiceAmountInvalid: {
    code: 9304,
    status: 400,
    message: 'Invalid amount',
    source: 'emulator',
    meaning: 'amount is not above zero, or has more than 2 decimals.',
  },
  invoiceLanguageInvalid: {
    code: 9305,
    status: 400,
    message: 'Invalid language',
    source: 'emulator',
    meaning: "language is not rus, kaz or eng (with 'observed' invoice rules: not a 2-3 letter code).",
  },
  invoiceCurrencyInvalid: {
    code: 9306,
    status: 400,
    message: 'Invalid currency',
    source: 'emulator',
    meaning: "currency is not KZT, or the shop's terminal does not accept it.",
  },
  invoiceDescriptionInvalid: {
    code: 9307,
    status: 400,
    message: 'Invalid description',
    source: 'emulator',
    meaning: 'description is empty or longer than 125 characters.',
  },
  invoiceExpirePeriodInvalid: {
    code: 9308,
    status: 400,
    message: 'Invalid expire_period',
    source: 'emulator',
    meaning: "expire_period is not a number of days such as '1d' or '2d' (1 to 365 days).",
  },
  invoiceEmailInvalid: {
    code: 9309,
    status: 400,
    message: 'Invalid e-mail',
    source: 'emulator',
    meaning: 'recipient_contact or notifier_contact is not an e-mail address.',
  },
  invoicePhoneInvalid: {
    code: 9310,
    status: 400,
    message: 'Invalid phone number',
    source: 'emulator',
    meaning:
      "recipient_contact_sms or notifier_contact_sms is not '+7' and 10 digits (11 accepted: 002's example).",
  },
  invoiceFieldRequired: {
    code: 9311,
    status: 400,
    message: 'Required field is missing',
    source: 'emulator',
    meaning:
      "account_id, recipient_contact or recipient_contact_sms is missing or empty ('document' invoice rules).",
  },
  invoiceNotFound: {
    code: 9320,
    status: 404,
    message: 'Invoice link not found',
    source: 'emulator',
    meaning: "No invoice link with this id belongs to the token's merchant (deactivation, hosted page).",
  },
  invoiceExpired: {
    code: 9321,
    status: 410,
    message: 'Invoice link expired',
    source: 'emulator',
    meaning: 'The hosted page of a link past its expire_date: it takes no payment.',
  },
  invoiceDeactivated: {
    code: 9322,
    status: 410,
    message: 'Invoice link deactivated',
    source: 'emulator',
    meaning: 'The hosted page of a deactivated link: it takes no payment.',
  },
  invoiceAlreadyPaid: {
    code: 9323,
    status: 409,
    message: 'Invoice link already paid',
    source: 'emulator',
    meaning: 'The hosted page of a link paid already (status CHARGED): it takes no second payment.',
  },
  invoiceSearchIdRequired: {
    code: 9331,
    status: 400,
    message: 'invoice_id search parameter is required',
    source: 'emulator',
    meaning: "Invoice search without a searchParameters entry on 'invoice_id' (002: it is mandatory).",
  },
  invoiceSearchMethodUnavailable: {
    code: 9332,
    status: 400,
    message: 'Search Method Unavailable',
    source: 'emulator',
    meaning: 'Invoice search with a method other than between, like, =, in, <, >, <=, >=.',
  },
  payformParamsInvalid: {
    code: 9340,
    status: 400,
    message: 'Invalid payment parameters',
    source: 'emulator',
    meaning:
      'The payment form (halyk.pay, the widget) got params it cannot read, or without invoiceId, amount or auth.',
  },
  payformTokenMismatch: {
    code: 9341,
    status: 400,
    message: 'Payment does not match the token',
    source: 'emulator',
    meaning:
      "The payment form's token is not bound to this invoiceId and amount (or a bound terminal, currency, link differs).",
  },
} as const satisfies Record<string, CatalogueEntry>;

/** Key of an entry of {@link ERROR_CATALOGUE}. */
export type CatalogueKey = keyof typeof ERROR_CATALOGUE;

/**
 * Builds the {@link EpayError} of a catalogue entry; `detail` is appended to the message.
 *
 * @example
 * throw catalogueError('invalidRequest', "field 'paging.size' must be at least 1");
 * // -> HTTP 400 {"code": 9002, "message": "Invalid request: field 'paging.size' must be at least 1"}
 */
export function catalogueError(key: CatalogueKey, detail?: string): EpayError {
  const entry: CatalogueEntry = ERROR_CATALOGUE[key];
  const message = detail ? `${entry.message}: ${detail}` : entry.message;
  return new EpayError(entry.status, { code: entry.code, message });
}
