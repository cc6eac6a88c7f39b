import LZString from 'lz-string';
import { catalogueError } from '../errors/index.js';

/**
 * The paymentObject of `halyk.pay` / `halyk.showPaymentWidget` (DESIGN.md facts), as the payment form reads it
 * from its `params`. `auth` is the token object of the token endpoint (or just the access token).
 */
export interface PaymentObject {
  readonly invoiceId: string;
  readonly amount: number;
  readonly currency: string;
  /** Terminal GUID; '' when the object names none (the token's bound terminal is used then). */
  readonly terminal: string;
  readonly backLink: string;
  readonly failureBackLink: string;
  readonly postLink: string;
  readonly failurePostLink: string;
  /** As sent: `rus`, `RU`, `kaz`, `eng`... */
  readonly language: string;
  readonly description: string;
  readonly accountId: string;
  readonly email: string;
  readonly phone: string;
  readonly name: string;
  readonly cardSave: boolean;
  readonly data: string;
  /** `auth.access_token`. */
  readonly accessToken: string;
}

/** Flat `name=value&...` text (values URI-encoded, nested objects encoded the same way, recursively). */
function parseEncoded(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      throw catalogueError('payformParamsInvalid', `the value of '${name}' is not URI-encoded text`);
    }
    fields.set(name, value);
  }
  return fields;
}

/**
 * The text of the payment form's `params`: the bank's script compresses it with lz-string
 * (`compressToEncodedURIComponent`); the sandbox's own script sends it uncompressed. Both are read.
 */
export function decodeParams(params: string): string {
  const text = params.trim();
  if (text === '') throw catalogueError('payformParamsInvalid', "the form was opened without 'params'");
  // Plain text always has '='; lz-string's URI-safe alphabet (A-Z a-z 0-9 + - $) never does.
  if (text.includes('=')) return text;
  let decompressed: string | null = null;
  try {
    decompressed = LZString.decompressFromEncodedURIComponent(text);
  } catch {
    // lz-string throws on some truncated inputs ('y'): unreadable params, like any other.
  }
  if (!decompressed)
    throw catalogueError('payformParamsInvalid', "'params' is neither lz-string nor name=value text");
  return decompressed;
}

/**
 * Reads the payment object of a `params` value (lz-string compressed as the bank's script sends it, or plain).
 * Missing invoiceId, amount or auth: 9340.
 *
 * @example
 * const object = readPaymentObject(new URL(url).searchParams.get('params') ?? '');
 * object.invoiceId; // '000001'
 */
export function readPaymentObject(params: string): PaymentObject {
  const fields = parseEncoded(decodeParams(params));
  const text = (name: string): string => (fields.get(name) ?? '').trim();
  const invoiceId = text('invoiceId') || text('invoiceID');
  if (invoiceId === '') throw catalogueError('payformParamsInvalid', 'the payment object has no invoiceId');
  const amountText = text('amount');
  const amount = Number(amountText);
  if (amountText === '' || !Number.isFinite(amount)) {
    throw catalogueError(
      'payformParamsInvalid',
      `the payment object's amount is not a number: '${amountText}'`,
    );
  }
  const auth = fields.get('auth') ?? '';
  const accessToken = auth.includes('=')
    ? (parseEncoded(auth).get('access_token') ?? '').trim()
    : auth.trim();
  if (accessToken === '') {
    throw catalogueError(
      'payformParamsInvalid',
      "the payment object has no auth: set paymentObject.auth to the token endpoint's answer",
    );
  }
  return {
    invoiceId,
    amount,
    currency: text('currency').toUpperCase() || 'KZT',
    terminal: text('terminal'),
    backLink: text('backLink'),
    failureBackLink: text('failureBackLink'),
    postLink: text('postLink'),
    failurePostLink: text('failurePostLink'),
    language: text('language'),
    description: fields.get('description') ?? '',
    accountId: text('accountId'),
    email: text('email'),
    phone: text('phone'),
    name: text('name'),
    cardSave: text('cardSave').toLowerCase() === 'true',
    data: fields.get('data') ?? '',
    accessToken,
  };
}
