import type { EpayExchange } from '../../client/index.js';
import { exampleJson } from '../../contracts/examples/index.js';
import type { P2PStatusResponse, PaymentStatusResponse } from '../../contracts/index.js';
import { type Contract, defineContract } from '../contract.js';
import type { ContractContext } from '../contract-context.js';
import {
  approvedTransfer,
  CARDS,
  emulatorPayment,
  foreignTerminal,
  freshOrderId,
  plainTransfer,
  seedExample,
  sender,
  siblingTerminal,
  terminalOf,
} from './money-helpers.js';

const SOURCE_003 = '003_1e2545fd935306e0.txt';
type StatusId = 'paymentStatus' | 'p2pStatus';
type StatusAnswer = PaymentStatusResponse | P2PStatusResponse;

const statusOf = (ctx: ContractContext, id: StatusId, invoiceId: string, token?: string) =>
  ctx.client.send(id, {
    params: id === 'paymentStatus' ? { invoiceid: invoiceId } : { order: invoiceId },
    ...(token ? { token } : {}),
  });

/** Checks an answer: HTTP 200 (check-status never answers errors) with `code` and a null transaction. */
function expectCode(ctx: ContractContext, exchange: EpayExchange, code: string): StatusAnswer {
  ctx.expectStatus(exchange, 200);
  const answer = exchange.body as StatusAnswer;
  ctx.expectEqual(answer.resultCode, code, `${exchange.endpoint.id} resultCode`);
  if (code !== '100') ctx.expectEqual(answer.transaction, null, `${exchange.endpoint.id} transaction`);
  return answer;
}

/** A status token of the credentials' merchant naming `terminal` (null: none). */
async function tokenWith(ctx: ContractContext, terminal: string | null): Promise<string> {
  return (await ctx.client.tokens.clientCredentials({ terminal })).access_token;
}

/** Contracts run on both status endpoints. */
function onBoth(
  name: string,
  behaviour: string,
  source: string,
  check: (ctx: ContractContext, id: StatusId) => Promise<void>,
): Contract {
  return defineContract({
    name,
    behaviour,
    endpoint: 'paymentStatus',
    requires: ['paymentStatus', 'p2pStatus'],
    source,
    async run(ctx) {
      await check(ctx, 'paymentStatus');
      await check(ctx, 'p2pStatus');
    },
  });
}

/** Reserved ids answer their code on both endpoints (an emulator feature, docs/transfers.md). */
const reserved: readonly Contract[] = (['101', '102', '103', '106', '107'] as const).map((code) =>
  onBoth(
    `status.reserved.${code}`,
    `the reserved id 999999999999${code} answers resultCode ${code} on both status endpoints`,
    'emulator (docs/transfers.md: reserved ids)',
    async (ctx, id) => {
      if (!ctx.emulator) ctx.skip('reserved ids are an emulator feature: the bank has none');
      expectCode(ctx, await statusOf(ctx, id, `999999999999${code}`), code);
    },
  ),
);

/** The check-status contracts (003, and the P2P status). */
export const STATUS_CONTRACTS: readonly Contract[] = [
  defineContract({
    name: 'status.payment.success',
    behaviour: "a payment's status answers resultCode 100 with its transaction (003's names)",
    endpoint: 'paymentStatus',
    source: SOURCE_003,
    writes: true,
    async run(ctx) {
      const payment = await emulatorPayment(ctx, { status: 'CHARGE', amount: 250 });
      const answer = expectCode(ctx, await statusOf(ctx, 'paymentStatus', payment.invoiceID), '100');
      ctx.expectEqual(answer.resultMessage, 'SUCCESS', 'resultMessage');
      const transaction = (answer as PaymentStatusResponse).transaction;
      ctx.expectEqual(
        [transaction?.id, transaction?.invoiceID, transaction?.amount, transaction?.statusName],
        [payment.id, payment.invoiceID, 250, 'CHARGE'],
        'transaction [id, invoiceID, amount, statusName]',
      );
      ctx.expectEqual(transaction?.terminalID, terminalOf(ctx), 'transaction.terminalID');
    },
  }),
  defineContract({
    name: 'status.p2p.success',
    behaviour: "an approved transfer's P2P status answers resultCode 100 with its transaction",
    endpoint: 'p2pStatus',
    requires: ['p2pStatus', 'transfer'],
    source: 'DESIGN.md facts (path); 003 (body)',
    writes: true,
    async run(ctx) {
      const body = plainTransfer(ctx, { order: { amount: 120 } });
      const transfer = await approvedTransfer(ctx, body);
      const answer = expectCode(ctx, await statusOf(ctx, 'p2pStatus', body.order.id), '100');
      const transaction = (answer as P2PStatusResponse).transaction;
      ctx.expectEqual(
        [transaction?.id, transaction?.invoiceID, transaction?.amount, transaction?.statusName],
        [transfer.id, body.order.id, 120, 'CHARGE'],
        'transaction [id, invoiceID, amount, statusName]',
      );
    },
  }),
  defineContract({
    name: 'status.p2p.rejected',
    behaviour:
      "a declined transfer's P2P status answers 003's reject example: resultCode 101, no transaction",
    endpoint: 'p2pStatus',
    requires: ['p2pStatus', 'transfer'],
    source: `${SOURCE_003} (its "Error" example)`,
    writes: true,
    async run(ctx) {
      const body = plainTransfer(ctx, { from: sender(CARDS.visa, '000') });
      ctx.expectStatus(await ctx.client.send('transfer', { body }), 400);
      const exchange = await statusOf(ctx, 'p2pStatus', body.order.id);
      ctx.expectStatus(exchange, 200);
      ctx.expectEqual(exchange.body, exampleJson(seedExample('status-error')), 'the answer');
    },
  }),
  onBoth(
    'status.not-found',
    'an id no payment or transfer of the merchant has answers resultCode 102 on both status endpoints',
    SOURCE_003,
    async (ctx, id) => {
      terminalOf(ctx);
      expectCode(ctx, await statusOf(ctx, id, freshOrderId()), '102');
    },
  ),
  onBoth(
    'status.no-terminal',
    'a client_credentials token without a terminal answers resultCode 104 on both status endpoints',
    SOURCE_003,
    async (ctx, id) => {
      expectCode(ctx, await statusOf(ctx, id, freshOrderId(), await tokenWith(ctx, null)), '104');
    },
  ),
  onBoth(
    'status.foreign-terminal',
    "a token naming another merchant's terminal answers resultCode 109 on both status endpoints",
    SOURCE_003,
    async (ctx, id) => {
      const token = await tokenWith(ctx, foreignTerminal(ctx));
      expectCode(ctx, await statusOf(ctx, id, freshOrderId(), token), '109');
    },
  ),
  defineContract({
    name: 'status.payment.other-terminal',
    behaviour:
      "a payment on another of the merchant's terminals than the token's answers resultCode 106 (incorrect terminal)",
    endpoint: 'paymentStatus',
    source: 'DESIGN.md facts (resultCode 106)',
    writes: true,
    async run(ctx) {
      const payment = await emulatorPayment(ctx, { status: 'AUTH', terminal: siblingTerminal(ctx) });
      expectCode(ctx, await statusOf(ctx, 'paymentStatus', payment.invoiceID), '106');
    },
  }),
  ...reserved,
];
