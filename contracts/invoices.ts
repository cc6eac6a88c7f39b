import Type, { type Static } from 'typebox';

const Text = (maxLength: number, description: string) => Type.String({ maxLength, description });
const Link = (description: string) => Type.Optional(Text(2048, description));

/**
 * `POST /invoice` (002): creates an invoice, i.e. a payment link. The schema checks shapes only; the rules
 * of each field (digits of invoice_id, `1d` periods, `+7` phones, rus/kaz/eng...) are checked by the
 * sandbox with their own codes (docs/invoices.md). Links are free text: 002's example sends `https//mail.ru`.
 */
export const InvoiceCreateRequest = Type.Object(
  {
    shop_id: Type.String({ minLength: 1, maxLength: 64, description: "shop GUID of the token's merchant" }),
    account_id: Type.Optional(
      Text(256, "the shop's account of the payer (required by 002; see the invoice rules)"),
    ),
    invoice_id: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'order number in the shop, digits (002 says 6-15; its example has 17)',
    }),
    amount: Type.Number({ description: 'amount, > 0, at most 2 decimals' }),
    language: Type.String({ maxLength: 8, description: 'rus, kaz or eng' }),
    description: Type.String({ maxLength: 1024, description: 'at most 125 characters (002)' }),
    expire_period: Type.String({ maxLength: 16, description: 'validity, e.g. 1d, 2d (days)' }),
    recipient_contact: Type.Optional(Text(256, "payer's e-mail (required by 002; see the invoice rules)")),
    recipient_contact_sms: Type.Optional(
      Text(32, "payer's phone, +7XXXXXXXXXX (required by 002; see the invoice rules)"),
    ),
    notifier_contact: Type.Optional(Text(256, 'e-mail notified of the payment')),
    notifier_contact_sms: Type.Optional(Text(32, 'phone notified of the payment, +7XXXXXXXXXX')),
    currency: Type.String({ maxLength: 8, description: 'KZT (the only value 002 allows)' }),
    post_link: Link('URL called (POST) after a successful payment'),
    failure_post_link: Link('URL called (POST) after a failed payment'),
    back_link: Link('where the payer returns after a successful payment'),
    failure_back_link: Link('where the payer returns after a failed payment'),
    card_save: Type.Optional(Type.Boolean({ description: 'offer to save the card (default false)' })),
    data: Type.Optional(Text(4096, 'merchant data, a JSON string')),
  },
  { additionalProperties: false, $id: 'InvoiceCreateRequest' },
);
export type InvoiceCreateRequest = Static<typeof InvoiceCreateRequest>;

/** Statuses of an invoice link: 002 shows ACTIVE and CHARGED; EXPIRED and DEACTIVATED are the sandbox's. */
export const InvoiceStatus = Type.String({ description: 'ACTIVE, CHARGED (002); EXPIRED, DEACTIVATED' });

const invoiceFields = {
  id: Type.String({ description: 'the link id in ePay (GUID)' }),
  shop_id: Type.String(),
  amount: Type.Number(),
  invoice_id: Type.String(),
  language: Type.String(),
  currency: Type.String(),
  description: Type.String(),
  account_id: Type.String(),
  recipient_contact: Type.String(),
  recipient_contact_sms: Type.String(),
  notifier_contact: Type.String(),
  notifier_contact_sms: Type.String({ description: 'recipient_contact_sms when none was given' }),
  expire_period: Type.String(),
  post_link: Type.String(),
  failure_post_link: Type.String(),
  back_link: Type.Optional(Type.String({ description: 'not in 002 create example; real answers have it' })),
  failure_back_link: Type.Optional(Type.String()),
  created_date: Type.String({ description: 'bank time, e.g. 2023-03-28T10:04:10.997074088+06:00' }),
  expire_date: Type.String({ description: 'created_date + expire_period' }),
  status: InvoiceStatus,
  updated_date: Type.String({ description: "Go's zero time until updated: 0001-01-01T00:00:00Z" }),
  invoice_url: Type.String({ description: 'the hosted payment page of the link' }),
  merchant_id: Type.String(),
  terminal_id: Type.String(),
  card_save: Type.Optional(Type.Boolean()),
  data: Type.Optional(Type.String()),
};

/** The answer of `POST /invoice` (002's response, plus the fields real answers carry). */
export const InvoiceCreateResponse = Type.Object(invoiceFields, {
  additionalProperties: false,
  $id: 'InvoiceCreateResponse',
});
export type InvoiceCreateResponse = Static<typeof InvoiceCreateResponse>;

/** One record of the invoice search (002), also the answer of a deactivation. */
export const InvoiceLinkRecord = Type.Object(
  {
    ...invoiceFields,
    invoice_alt: Type.Optional(Type.String({ description: 'alternative invoice number ("")' })),
    updated_date: Type.String({
      description: "Go's zero time in Almaty mean time until updated: 0001-01-01T05:07:48+05:07",
    }),
  },
  { additionalProperties: false, $id: 'InvoiceLinkRecord' },
);
export type InvoiceLinkRecord = Static<typeof InvoiceLinkRecord>;

/** A value of `searchParameter`: text, or a number or boolean some clients send. */
const SearchValue = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

/** One filter of the invoice search. */
export const InvoiceSearchParameter = Type.Object(
  {
    name: Type.String({ description: 'invoice_id (required), id, status, amount, created_date, ...' }),
    method: Type.String({ description: 'between, like, = (002); in, <, >, <=, >= too' }),
    searchParameter: Type.Array(SearchValue, { maxItems: 1000 }),
  },
  { additionalProperties: false, $id: 'InvoiceSearchParameter' },
);

/** The sort of the invoice search: one object in 002 (an array of them is accepted too). */
export const InvoiceOrderParameter = Type.Object(
  {
    field: Type.String({ description: 'id, invoice_id, created_date, amount, ...' }),
    typeOrder: Type.String({ description: 'ASC or DESC' }),
  },
  { additionalProperties: false, $id: 'InvoiceOrderParameter' },
);

/** The body of the invoice search (002; `POST /invoice-links`, see the fidelity notes). */
export const InvoiceSearchRequest = Type.Object(
  {
    paging: Type.Object(
      {
        skip: Type.Union([Type.Integer(), Type.String()], { description: 'records to skip' }),
        limit: Type.Union([Type.Integer(), Type.String()], { description: 'records per page (1-100)' }),
      },
      { additionalProperties: false },
    ),
    searchParameters: Type.Array(InvoiceSearchParameter, { maxItems: 50 }),
    orderParameters: Type.Optional(
      Type.Union([InvoiceOrderParameter, Type.Array(InvoiceOrderParameter, { maxItems: 10 })]),
    ),
  },
  { additionalProperties: false, $id: 'InvoiceSearchRequest' },
);
export type InvoiceSearchRequest = Static<typeof InvoiceSearchRequest>;

/** The answer of the invoice search: `TotalCount` and `Records` capitalised, as 002 prints them. */
export const InvoiceSearchResponse = Type.Object(
  {
    TotalCount: Type.Integer({ minimum: 0 }),
    Records: Type.Array(InvoiceLinkRecord),
  },
  { additionalProperties: false, $id: 'InvoiceSearchResponse' },
);
export type InvoiceSearchResponse = Static<typeof InvoiceSearchResponse>;
