import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClock, createInitialState } from '../../server/core/index.js';
import { createApp } from '../../server/http/create-app.js';
import { openFileStore } from '../../server/storage/file-store.js';
import { startReceiver } from '../support/receiver.js';
import { fastCallbacks, postTransfer, transferBody, transferToken } from '../support/transfers.js';

describe('callbacks across a restart', () => {
  it('keeps a pending delivery in the data file and delivers it after the sandbox restarts', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'epay-cb-')), 'data.json');
    const merchant = await startReceiver([503]);
    try {
      const clock = createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true });
      const config = fastCallbacks([3_600_000]);
      const first = createApp({
        store: await openFileStore(data, () => createInitialState(42)),
        clock,
        config,
      });
      const body = transferBody({ order: { id: '900001', postLink: `${merchant.url}/cb` } });
      expect((await postTransfer(first, await transferToken(first), body)).status).toBe(200);
      await merchant.waitFor(1);
      await first.sandbox.callbacks.settled();
      first.sandbox.callbacks.stop();
      await first.sandbox.store.close();
      const saved = JSON.parse(readFileSync(data, 'utf8'));
      const pending = Object.values(saved.callbacks) as { status: string; nextAttemptAt: string }[];
      expect(pending.map((d) => [d.status, d.nextAttemptAt])).toEqual([
        ['pending', '2026-11-27T11:00:00.000Z'],
      ]);

      const later = createClock({ start: new Date('2026-11-27T11:00:00Z'), frozen: true });
      const second = createApp({
        store: await openFileStore(data, () => createInitialState(42)),
        clock: later,
        config,
      });
      const got = await merchant.waitFor(2);
      await second.sandbox.callbacks.settled();
      expect(got.map((c) => c.answered)).toEqual([503, 200]);
      expect(second.sandbox.callbacks.list()[0]?.status).toBe('delivered');
      await second.sandbox.store.close();
    } finally {
      await merchant.close();
    }
  });
});
