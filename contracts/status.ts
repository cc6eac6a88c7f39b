import Type, { type Static } from 'typebox';
import { IpLocationFields } from './common.js';

/** `resultCode` of the check-status endpoints: a string of 3 digits (003). */
export const ResultCode = Type.String({ pattern: '^1[0-9]{2}$', description: '"100" success ... "109"' });

/** `transaction` of `GET /check-status/payment/transaction/:invoiceid` (003, every field of its example). */
export const PaymentStatusTransaction = Type.Object(
  {
    id: Type.String(),
    createdDate: Type.String({ description: 'bank time, e.g. 2022-11-15T03:52:17.289853+06:00' }),
    invoiceID: Type.String(),
    amount: Type.Number(),
    amountBonus: Type.Number(),
    payoutAmount: Type.Number(),
    orgAmount: Type.Number(),
    approvalCode: Type.String(),
    data: Type.String({ description: 'merchant data, a JSON string' }),
    currency: Type.String(),
    terminal: Type.String({ description: '8-digit terminal number' }),
    terminalID: Type.String({ description: 'terminal GUID' }),
    accountID: Type.String(),
    description: Type.String(),
    language: Type.String(),
    cardMask: Type.String(),
    cardType: Type.String(),
    issuer: Type.String(),
    reference: Type.String(),
    reason: Type.String(),
    reasonCode: Type.String(),
    intReference: Type.String(),
    secure: Type.Boolean(),
    secureDetails: Type.String(),
    statusID: Type.String(),
    statusName: Type.String({ description: 'AUTH, CHARGE, CANCEL, REFUND, ...' }),
    name: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    cardID: Type.String(),
    xlsRRN: Type.String(),
    ip: Type.String(),
    ...IpLocationFields,
  },
  { additionalProperties: false, $id: 'PaymentStatusTransaction' },
);
export type PaymentStatusTransaction = Static<typeof PaymentStatusTransaction>;

/** Answer of the payment check-status endpoint (003): always HTTP 200, the outcome is `resultCode`. */
export const PaymentStatusResponse = Type.Object(
  {
    resultCode: ResultCode,
    resultMessage: Type.String(),
    transaction: Type.Union([PaymentStatusTransaction, Type.Null()]),
  },
  { additionalProperties: false, $id: 'PaymentStatusResponse' },
);
export type PaymentStatusResponse = Static<typeof PaymentStatusResponse>;

/**
 * `transaction` of `GET /check-status/p2p/transaction/:order`. The bank documents the path but not the body:
 * this shape is emulator-chosen, 003's names where they apply and 004's sender/receiver names otherwise.
 */
export const P2PStatusTransaction = Type.Object(
  {
    id: Type.String(),
    createdDate: Type.String(),
    invoiceID: Type.String(),
    amount: Type.Number(),
    fee: Type.Number(),
    currency: Type.String(),
    terminal: Type.String(),
    terminalID: Type.String(),
    accountID: Type.String(),
    description: Type.String(),
    language: Type.String(),
    reference: Type.String(),
    intReference: Type.String(),
    reason: Type.String(),
    reasonCode: Type.String(),
    statusName: Type.String({ description: 'CHARGE or REJECT' }),
    name: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    senderCardID: Type.String(),
    senderCardPAN: Type.String(),
    senderCardType: Type.String(),
    senderTransferType: Type.String(),
    receiverCardID: Type.String(),
    receiverCardPAN: Type.String(),
    receiverCardType: Type.String(),
    receiverTransferType: Type.String(),
  },
  { additionalProperties: false, $id: 'P2PStatusTransaction' },
);
export type P2PStatusTransaction = Static<typeof P2PStatusTransaction>;

/** Answer of the P2P check-status endpoint: as 003, with a P2P transaction. */
export const P2PStatusResponse = Type.Object(
  {
    resultCode: ResultCode,
    resultMessage: Type.String(),
    transaction: Type.Union([P2PStatusTransaction, Type.Null()]),
  },
  { additionalProperties: false, $id: 'P2PStatusResponse' },
);
export type P2PStatusResponse = Static<typeof P2PStatusResponse>;
