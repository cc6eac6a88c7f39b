import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransferError, TransferResponse, validate } from '../../contracts/index.js';
import { createTestApp } from '../support/http.js';
import { postTransfer, transferBody, transferToken } from '../support/transfers.js';

/** Replaces the value at a path of `body` (order.x, card.sender.y...) with `value`. */
function mutate(
  body: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(body);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = (node[key] ?? {}) as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}

const PATHS = [
  ['order'],
  ['order', 'amount'],
  ['order', 'currency'],
  ['order', 'id'],
  ['order', 'terminalId'],
  ['order', 'accountID'],
  ['card'],
  ['card', 'sender'],
  ['card', 'sender', 'cardCred'],
  ['card', 'sender', 'cvc'],
  ['card', 'sender', 'expire'],
  ['card', 'sender', 'transferType'],
  ['card', 'sender', 'save'],
  ['card', 'receiver', 'cardCred'],
  ['card', 'receiver', 'transferType'],
] as const;

describe('POST /payments/cards/auth with arbitrary bodies', () => {
  it('never answers 5xx: a valid success or a 4xx in the transfer error shape, and nothing stored is lost', async () => {
    const app = createTestApp();
    const first = await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { id: '990000' } }),
    );
    expect(first.status).toBe(200);
    const kept = JSON.stringify(app.sandbox.store.state.transfers);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc
            .tuple(fc.constantFrom(...PATHS), fc.jsonValue())
            .map(([path, value]) =>
              JSON.stringify(mutate(transferBody({ order: { id: '990001' } }), path, value)),
            ),
        ),
        async (text) => {
          const res = await postTransfer(app, await transferToken(app), text);
          const body = await res.json();
          expect(res.status).toBeLessThan(500);
          const schema = res.status === 200 ? TransferResponse : TransferError;
          const checked = validate(schema, body);
          expect(checked.ok ? [] : checked.problems).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 4 },
    );
    expect(JSON.stringify(app.sandbox.store.state.transfers)).toContain(kept.slice(1, -1));
  });
});
