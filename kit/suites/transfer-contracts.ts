import { exampleJson } from '../../contracts/examples/index.js';
import type { TransferError, TransferResponse } from '../../contracts/index.js';
import { type Contract, defineContract } from '../contract.js';
import type { ContractContext } from '../contract-context.js';
import {
  CARDS,
  exampleOrderId,
  exampleTransfer,
  foreignTerminal,
  plainTransfer,
  seedExample,
  sender,
} from './money-helpers.js';

const SOURCE_004 = '004_502b3facf531c204.txt';

/** Fields of 004's success example that follow from its request (the rest are per transfer, or differ). */
const ECHOED_FIELDS = [
  'amount',
  'accountID',
  'currency',
  'email',
  'senderCardPAN',
  'senderCardType',
  'senderTransferType',
  'receiverCardID',
  'receiverCardPAN',
  'receiverCardType',
  'receiverTransferType',
  'terminalID',
  'status',
] as const;

/** Sends a transfer expected to be declined with `code` and checks 004's error body. */
async function declined(
  ctx: ContractContext,
  body: ReturnType<typeof plainTransfer>,
  code: number,
): Promise<TransferError> {
  const exchange = await ctx.client.send('transfer', { body });
  ctx.expectStatus(exchange, 400);
  const error = exchange.body as TransferError;
  ctx.expectEqual(error.code, code, 'code');
  ctx.expectEqual(error.invoiceId, body.order.id, 'invoiceId (the order id sent)');
  ctx.expectEqual(error.reference, '', 'reference of a declined transfer');
  return error;
}

/** The P2P transfer endpoint's contracts (004). Every one creates a transfer (or tries to): `writes`. */
export const TRANSFER_CONTRACTS: readonly Contract[] = [
  defineContract({
    name: 'transfer.example.success',
    behaviour:
      "004's transfer example succeeds with a token bound to its order and answers as 004's success example (masked cards, the saved sender card's id)",
    endpoint: 'transfer',
    source: SOURCE_004,
    writes: true,
    async run(ctx) {
      const body = exampleTransfer(exampleOrderId(ctx));
      ctx.note(
        'sent as JSON without the printed trailing comma (probe transfer.trailing-comma sends it as printed)',
      );
      // The client's token policy asks for a fresh transfer token bound to this order (004).
      const exchange = await ctx.client.send('transfer', { body });
      ctx.expectStatus(exchange, 200);
      const answer = exchange.body as TransferResponse;
      const printed = exampleJson(seedExample('transfer-response')) as TransferResponse;
      ctx.expectEqual(answer.orderID, body.order.id, 'orderID');
      for (const field of ECHOED_FIELDS) ctx.expectEqual(answer[field], printed[field], field);
      ctx.check(
        answer.senderCardID !== '',
        "senderCardID is empty: with save: true 004 answers the saved sender card's id",
      );
      ctx.check(
        answer.reference !== '' && answer.id !== '',
        'an approved transfer has an id and a reference',
      );
    },
  }),
  defineContract({
    name: 'transfer.decline.locked-card',
    behaviour: "a locked test card as sender is declined with 465 in 004's error shape",
    endpoint: 'transfer',
    source: `${SOURCE_004} (card status lock); DESIGN.md facts (465 card restricted)`,
    writes: true,
    async run(ctx) {
      await declined(ctx, plainTransfer(ctx, { from: sender(CARDS.lockedAmex) }), 465);
    },
  }),
  defineContract({
    name: 'transfer.decline.wrong-cvc',
    behaviour: "an unlocked test card with a wrong CVC is declined with 466 in 004's error shape",
    endpoint: 'transfer',
    source: `${SOURCE_004}; DESIGN.md facts (466 declined)`,
    writes: true,
    async run(ctx) {
      await declined(ctx, plainTransfer(ctx, { from: sender(CARDS.visa, '000') }), 466);
    },
  }),
  defineContract({
    name: 'transfer.decline.foreign-terminal',
    behaviour:
      "004's transfer example on another merchant's terminal answers 004's error example: 487 ' Not permitted to merchant'",
    endpoint: 'transfer',
    source: SOURCE_004,
    writes: true,
    async run(ctx) {
      const printed = exampleJson(seedExample('transfer-error')) as TransferError;
      const example = exampleTransfer(exampleOrderId(ctx));
      const body = {
        ...example,
        order: { ...example.order, terminalId: foreignTerminal(ctx), accountID: printed.accountId },
      };
      const exchange = await ctx.client.send('transfer', { body });
      ctx.expectStatus(exchange, 400);
      ctx.expectEqual(exchange.body, { ...printed, invoiceId: body.order.id }, 'the error body');
    },
  }),
];
