import Type, { type Static } from 'typebox';
import { IpLocationFields } from './common.js';

/**
 * The search query model of 000 and 001: `paging`, `searchParameters`, `orderParameters`. The documents'
 * template prints `"page": ""`, so paging values may be numbers or digit strings; search values are
 * strings in the documents, numbers and booleans are read too. Semantics (methods, value counts, field
 * names, the required period) are checked by the sandbox with the bank's error codes, not by this shape.
 */
const SearchParameter = Type.Object({
  name: Type.String({ description: 'filter name (created_date, shop_id, ...)' }),
  method: Type.String({ description: 'between, in, like, =, <, >, <=, >=' }),
  searchParameter: Type.Union([
    Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
    Type.Null(),
  ]),
});

const OrderParameter = Type.Object({
  field: Type.String({ description: 'a filter name, or id' }),
  typeOrder: Type.String({ description: 'ASC or DESC' }),
});

/** A whole number, as a JSON number or digits; range and wholeness are checked with code 9101. */
const PagingValue = (description: string) => Type.Union([Type.Number(), Type.String()], { description });

/** `POST /operations` (000) and `POST /p2p/operations` (001) request body. */
export const OperationsSearchRequest = Type.Object(
  {
    paging: Type.Object({
      page: PagingValue("entries to skip (the documents' reading; configurable, see README)"),
      size: PagingValue('entries per page, 1 to 1000'),
    }),
    searchParameters: Type.Union([Type.Array(SearchParameter), Type.Null()]),
    orderParameters: Type.Optional(Type.Union([Type.Array(OrderParameter), Type.Null()])),
  },
  { $id: 'OperationsSearchRequest' },
);
export type OperationsSearchRequest = Static<typeof OperationsSearchRequest>;

/** The P2P search request: the same model (001). */
export const P2pOperationsSearchRequest = Type.Object(OperationsSearchRequest.properties, {
  $id: 'P2pOperationsSearchRequest',
});
export type P2pOperationsSearchRequest = Static<typeof P2pOperationsSearchRequest>;

/** A date as the search responses print it: RFC 3339 with an offset (Go's zero time for none). */
const BankTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$',
});

/** One card payment of the `/operations` answer, exactly the fields of 000's example. */
export const OperationRecord = Type.Object(
  {
    id: Type.String(),
    amount: Type.Number(),
    currencyID: Type.String(),
    amountBonus: Type.Number(),
    invoiceId: Type.String(),
    accountId: Type.String(),
    payerIp: Type.String(),
    payerName: Type.String(),
    payerPhone: Type.String(),
    payerEmail: Type.String(),
    description: Type.String(),
    data: Type.String(),
    createdDate: BankTime,
    authDate: BankTime,
    confirmDate: BankTime,
    payoutDate: BankTime,
    payoutAmount: Type.Number(),
    ...IpLocationFields,
    cardNumber: Type.String({ description: 'masked, e.g. 4003....9282' }),
    cardExpDate: Type.String({ description: 'MM.YY' }),
    cardCVC: Type.String({ description: 'never the CVC: the bank prints 000' }),
    cardType: Type.Object({ ID: Type.String(), Name: Type.String() }, { additionalProperties: false }),
    cardTypeID: Type.String(),
    issuer: Type.String(),
    issuerBankCountry: Type.String(),
    statusID: Type.String(),
    reference: Type.String(),
    client: Type.String(),
    template: Type.String(),
    language: Type.String(),
    transactionTypeID: Type.String(),
    backLink: Type.String(),
    failureLink: Type.String(),
    postLink: Type.String({ description: '"true" / "false", as printed in 000' }),
    postLinkStatus: Type.Boolean(),
    merchantID: Type.String(),
    shopID: Type.String(),
    secure3D: Type.Boolean(),
    cardID: Type.String(),
    cardHash: Type.String(),
    cardMask: Type.String({ description: 'masked, e.g. 4003...9282' }),
    installmentID: Type.String(),
    terminal: Type.String(),
    initReference: Type.String(),
  },
  { additionalProperties: false, $id: 'OperationRecord' },
);
export type OperationRecord = Static<typeof OperationRecord>;

/** `POST /operations` answer (000). */
export const OperationsSearchResponse = Type.Object(
  {
    totalCount: Type.Integer({ minimum: 0 }),
    records: Type.Array(OperationRecord),
  },
  { additionalProperties: false, $id: 'OperationsSearchResponse' },
);
export type OperationsSearchResponse = Static<typeof OperationsSearchResponse>;

/** One P2P transfer of the `/p2p/operations` answer, exactly the fields of 001's example. */
export const P2pOperationRecord = Type.Object(
  {
    id: Type.String(),
    dateTime: BankTime,
    invoiceId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    terminal: Type.String({ description: '8-digit terminal number' }),
    accountId: Type.String(),
    description: Type.String(),
    language: Type.String(),
    senderCardMask: Type.String({ description: 'masked, e.g. 4003********9821' }),
    receiverCardMask: Type.String(),
    senderCardType: Type.String(),
    receiverCardType: Type.String(),
    senderIssuer: Type.String(),
    receiverIssuer: Type.String(),
    reference: Type.String(),
    secure: Type.String(),
    code: Type.String({ description: '"00" on success' }),
    reason: Type.String(),
    reasonCode: Type.Number(),
    name: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    ip: Type.String(),
    ...IpLocationFields,
    status: Type.String({ description: 'ok or error' }),
    senderCardId: Type.String(),
    receiverCardId: Type.String(),
  },
  { additionalProperties: false, $id: 'P2pOperationRecord' },
);
export type P2pOperationRecord = Static<typeof P2pOperationRecord>;

/** `POST /p2p/operations` answer (001). */
export const P2pOperationsSearchResponse = Type.Object(
  {
    totalCount: Type.Integer({ minimum: 0 }),
    records: Type.Array(P2pOperationRecord),
  },
  { additionalProperties: false, $id: 'P2pOperationsSearchResponse' },
);
export type P2pOperationsSearchResponse = Static<typeof P2pOperationsSearchResponse>;
