import Type, { type Static } from 'typebox';
import { IpLocationFields } from './common.js';

/**
 * The JSON the sandbox POSTs to postLink / failurePostLink (fields of the bank's callback, DESIGN.md facts).
 * `statusName` is a sandbox addition on payment callbacks (charge, cancel, refund change it).
 */
export const CallbackPayload = Type.Object(
  {
    id: Type.String({ description: 'transaction id' }),
    dateTime: Type.String({ description: 'bank time' }),
    invoiceId: Type.String(),
    amount: Type.Number(),
    currency: Type.String(),
    terminal: Type.String({ description: 'terminal GUID' }),
    accountId: Type.String(),
    description: Type.String(),
    language: Type.String(),
    cardMask: Type.String(),
    cardType: Type.String(),
    cardId: Type.String(),
    issuer: Type.String(),
    reference: Type.String(),
    approvalCode: Type.String(),
    secure: Type.String(),
    secureDetails: Type.String(),
    code: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
    reason: Type.String(),
    reasonCode: Type.Integer({ description: '0 on success, the decline code otherwise' }),
    name: Type.String(),
    email: Type.String(),
    phone: Type.String(),
    ip: Type.String(),
    ...IpLocationFields,
    secret_hash: Type.String({ description: 'the secret_hash given at token time, echoed' }),
    statusName: Type.Optional(Type.String()),
  },
  { additionalProperties: false, $id: 'CallbackPayload' },
);
export type CallbackPayload = Static<typeof CallbackPayload>;

const Attempt = Type.Object(
  {
    at: Type.String(),
    status: Type.Union([Type.Integer(), Type.Null()]),
    latencyMs: Type.Number(),
    error: Type.Union([Type.String(), Type.Null()]),
    replay: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** One delivery of the log at `GET /_sandbox/callbacks`. */
export const CallbackDeliveryView = Type.Object(
  {
    id: Type.String(),
    url: Type.String(),
    kind: Type.Union([Type.Literal('postLink'), Type.Literal('failurePostLink')]),
    event: Type.String(),
    recordType: Type.Union([Type.Literal('payment'), Type.Literal('transfer')]),
    recordId: Type.String(),
    clientId: Type.String(),
    invoiceId: Type.String(),
    payload: CallbackPayload,
    status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('delivered'),
      Type.Literal('failed'),
      Type.Literal('skipped'),
    ]),
    createdAt: Type.String(),
    nextAttemptAt: Type.Union([Type.String(), Type.Null()]),
    attempts: Type.Array(Attempt),
  },
  { additionalProperties: false, $id: 'CallbackDeliveryView' },
);
export type CallbackDeliveryView = Static<typeof CallbackDeliveryView>;

/** `GET /_sandbox/callbacks`: newest first. */
export const CallbackLog = Type.Object(
  { total: Type.Integer(), deliveries: Type.Array(CallbackDeliveryView) },
  { additionalProperties: false, $id: 'CallbackLog' },
);
export type CallbackLog = Static<typeof CallbackLog>;
