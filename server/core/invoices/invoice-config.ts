/**
 * How strictly `POST /invoice` reads its body.
 * - `document` (default): as 002 states it: account_id, recipient_contact and recipient_contact_sms are
 *   required; language is rus, kaz or eng.
 * - `observed`: as public integrations show the real host answering: contacts and account_id may be empty
 *   or absent (checked only when given), and any short language code is kept as sent (`ru`).
 */
export type InvoiceRules = 'document' | 'observed';

/** Invoice settings of a sandbox. */
export interface InvoiceConfig {
  readonly rules: InvoiceRules;
  /** Longest `expire_period`, in days. */
  readonly maxExpireDays: number;
}

/** The documented defaults. */
export const DEFAULT_INVOICE_CONFIG: InvoiceConfig = { rules: 'document', maxExpireDays: 365 };
