import type { P2PStatusResponse } from '../../contracts/index.js';
import { defineProbe, type Probe } from '../probe.js';
import { describeShape } from './describe-shape.js';
import { outcomeOf, plainTransfer } from './money-helpers.js';

/** Fidelity probes of check-status and the payment lifecycle, where the bank documents a path but no body. */
export const STATUS_PROBES: readonly Probe[] = [
  defineProbe({
    name: 'p2p-status.body',
    question:
      "What does the P2P check-status answer for an approved transfer (the bank documents the path, not the body; the sandbox answers 003's shape with 004's card fields)?",
    endpoint: 'p2pStatus',
    requires: ['p2pStatus', 'transfer'],
    writes: true,
    async observe(ctx) {
      const body = plainTransfer(ctx);
      const transfer = await ctx.client.send('transfer', { body });
      if (transfer.status !== 200) return `the transfer: ${outcomeOf(transfer)}`;
      const exchange = await ctx.client.send('p2pStatus', { params: { order: body.order.id } });
      const answer = exchange.body as Partial<P2PStatusResponse> | undefined;
      if (exchange.status !== 200 || answer?.transaction == null) {
        return `${outcomeOf(exchange)} ${describeShape(exchange.body, exchange.text)}`;
      }
      return `resultCode ${String(answer.resultCode)}; transaction ${describeShape(answer.transaction, '')}`;
    },
  }),
  defineProbe({
    name: 'operation.unknown-id',
    question:
      "What do charge, cancel and refund answer for an id that is none of the merchant's payments (the bank documents no codes)?",
    endpoint: 'operationCharge',
    requires: ['operationCharge', 'operationCancel', 'operationRefund'],
    async observe(ctx) {
      const id = crypto.randomUUID();
      const parts: string[] = [];
      for (const [label, operation] of [
        ['charge', 'operationCharge'],
        ['cancel', 'operationCancel'],
        ['refund', 'operationRefund'],
      ] as const) {
        parts.push(`${label}: ${outcomeOf(await ctx.client.send(operation, { params: { id } }))}`);
      }
      return parts.join('; ');
    },
  }),
];
