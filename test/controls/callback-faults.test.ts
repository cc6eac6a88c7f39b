import { describe, expect, it } from 'vitest';
import { createFaultBook, createFaultySender, parseFaultSpec } from '../../server/core/index.js';
import { send } from '../support/controls.js';
import { clientCredentials, createTestApp } from '../support/http.js';
import { transferBody } from '../support/transfers.js';

/** A recording sender: every callback it gets, in order. */
function recorder() {
  const received: string[] = [];
  const sender = async (request: { id: string }) => {
    received.push(request.id);
    return { status: 200 };
  };
  return { received, sender };
}

const book = (spec: object) => {
  const faults = createFaultBook({ now: () => new Date(0) });
  faults.add(parseFaultSpec({ endpoint: 'callbacks', ...spec }));
  return faults;
};

describe('callback faults', () => {
  it('sends a callback twice on a duplicate fault, then normally', async () => {
    const { received, sender } = recorder();
    const faults = book({ effect: 'duplicate', times: 1 });
    const faulty = createFaultySender(sender, { decide: () => faults.decide('callbacks') });
    expect(await faulty({ id: 'a' })).toEqual({ status: 200 });
    await faulty({ id: 'b' });
    expect(received).toEqual(['a', 'a', 'b']);
  });

  it('delivers a reordered callback after the next one', async () => {
    const { received, sender } = recorder();
    const faults = book({ effect: 'reorder', times: 1 });
    const faulty = createFaultySender(sender, {
      decide: () => faults.decide('callbacks'),
      reorderHoldMs: 5_000,
    });
    const first = faulty({ id: 'first' });
    await new Promise((r) => setTimeout(r, 10));
    expect(received).toEqual([]);
    await faulty({ id: 'second' });
    await first;
    expect(received).toEqual(['second', 'first']);
  });

  it('sends a reordered callback alone once the hold ends', async () => {
    const { received, sender } = recorder();
    const faults = book({ effect: 'reorder' });
    const faulty = createFaultySender(sender, {
      decide: () => faults.decide('callbacks'),
      reorderHoldMs: 30,
    });
    await faulty({ id: 'only' });
    expect(received).toEqual(['only']);
  });

  it('delays a callback by the fault latency', async () => {
    const { sender } = recorder();
    const slept: number[] = [];
    const faults = book({ latencyMs: 1500 });
    const faulty = createFaultySender(sender, {
      decide: () => faults.decide('callbacks'),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await faulty({ id: 'a' });
    expect(slept).toEqual([1500]);
  });

  it('keeps * endpoint faults off callbacks', () => {
    const faults = createFaultBook({ now: () => new Date(0) });
    faults.add(parseFaultSpec({ endpoint: '*', effect: 'drop' }));
    expect(faults.decide('callbacks')).toBeUndefined();
  });

  it('refuses endpoint effects on callbacks and callback effects on endpoints', () => {
    expect(() => parseFaultSpec({ endpoint: 'callbacks', effect: 'drop' })).toThrow(/duplicate, reorder/);
    expect(() => parseFaultSpec({ endpoint: 'token', effect: 'duplicate' })).toThrow(/status, timeout/);
  });

  it('duplicates and reorders real postLink callbacks of a namespace, over HTTP', async () => {
    const sent: string[] = [];
    const app = createTestApp({
      callbackSender: async (request) => {
        sent.push((JSON.parse(request.body) as { invoiceId: string }).invoiceId);
        return { status: 200 };
      },
    });
    const headers = { 'X-Sandbox-Namespace': 'cb' };
    const transfer = async (order: string) => {
      const tokenRes = await app.request('/oauth2/token', {
        method: 'POST',
        headers,
        body: new URLSearchParams(clientCredentials({ scope: 'transfer' })),
      });
      const { access_token: token } = (await tokenRes.json()) as { access_token: string };
      const res = await app.request('/payments/cards/auth', {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(transferBody({ order: { id: order, postLink: 'http://127.0.0.1:9/epay' } })),
      });
      expect(res.status).toBe(200);
    };
    const settled = async () => (await app.controls.namespace('cb')).sandbox.callbacks.settled();

    expect(
      (
        await send(
          app,
          'POST',
          '/_sandbox/faults',
          { endpoint: 'callbacks', effect: 'duplicate', times: 1 },
          headers,
        )
      ).status,
    ).toBe(201);
    await transfer('100000000001');
    await settled();
    expect(sent).toEqual(['100000000001', '100000000001']);

    await send(
      app,
      'POST',
      '/_sandbox/faults',
      { endpoint: 'callbacks', effect: 'reorder', times: 1 },
      headers,
    );
    await transfer('100000000002');
    await transfer('100000000003');
    await settled();
    expect(sent.slice(2)).toEqual(['100000000003', '100000000002']);

    // The default namespace has no faults: its callbacks go once, in order.
    expect((await app.controls.namespace()).faults.list()).toEqual([]);
  });
});
