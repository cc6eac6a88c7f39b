import type { CardSource } from '../../core/index.js';

/** The card typed into a hosted form, or why it cannot be read as one. */
export type CardFormReading = { readonly ok: true; readonly card: CardSource } | { readonly ok: false };

const EXPIRY = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/;

/**
 * Reads the card fields of a hosted form post (`pan`, `expiry` as MM/YY, `cvc`, `name`). Spaces and dashes in
 * the number are dropped; an expiry that is not MM/YY is passed on as is, so the card check answers 457.
 * Missing number, expiry or CVC: not a card (the form is shown again; nothing is recorded).
 *
 * @example
 * const reading = readCardForm(await c.req.parseBody());
 */
export function readCardForm(fields: Readonly<Record<string, unknown>>): CardFormReading {
  const text = (name: string): string =>
    typeof fields[name] === 'string' ? (fields[name] as string).trim() : '';
  const pan = text('pan').replace(/[\s-]/g, '');
  const expiry = text('expiry');
  const cvc = text('cvc');
  if (pan === '' || expiry === '' || cvc === '') return { ok: false };
  const parts = EXPIRY.exec(expiry);
  const month = parts ? (parts[1] ?? '').padStart(2, '0') : expiry;
  const year = parts ? (parts[2] ?? '').slice(-2) : '';
  const name = text('name');
  return {
    ok: true,
    card: { type: 'pan', pan, expiry: { month, year }, cvc, ...(name !== '' ? { name } : {}) },
  };
}
