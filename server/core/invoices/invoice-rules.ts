import type { InvoiceCreateRequest } from '../../../contracts/index.js';
import { catalogueError } from '../errors/index.js';
import type { InvoiceConfig } from './invoice-config.js';

/** Invoice languages 002 allows. */
export const INVOICE_LANGUAGES = ['rus', 'kaz', 'eng'] as const;
/** Longest description (002). */
export const MAX_DESCRIPTION = 125;

const INVOICE_ID = /^\d{6,20}$/;
/** `+7` and 10 digits (002's format); 11 digits are accepted because 002's own example has them. */
const PHONE = /^\+7\d{10,11}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PERIOD = /^\s*(\d{1,4})\s*d\s*$/i;

/** The checked fields of an invoice request, with the defaults of the optional ones. */
export interface InvoiceFields {
  readonly invoiceId: string;
  readonly accountId: string;
  readonly amount: number;
  readonly currency: string;
  readonly language: string;
  readonly description: string;
  readonly expireDays: number;
  readonly expirePeriod: string;
  readonly recipientContact: string;
  readonly recipientContactSms: string;
  readonly notifierContact: string;
  readonly notifierContactSms: string;
}

/**
 * Checks every field of a `POST /invoice` body against 002's rules (the `document` rules) or the host's
 * observed leniency (`observed`), and throws the first problem as a 93xx error.
 *
 * @example
 * const fields = checkInvoiceFields(body, DEFAULT_INVOICE_CONFIG); // fields.expireDays === 1 for '1d'
 */
export function checkInvoiceFields(body: InvoiceCreateRequest, config: InvoiceConfig): InvoiceFields {
  const documentRules = config.rules === 'document';
  const invoiceId = body.invoice_id.trim();
  if (!INVOICE_ID.test(invoiceId)) {
    throw catalogueError('invoiceIdInvalid', `invoice_id must be 6 to 20 digits, got '${body.invoice_id}'`);
  }
  const cents = body.amount * 100;
  if (!(body.amount > 0) || !Number.isFinite(body.amount) || Math.round(cents) !== Number(cents.toFixed(6))) {
    throw catalogueError(
      'invoiceAmountInvalid',
      `amount must be above 0 with at most 2 decimals, got ${body.amount}`,
    );
  }
  const currency = body.currency.trim();
  if (currency.toUpperCase() !== 'KZT') {
    throw catalogueError('invoiceCurrencyInvalid', `currency must be KZT (002), got '${body.currency}'`);
  }
  const language = body.language.trim();
  const languageOk = documentRules
    ? (INVOICE_LANGUAGES as readonly string[]).includes(language.toLowerCase())
    : /^[a-z]{2,3}$/i.test(language);
  if (!languageOk) {
    throw catalogueError(
      'invoiceLanguageInvalid',
      `language must be rus, kaz or eng, got '${body.language}'`,
    );
  }
  const description = body.description;
  if (description.trim() === '' || [...description].length > MAX_DESCRIPTION) {
    throw catalogueError(
      'invoiceDescriptionInvalid',
      `description must have 1 to ${MAX_DESCRIPTION} characters, got ${[...description].length}`,
    );
  }
  const period = PERIOD.exec(body.expire_period);
  const expireDays = period ? Number(period[1]) : 0;
  if (!period || expireDays < 1 || expireDays > config.maxExpireDays) {
    throw catalogueError(
      'invoiceExpirePeriodInvalid',
      `expire_period must be a number of days from 1d to ${config.maxExpireDays}d, got '${body.expire_period}'`,
    );
  }
  const accountId = (body.account_id ?? '').trim();
  const recipientContact = (body.recipient_contact ?? '').trim();
  const recipientContactSms = (body.recipient_contact_sms ?? '').trim();
  if (documentRules) {
    for (const [name, value] of [
      ['account_id', accountId],
      ['recipient_contact', recipientContact],
      ['recipient_contact_sms', recipientContactSms],
    ] as const) {
      if (value === '') {
        throw catalogueError(
          'invoiceFieldRequired',
          `'${name}' is required (002); the 'observed' invoice rules accept it empty`,
        );
      }
    }
  }
  const notifierContact = (body.notifier_contact ?? '').trim();
  const notifierContactSms = (body.notifier_contact_sms ?? '').trim();
  for (const [name, value] of [
    ['recipient_contact', recipientContact],
    ['notifier_contact', notifierContact],
  ] as const) {
    if (value !== '' && !EMAIL.test(value)) {
      throw catalogueError('invoiceEmailInvalid', `'${name}' is not an e-mail address: '${value}'`);
    }
  }
  for (const [name, value] of [
    ['recipient_contact_sms', recipientContactSms],
    ['notifier_contact_sms', notifierContactSms],
  ] as const) {
    if (value !== '' && !PHONE.test(value)) {
      throw catalogueError('invoicePhoneInvalid', `'${name}' must look like +7XXXXXXXXXX, got '${value}'`);
    }
  }
  return {
    invoiceId,
    accountId,
    amount: body.amount,
    currency: currency.toUpperCase(),
    language,
    description,
    expireDays,
    expirePeriod: body.expire_period.trim(),
    recipientContact,
    recipientContactSms,
    notifierContact,
    // 002's answers (and the real host's) repeat the recipient's phone when no notifier phone is given.
    notifierContactSms: notifierContactSms === '' ? recipientContactSms : notifierContactSms,
  };
}
