import type { TransferRequest, TransferResponse } from '../../contracts/index.js';
import type { ContractContext } from '../contract-context.js';
import { defineProbe, type Probe } from '../probe.js';
import { describeShape } from './describe-shape.js';
import {
  CARDS,
  exampleTransfer,
  foreignTerminal,
  freshOrderId,
  outcomeOf,
  plainTransfer,
  seedExample,
  sender,
  terminalOf,
} from './money-helpers.js';

/** Sends a transfer with a token bound to its order (the client's policy) and describes the outcome. */
const attempt = async (ctx: ContractContext, body: TransferRequest) =>
  outcomeOf(await ctx.client.send('transfer', { body }));

/** A transfer token of the credentials' merchant bound to `binding` only, or the refusal as an outcome. */
async function tokenBoundTo(
  ctx: ContractContext,
  binding: Record<string, string>,
): Promise<{ token: string } | { refused: string }> {
  const exchange = await ctx.client.send('token', {
    form: {
      grant_type: 'client_credentials',
      scope: 'transfer',
      client_id: ctx.credentials.clientId,
      client_secret: ctx.credentials.clientSecret,
      ...binding,
    },
  });
  const token = (exchange.body as { access_token?: unknown } | undefined)?.access_token;
  return exchange.status === 200 && typeof token === 'string'
    ? { token }
    : { refused: `token refused (${outcomeOf(exchange)})` };
}

/** Sends `body` with a token bound to `binding`; describes the outcome. */
async function withTokenBoundTo(
  ctx: ContractContext,
  binding: Record<string, string>,
  body: TransferRequest,
): Promise<string> {
  const bound = await tokenBoundTo(ctx, binding);
  if ('refused' in bound) return bound.refused;
  return outcomeOf(await ctx.client.send('transfer', { body, token: bound.token }));
}

/** Fidelity probes of P2P transfers (004's ambiguities). Each sends transfers: `writes`. */
export const TRANSFER_PROBES: readonly Probe[] = [
  defineProbe({
    name: 'transfer.decline-status',
    question: 'Which HTTP status and body shape does a declined transfer answer (004 prints the body only)?',
    endpoint: 'transfer',
    writes: true,
    async observe(ctx) {
      const exchange = await ctx.client.send('transfer', {
        body: plainTransfer(ctx, { from: sender(CARDS.visa, '000') }),
      });
      return `wrong CVC: ${outcomeOf(exchange)} ${describeShape(exchange.body, exchange.text)}`;
    },
  }),
  defineProbe({
    name: 'transfer.token-reuse',
    question:
      'Can a transfer token be used for a second transfer (004: "for each operation you must receive and use the original token")?',
    endpoint: 'transfer',
    writes: true,
    async observe(ctx) {
      const bound = await tokenBoundTo(ctx, { terminal: terminalOf(ctx) });
      if ('refused' in bound) return bound.refused;
      const { token } = bound;
      const first = await ctx.client.send('transfer', { body: plainTransfer(ctx), token });
      const second = await ctx.client.send('transfer', { body: plainTransfer(ctx), token });
      return `first use: ${outcomeOf(first)}; second use: ${outcomeOf(second)}`;
    },
  }),
  defineProbe({
    name: 'transfer.token-binding',
    question:
      'Does a transfer need a token bound to its order, and which bound fields are checked against the order (004 binds invoiceID, amount, currency, terminal)?',
    endpoint: 'transfer',
    writes: true,
    async observe(ctx) {
      const terminal = terminalOf(ctx);
      const cases: [string, Record<string, string>][] = [
        ['token bound to no order', { terminal }],
        ['other invoiceID', { terminal, invoiceID: freshOrderId() }],
        ['other amount', { terminal, amount: '200' }],
        ['other terminal', { terminal: foreignTerminal(ctx) }],
      ];
      const parts: string[] = [];
      for (const [label, binding] of cases) {
        parts.push(`${label}: ${await withTokenBoundTo(ctx, binding, plainTransfer(ctx))}`);
      }
      return parts.join('; ');
    },
  }),
  defineProbe({
    name: 'transfer.order-id-uniqueness',
    question:
      'Is an approved order id refused when used again, and are ids sharing their last 6 digits duplicates (004: "uniqueness must be maintained in the last 6 characters")?',
    endpoint: 'transfer',
    writes: true,
    setting: (config) => `transfers.orderIdUniqueness=${config.transfers.orderIdUniqueness}`,
    async observe(ctx) {
      const first = plainTransfer(ctx);
      const id = first.order.id;
      const approved = await attempt(ctx, first);
      const again = await attempt(ctx, plainTransfer(ctx, { order: { id } }));
      const prefix = id[0] === '9' ? '1' : '9';
      const sameTail = await attempt(ctx, plainTransfer(ctx, { order: { id: `${prefix}${id.slice(1)}` } }));
      return `first: ${approved}; same id again: ${again}; same last 6 digits: ${sameTail}`;
    },
  }),
  defineProbe({
    name: 'transfer.printed-expiry',
    question: "Are 004's test cards accepted with their printed expiry (01/25), which is in the past?",
    endpoint: 'transfer',
    writes: true,
    setting: (config) => `cards.expiryPolicy=${config.cards.expiryPolicy}`,
    async observe(ctx) {
      return `${CARDS.visa.expiry}: ${await attempt(ctx, plainTransfer(ctx))}`;
    },
  }),
  defineProbe({
    name: 'transfer.fee',
    question: 'What fee does a transfer answer (004\'s example answers 95, its field table says "not used")?',
    endpoint: 'transfer',
    writes: true,
    setting: (config) => `transfers.fee=${config.transfers.fee}`,
    async observe(ctx) {
      const exchange = await ctx.client.send('transfer', { body: plainTransfer(ctx) });
      if (exchange.status !== 200) return outcomeOf(exchange);
      return `fee ${JSON.stringify((exchange.body as TransferResponse).fee)} on 100 KZT`;
    },
  }),
  defineProbe({
    name: 'transfer.trailing-comma',
    question: "Is 004's transfer example accepted as printed, with its trailing comma (invalid JSON)?",
    endpoint: 'transfer',
    writes: true,
    async observe(ctx) {
      const id = freshOrderId();
      const printed = seedExample('transfer-request').raw;
      const bodyText = printed.replace('"8161284658529816"', JSON.stringify(id));
      const exchange = await ctx.client.send('transfer', { body: exampleTransfer(id), bodyText });
      return outcomeOf(exchange);
    },
  }),
];
