import Type, { type Static } from 'typebox';

/**
 * The body of a successful charge, cancel or refund: none. The bank answers HTTP 200 with an empty body;
 * validate the response text (`''`) against this schema.
 */
export const EmptyBody = Type.String({ maxLength: 0, $id: 'EmptyBody', description: 'HTTP 200, empty body' });

/** Query of `POST /operation/:id/charge` and `/refund`: `?amount=` (absent: the whole amount). */
export const OperationAmountQuery = Type.Object(
  {
    amount: Type.Optional(
      Type.String({ pattern: '^[0-9]+(\\.[0-9]{1,2})?$', description: 'partial amount, at most 2 decimals' }),
    ),
  },
  { $id: 'OperationAmountQuery' },
);
export type OperationAmountQuery = Static<typeof OperationAmountQuery>;

/** Payment statuses (DESIGN.md facts). */
export const PaymentStatusName = Type.Union([
  Type.Literal('NEW'),
  Type.Literal('AUTH'),
  Type.Literal('CHARGE'),
  Type.Literal('CANCEL'),
  Type.Literal('REFUND'),
  Type.Literal('REJECT'),
  Type.Literal('FAILED'),
  Type.Literal('3D'),
]);

/**
 * `POST /_sandbox/payments`: creates a card payment in a given state, for tests that need one (a payment in
 * AUTH to charge or cancel, a REJECT for status 101...). Everything is optional.
 */
export const SandboxPaymentRequest = Type.Object(
  {
    terminal: Type.Optional(
      Type.String({ description: "terminal GUID (default: merchant test's 67e34d63-...)" }),
    ),
    invoiceId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'default: 12 random digits' }),
    ),
    amount: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'default 100' })),
    currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3, description: 'default KZT' })),
    status: Type.Optional(PaymentStatusName),
    card: Type.Optional(
      Type.String({
        description: "a test card's PAN or mask (default 440563...5096); only the mask is kept",
      }),
    ),
    accountId: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    phone: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
    postLink: Type.Optional(Type.String()),
    failurePostLink: Type.Optional(Type.String()),
    secretHash: Type.Optional(Type.String()),
  },
  { additionalProperties: false, $id: 'SandboxPaymentRequest' },
);
export type SandboxPaymentRequest = Static<typeof SandboxPaymentRequest>;
