import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLoopbackClient } from '../../bench/support/loopback-client.js';
import { readStateLog, stateLogPath } from '../../server/storage/state-log.js';
import { startCli } from '../support/process.js';
import { LONG } from './support/routes.js';
import { acknowledged, exportedState, invoiceOnce, transferOnce } from './support/write-load.js';

/** 50 kills in `npm run test:reliability`; a few in `npm test`. */
const KILLS = LONG ? 50 : 3;

/** xorshift32: the kill moments are random but reproducible (the seed is printed). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

describe('crash safety of the data file', () => {
  it('keeps every write acknowledged before a kill -9 at a random moment of a write-heavy load', async () => {
    const dataFile = join(await mkdtemp(join(tmpdir(), 'epay-crash-')), 'data.json');
    const seed = LONG ? Date.now() % 1_000_000 : 11;
    const next = random(seed);
    const ack = acknowledged();
    let survived = 0;
    let tornLines = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const sandbox = await startCli(['--port', '0', '--data', dataFile]);
      const client = createLoopbackClient(sandbox.url, 16);
      let running = true;
      const workers = Array.from({ length: 16 }, async (_, w) => {
        while (running) {
          if (w % 2 === 0) await transferOnce(client, ack, '91');
          else await invoiceOnce(client, ack, '92');
        }
      });
      // Kill at a random moment once writes are flowing (the first answers of a cold process come late).
      const before = ack.transfers.length + ack.invoices.length;
      while (ack.transfers.length + ack.invoices.length === before)
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 100 + next() * 600));
      await sandbox.stop('SIGKILL');
      running = false;
      await Promise.all(workers);
      client.close();

      // Right after the kill, before any restart: the data file parses, the log replays up to a torn line.
      JSON.parse(await readFile(dataFile, 'utf8'));
      const log = readStateLog(await readFile(stateLogPath(dataFile), 'utf8').catch(() => ''));
      expect(log.dropped).toBeLessThanOrEqual(1);
      tornLines += log.dropped;

      const restarted = await startCli(['--port', '0', '--data', dataFile]);
      const reader = createLoopbackClient(restarted.url, 1);
      const state = await exportedState(reader);
      reader.close();
      await restarted.stop();
      const lostTransfers = ack.transfers.filter((id) => state.transfers[id]?.id !== id);
      const lostInvoices = ack.invoices.filter((id) => state.invoices[id]?.id !== id);
      expect({ kill, seed, lostTransfers, lostInvoices }).toEqual({
        kill,
        seed,
        lostTransfers: [],
        lostInvoices: [],
      });
      const invoiceIds = Object.values(state.invoices).map((i) => i.invoiceId);
      expect(new Set(invoiceIds).size).toBe(invoiceIds.length);
      survived++;
    }
    const writes = ack.transfers.length + ack.invoices.length;
    console.log(
      `crash safety: ${survived}/${KILLS} kill -9 survived (seed ${seed}); ${writes} writes acknowledged ` +
        `(${ack.transfers.length} transfers, ${ack.invoices.length} invoice creations), 0 lost; ` +
        `${ack.unacknowledged} requests cut by the kills; ${tornLines} torn log lines dropped`,
    );
    expect(writes).toBeGreaterThan(0);
  }, 1_800_000);
});
