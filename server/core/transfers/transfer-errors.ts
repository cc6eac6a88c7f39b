import type { TransferError } from '../../../contracts/index.js';
import type { Decline } from '../cards/index.js';
import { type CatalogueKey, EpayError, ERROR_CATALOGUE } from '../errors/index.js';

/** The order fields a transfer error echoes (004's error shape). */
export interface TransferErrorContext {
  readonly invoiceId: string;
  readonly accountId: string;
  /** The transaction id when the bank processed (and declined) the card, else ''. */
  readonly id?: string;
  readonly reference?: string;
}

/**
 * A transfer error in 004's shape `{code, message, invoiceId, id, reference, accountId}`. The bank's message
 * is kept exactly; `detail` (plain words for the sandbox user) becomes the error's `message`, which the HTTP
 * layer sends as `X-Sandbox-Reason`. Emulator-defined codes also carry the detail in the body's message.
 *
 * @example
 * throw transferError('orderMismatch', { invoiceId: '000000001', accountId: '' }, "amount is 100 in the token");
 */
export function transferError(key: CatalogueKey, context: TransferErrorContext, detail?: string): EpayError {
  const entry = ERROR_CATALOGUE[key];
  const message = entry.source === 'emulator' && detail ? `${entry.message}: ${detail}` : entry.message;
  return bodyError(entry.status, entry.code, message, context, detail);
}

/**
 * The transfer error of a card or order decline.
 *
 * @example
 * if (!auth.approved) throw declineError(auth.decline, { invoiceId, accountId, id: record.id });
 */
export function declineError(decline: Decline, context: TransferErrorContext): EpayError {
  return transferError(decline.key, context, decline.detail);
}

function bodyError(
  status: number,
  code: number,
  message: string,
  context: TransferErrorContext,
  detail: string | undefined,
): EpayError {
  const body: TransferError = {
    code,
    message,
    invoiceId: context.invoiceId,
    id: context.id ?? '',
    reference: context.reference ?? '',
    accountId: context.accountId,
  };
  return new EpayError(status, body, detail ?? message);
}

/**
 * Re-shapes a plain `{code, message}` error (a body the route could not read) into 004's error shape.
 *
 * @example
 * catch (error) { throw asTransferError(error, { invoiceId: '', accountId: '' }); }
 */
export function asTransferError(error: unknown, context: TransferErrorContext): unknown {
  if (!(error instanceof EpayError) || 'invoiceId' in error.body) return error;
  const { code, message } = error.body as { code?: unknown; message?: unknown };
  if (typeof code !== 'number' || typeof message !== 'string') return error;
  return bodyError(error.status, code, message, context, undefined);
}
