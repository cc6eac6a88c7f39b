import { describe, expect, it } from 'vitest';
import { createFaultBook, createFaultySender, parseFaultSpec } from '../../server/core/index.js';
import { send } from '../support/controls.js';
import { createTestApp } from '../support/http.js';

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

  it('refuses callback faults over HTTP while the sandbox has no callback engine', async () => {
    const res = await send(createTestApp(), 'POST', '/_sandbox/faults', {
      endpoint: 'callbacks',
      effect: 'duplicate',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 9404,
      message: expect.stringMatching(/no callback engine/),
    });
  });
});
