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
    meaning: 'Search paging is not whole numbers, the page is negative, or the size is not from 1 to 1000.',
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
  internal: {
    code: 9500,
    status: 500,
    message: 'Internal sandbox error',
    source: 'emulator',
    meaning: 'A bug in the sandbox. Never expected; please report it.',
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
