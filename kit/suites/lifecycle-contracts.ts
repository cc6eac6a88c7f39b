import type { PaymentStatusResponse, PaymentStatusTransaction } from '../../contracts/index.js';
import { type Contract, defineContract } from '../contract.js';
import type { ContractContext } from '../contract-context.js';
import { emulatorPayment } from './money-helpers.js';

const SOURCE = 'DESIGN.md facts (payment lifecycle)';
type OperationId = 'operationCharge' | 'operationCancel' | 'operationRefund';
type Status = 'AUTH' | 'CHARGE';

const operate = (ctx: ContractContext, id: OperationId, paymentId: string, amount?: number) =>
  ctx.client.send(id, {
    params: { id: paymentId },
    ...(amount !== undefined ? { query: { amount } } : {}),
  });

/** The payment as check-status shows it now. */
async function current(ctx: ContractContext, payment: PaymentStatusTransaction) {
  const exchange = await ctx.client.send('paymentStatus', { params: { invoiceid: payment.invoiceID } });
  ctx.expectStatus(exchange, 200);
  const transaction = (exchange.body as PaymentStatusResponse).transaction;
  ctx.check(transaction !== null, `check-status finds no payment ${payment.invoiceID}`);
  return transaction as PaymentStatusTransaction;
}

/** A successful operation: HTTP 200, empty body, then check-status shows `expected`. */
function succeeds(
  name: string,
  behaviour: string,
  id: OperationId,
  from: Status,
  amount: number | undefined,
  expected: Partial<PaymentStatusTransaction>,
): Contract {
  return defineContract({
    name,
    behaviour,
    endpoint: id,
    requires: [id, 'paymentStatus'],
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const payment = await emulatorPayment(ctx, { status: from, amount: 100 });
      const exchange = await operate(ctx, id, payment.id, amount);
      ctx.expectStatus(exchange, 200);
      ctx.expectEqual(exchange.text, '', 'the body of a successful operation');
      const after = await current(ctx, payment);
      for (const [field, value] of Object.entries(expected)) {
        ctx.expectEqual(after[field as keyof PaymentStatusTransaction], value, `then check-status ${field}`);
      }
    },
  });
}

/** A refused operation: HTTP 400 `{code, message}`, and the payment is left as it was. */
function refused(name: string, behaviour: string, id: OperationId, from: Status, amount?: number): Contract {
  return defineContract({
    name,
    behaviour,
    endpoint: id,
    requires: [id, 'paymentStatus'],
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const payment = await emulatorPayment(ctx, { status: from, amount: 100 });
      const exchange = await operate(ctx, id, payment.id, amount);
      ctx.expectStatus(exchange, 400);
      const code = (exchange.body as { code?: unknown } | undefined)?.code;
      ctx.note(`code ${String(code)}`);
      const after = await current(ctx, payment);
      ctx.expectEqual(
        [after.statusName, after.amount],
        [from, 100],
        'then check-status [statusName, amount]',
      );
    },
  });
}

/** Charge, cancel and refund of a card payment. Every contract needs a payment: an epay-sandbox target. */
export const LIFECYCLE_CONTRACTS: readonly Contract[] = [
  succeeds(
    'operation.charge.full',
    'charging an authorised payment answers an empty 200 and the payment is CHARGE',
    'operationCharge',
    'AUTH',
    undefined,
    { statusName: 'CHARGE', amount: 100 },
  ),
  succeeds(
    'operation.charge.partial',
    'charging part of an authorised payment (?amount=) charges that amount',
    'operationCharge',
    'AUTH',
    60,
    { statusName: 'CHARGE', amount: 60 },
  ),
  succeeds(
    'operation.cancel',
    'cancelling an authorised payment answers an empty 200 and the payment is CANCEL',
    'operationCancel',
    'AUTH',
    undefined,
    { statusName: 'CANCEL' },
  ),
  succeeds(
    'operation.refund.full',
    'refunding a charged payment answers an empty 200 and the payment is REFUND',
    'operationRefund',
    'CHARGE',
    undefined,
    { statusName: 'REFUND', orgAmount: 100 },
  ),
  succeeds(
    'operation.refund.partial',
    'refunding part of a charged payment leaves the rest: amount 60 of orgAmount 100 after refunding 40',
    'operationRefund',
    'CHARGE',
    40,
    { statusName: 'REFUND', amount: 60, orgAmount: 100 },
  ),
  refused(
    'operation.charge.wrong-state',
    'charging a payment that is not authorised (CHARGE) is refused with 400 and changes nothing',
    'operationCharge',
    'CHARGE',
  ),
  refused(
    'operation.cancel.wrong-state',
    'cancelling a charged payment is refused with 400 and changes nothing',
    'operationCancel',
    'CHARGE',
  ),
  refused(
    'operation.refund.wrong-state',
    'refunding a payment that is only authorised is refused with 400 and changes nothing',
    'operationRefund',
    'AUTH',
  ),
  refused(
    'operation.refund.below-minimum',
    'a partial refund below 10 KZT is refused with 400 and changes nothing',
    'operationRefund',
    'CHARGE',
    5,
  ),
  defineContract({
    name: 'operation.unknown-id',
    behaviour:
      "charge, cancel and refund of an id that is none of the merchant's payments answer 400 {code, message}",
    endpoint: 'operationCharge',
    requires: ['operationCharge', 'operationCancel', 'operationRefund'],
    source: SOURCE,
    async run(ctx) {
      const id = crypto.randomUUID();
      for (const operation of ['operationCharge', 'operationCancel', 'operationRefund'] as const) {
        ctx.expectStatus(await operate(ctx, operation, id), 400);
      }
    },
  }),
];
