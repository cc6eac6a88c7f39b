import type { EndpointId } from '../contracts/index.js';
import type { CallOptions } from './create-client.js';
import type { RequestBodyOf, SuccessOf } from './endpoint-types.js';

/** Options every money-path method takes. */
export interface RequestOptions {
  /** A bearer token to use instead of the one the endpoint's token policy gets (docs/kit.md). */
  readonly token?: string;
  readonly signal?: AbortSignal;
}

/** Options of {@link MoneyMethods.transfer}. */
export interface TransferOptions extends RequestOptions {
  /**
   * Bound to the transfer's token (`secret_hash` of the token form) and echoed in its postLink /
   * failurePostLink callbacks, so the receiver can tell them genuine.
   */
  readonly secretHash?: string;
}

/** Options of a charge or a refund. */
export interface AmountOptions extends RequestOptions {
  /** A partial amount (`?amount=`, at most 2 decimals); absent: the whole (remaining) amount. */
  readonly amount?: number | string;
}

/**
 * The money path of the client: P2P transfers (004), check-status (003 and P2P) and the payment lifecycle.
 * Request and answer types come from the contract table.
 */
export interface MoneyMethods {
  /**
   * `POST /payments/cards/auth` (004). Every call gets a **fresh** client_credentials `transfer` token bound
   * to this order (invoiceID, amount, currency, terminal, postLink, failurePostLink of `body.order`): 004
   * demands "the original token for each operation". Declines throw an `EpayApiError` whose `body` is 004's
   * error shape (`code` 465, 466, 487...).
   *
   * @example
   * const done = await client.transfer({
   *   order: { id: '000123456789', amount: 100, currency: 'KZT', terminalId: TEST_CREDENTIALS.test.terminal },
   *   card: {
   *     sender: { transferType: 'TYPEPAN', cardCred: '4405639704015096', cvc: '815', expire: { month: '01', year: '25' } },
   *     receiver: { transferType: 'TYPEPAN', cardCred: '5522042705066736' },
   *   },
   * }, { secretHash: 's3cr3t' });
   * done.status; // 'CHARGE'
   */
  transfer(body: RequestBodyOf<'transfer'>, options?: TransferOptions): Promise<SuccessOf<'transfer'>>;
  /**
   * `GET /check-status/payment/transaction/:invoiceid` (003), with a reusable client_credentials token that
   * carries the credentials' terminal (without one the bank answers resultCode "104"). Always resolves
   * (HTTP 200): read `resultCode` ("100" success with `transaction`, "101" reject, "102" not found...).
   *
   * @example
   * const { resultCode, transaction } = await client.paymentStatus('205218074');
   * if (resultCode === '100') console.log(transaction?.statusName); // 'CHARGE', 'REFUND'...
   */
  paymentStatus(invoiceId: string, options?: RequestOptions): Promise<SuccessOf<'paymentStatus'>>;
  /**
   * `GET /check-status/p2p/transaction/:order`: the status of a P2P transfer, as {@link paymentStatus}.
   *
   * @example
   * (await client.p2pStatus('000123456789')).transaction?.statusName; // 'CHARGE'
   */
  p2pStatus(orderId: string, options?: RequestOptions): Promise<SuccessOf<'p2pStatus'>>;
  /**
   * `POST /operation/:id/charge[?amount=]`: confirms an authorised payment (AUTH -> CHARGE), in full or in
   * part. `paymentId` is the payment's `id` (check-status `transaction.id`), not the invoice id. Resolves on
   * the bank's empty HTTP 200; refusals throw an `EpayApiError` (HTTP 400 `{code, message}`).
   *
   * @example
   * await client.chargePayment(transaction.id, { amount: 60 });
   */
  chargePayment(paymentId: string, options?: AmountOptions): Promise<void>;
  /**
   * `POST /operation/:id/cancel`: releases an authorised payment (AUTH -> CANCEL).
   *
   * @example
   * await client.cancelPayment(transaction.id);
   */
  cancelPayment(paymentId: string, options?: RequestOptions): Promise<void>;
  /**
   * `POST /operation/:id/refund[?amount=]`: returns money of a charged payment, all that is left or a part
   * (a partial refund is at least 10 KZT).
   *
   * @example
   * await client.refundPayment(transaction.id, { amount: 40 });
   */
  refundPayment(paymentId: string, options?: AmountOptions): Promise<void>;
}

/** What the money methods need of the client. */
export interface MoneyMethodDeps {
  call<E extends EndpointId>(id: E, options?: CallOptions<E>): Promise<SuccessOf<E>>;
  /** A fresh token of the endpoint's per-operation policy, bound to `body`, with extra token-form fields. */
  operationToken(id: EndpointId, body: unknown, extra?: Readonly<Record<string, string>>): Promise<string>;
}

const common = (options: RequestOptions) => ({
  ...(options.token ? { token: options.token } : {}),
  ...(options.signal ? { signal: options.signal } : {}),
});

const amountQuery = (amount: number | string | undefined) =>
  amount === undefined ? {} : { query: { amount: String(amount) } };

/**
 * Builds the money-path methods over the client's `call`.
 *
 * @example
 * const money = createMoneyMethods({ call, operationToken });
 * await money.cancelPayment(paymentId);
 */
export function createMoneyMethods(deps: MoneyMethodDeps): MoneyMethods {
  const { call } = deps;
  return {
    async transfer(body, options = {}) {
      const extra: Record<string, string> =
        options.secretHash !== undefined ? { secret_hash: options.secretHash } : {};
      const token = options.token ?? (await deps.operationToken('transfer', body, extra));
      return call('transfer', { body, ...common(options), token });
    },
    paymentStatus: (invoiceId, options = {}) =>
      call('paymentStatus', { params: { invoiceid: invoiceId }, ...common(options) }),
    p2pStatus: (orderId, options = {}) =>
      call('p2pStatus', { params: { order: orderId }, ...common(options) }),
    async chargePayment(paymentId, options = {}) {
      await call('operationCharge', {
        params: { id: paymentId },
        ...amountQuery(options.amount),
        ...common(options),
      });
    },
    async cancelPayment(paymentId, options = {}) {
      await call('operationCancel', { params: { id: paymentId }, ...common(options) });
    },
    async refundPayment(paymentId, options = {}) {
      await call('operationRefund', {
        params: { id: paymentId },
        ...amountQuery(options.amount),
        ...common(options),
      });
    },
  };
}
