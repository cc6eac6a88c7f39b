import Type, { type Static } from 'typebox';

const Text = (maxLength: number, description: string) => Type.String({ maxLength, description });
const Link = (description: string) => Type.Optional(Text(2048, description));

/** How a card side is given (004): a typed-in card number, or the id of a card saved earlier. */
export const TransferType = Type.Union([Type.Literal('TYPEPAN'), Type.Literal('TYPECARDID')], {
  description: 'TYPEPAN: cardCred is the card number; TYPECARDID: cardCred is a saved card id',
});
export type TransferType = Static<typeof TransferType>;

/** `order` of a transfer (004). */
export const TransferOrder = Type.Object(
  {
    amount: Type.Number({ description: 'transfer amount' }),
    currency: Type.String({ minLength: 3, maxLength: 3, description: 'currency, e.g. KZT' }),
    description: Type.Optional(Text(1024, 'additional information about the transaction')),
    id: Type.String({ minLength: 1, maxLength: 64, description: 'order number (invoiceID of the token)' }),
    accountID: Type.Optional(Text(256, "the store's customer id; required when saving the card")),
    accountId: Type.Optional(
      Text(256, "004's field table spells it accountId; accepted too (accountID wins)"),
    ),
    senderEmail: Type.Optional(Text(256, "sender's e-mail")),
    terminalId: Type.String({ minLength: 1, maxLength: 64, description: 'terminal GUID' }),
    backLink: Link('return link after success'),
    failureBackLink: Link('return link after failure'),
    postLink: Link('success callback URL'),
    failurePostLink: Link('failure callback URL'),
  },
  { additionalProperties: false, $id: 'TransferOrder' },
);
export type TransferOrder = Static<typeof TransferOrder>;

/** Card expiry as 004 sends it: two-digit strings. */
export const CardExpiry = Type.Object(
  {
    month: Type.String({ maxLength: 2, description: 'month, 01-12' }),
    year: Type.String({ maxLength: 4, description: 'year, 2 digits (4 accepted)' }),
  },
  { additionalProperties: false, $id: 'CardExpiry' },
);

/** `card.sender` (004): TYPEPAN with cvc, expire and name; TYPECARDID with a saved card id. */
export const TransferSender = Type.Object(
  {
    save: Type.Optional(Type.Boolean({ description: 'save the sender card (success returns its id)' })),
    transferType: TransferType,
    cvc: Type.Optional(Text(8, 'CVC/CVV of a TYPEPAN card')),
    expire: Type.Optional(CardExpiry),
    name: Type.Optional(Text(256, "cardholder's name")),
    cardCred: Type.String({ minLength: 1, maxLength: 64, description: 'card number or saved card id' }),
  },
  { additionalProperties: false, $id: 'TransferSender' },
);

/** `card.receiver` (004): a card number or a saved card id. */
export const TransferReceiver = Type.Object(
  {
    transferType: TransferType,
    cardCred: Type.String({ minLength: 1, maxLength: 64, description: 'card number or saved card id' }),
    cvc: Type.Optional(Text(8, 'not used for the receiver (empty)')),
    expire: Type.Optional(CardExpiry),
    name: Type.Optional(Text(256, "receiver's name")),
  },
  { additionalProperties: false, $id: 'TransferReceiver' },
);

/** `POST /payments/cards/auth` body of a P2P transfer (004). */
export const TransferRequest = Type.Object(
  {
    order: TransferOrder,
    card: Type.Object(
      { sender: TransferSender, receiver: TransferReceiver },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: 'TransferRequest' },
);
export type TransferRequest = Static<typeof TransferRequest>;

/** A successful transfer (004's "Response in an event of success", every field). */
export const TransferResponse = Type.Object(
  {
    id: Type.String({ description: 'transaction id' }),
    amount: Type.Number(),
    fee: Type.Number({ description: 'commission (not used)' }),
    accountID: Type.String(),
    currency: Type.String(),
    email: Type.String(),
    description: Type.String(),
    reference: Type.String({ description: 'RRN, 12 digits' }),
    orderID: Type.String(),
    senderCardID: Type.String({ description: "saved sender card id ('' unless saved or TYPECARDID)" }),
    senderCardPAN: Type.String({ description: 'masked: 440563...5096' }),
    senderCardType: Type.String(),
    senderTransferType: TransferType,
    receiverCardID: Type.String(),
    receiverCardPAN: Type.String(),
    receiverCardType: Type.String(),
    receiverTransferType: TransferType,
    intReference: Type.String(),
    terminalID: Type.String(),
    status: Type.String({ description: 'CHARGE' }),
  },
  { additionalProperties: false, $id: 'TransferResponse' },
);
export type TransferResponse = Static<typeof TransferResponse>;

/** A refused transfer (004's "Response in case of error"). */
export const TransferError = Type.Object(
  {
    code: Type.Integer({ description: 'bank decline code (457, 487...) or emulator-defined code (9000+)' }),
    message: Type.String(),
    invoiceId: Type.String({ description: 'order id sent' }),
    id: Type.String({ description: "transaction id ('' when nothing was processed)" }),
    reference: Type.String(),
    accountId: Type.String(),
  },
  { additionalProperties: false, $id: 'TransferError' },
);
export type TransferError = Static<typeof TransferError>;
