import type { P2PStatusResponse, PaymentStatusResponse } from '../../../contracts/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import { RESERVED_STATUS_IDS, RESULT_CODES, type ResultCodeValue } from './result-codes.js';
import { toP2PStatusTransaction, toPaymentStatusTransaction } from './status-views.js';

const answer = (code: ResultCodeValue) => ({
  resultCode: code,
  resultMessage: RESULT_CODES[code],
  transaction: null,
});

/** The result code of the checks both status endpoints share, or undefined when the lookup may go on. */
function precheck(sandbox: Sandbox, token: TokenRecord, id: string): ResultCodeValue | undefined {
  const terminal = token.binding.terminal;
  if (!terminal) return '104';
  if (sandbox.merchants.terminalOwner(terminal)?.merchant.clientId !== token.clientId) return '109';
  const reserved = id.trim();
  return Object.hasOwn(RESERVED_STATUS_IDS, reserved) ? RESERVED_STATUS_IDS[reserved] : undefined;
}

/**
 * `GET /check-status/payment/transaction/:invoiceid` (003). Always answers (HTTP 200); the outcome is the
 * result code: 104 the token has no terminal; 109 the token's terminal is not the merchant's; 102 no payment
 * of the merchant has this invoice id; 106 the payment is on another terminal than the token's; 101 the
 * (latest) payment was rejected; 100 with the transaction otherwise. Reserved ids give 101-107 on demand.
 *
 * @example
 * paymentStatus(sandbox, token, '205218074').resultCode; // '100'
 */
export function paymentStatus(
  sandbox: Sandbox,
  token: TokenRecord,
  invoiceId: string,
): PaymentStatusResponse {
  const early = precheck(sandbox, token, invoiceId);
  if (early) return answer(early);
  const payments = sandbox.search.paymentsByInvoice(token.clientId, invoiceId.trim());
  const payment = latest(payments, (p) => p.createdDate);
  if (!payment) return answer('102');
  if (payment.terminalId.toLowerCase() !== token.binding.terminal?.toLowerCase()) return answer('106');
  if (payment.status === 'REJECT' || payment.status === 'FAILED') return answer('101');
  return {
    resultCode: '100',
    resultMessage: RESULT_CODES['100'],
    transaction: toPaymentStatusTransaction(payment),
  };
}

/**
 * `GET /check-status/p2p/transaction/:order`: as {@link paymentStatus}, over the merchant's transfers.
 *
 * @example
 * p2pStatus(sandbox, token, '8161284658529816').transaction?.statusName; // 'CHARGE'
 */
export function p2pStatus(sandbox: Sandbox, token: TokenRecord, orderId: string): P2PStatusResponse {
  const early = precheck(sandbox, token, orderId);
  if (early) return answer(early);
  const transfers = sandbox.search.transfersByInvoice(token.clientId, orderId.trim());
  const transfer = latest(transfers, (t) => t.createdAt);
  if (!transfer) return answer('102');
  if (transfer.terminalId.toLowerCase() !== token.binding.terminal?.toLowerCase()) return answer('106');
  if (transfer.operationStatus === 'REJECT') return answer('101');
  return {
    resultCode: '100',
    resultMessage: RESULT_CODES['100'],
    transaction: toP2PStatusTransaction(transfer),
  };
}

/** The record created last (the one a retried order ended with). */
function latest<R>(records: readonly R[], createdAt: (r: R) => string): R | undefined {
  let best: R | undefined;
  for (const r of records) if (!best || createdAt(r) >= createdAt(best)) best = r;
  return best;
}
