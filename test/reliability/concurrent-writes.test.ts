import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLoopbackClient } from '../../bench/support/loopback-client.js';
import { startCli } from '../support/process.js';
import { LONG } from './support/routes.js';
import { acknowledged, exportedState, invoiceOnce, runParallel, transferOnce } from './support/write-load.js';

/** 2,000 of each over 50 connections in `npm run test:reliability`; a quick sample in `npm test`. */
const WRITES = LONG ? 2000 : 150;
const CONNECTIONS = LONG ? 50 : 20;

describe('concurrent writes against the node process with a data file', () => {
  it('keeps every acknowledged transfer and invoice creation, without duplicates, after the run and after a restart', async () => {
    const dataFile = join(await mkdtemp(join(tmpdir(), 'epay-concurrency-')), 'data.json');
    let sandbox = await startCli(['--port', '0', '--data', dataFile]);
    const ack = acknowledged();
    const started = performance.now();
    try {
      const client = createLoopbackClient(sandbox.url, CONNECTIONS);
      await Promise.all([
        runParallel(WRITES, CONNECTIONS / 2, () => transferOnce(client, ack, '81')),
        runParallel(WRITES, CONNECTIONS / 2, () => invoiceOnce(client, ack, '82')),
      ]);
      const seconds = (performance.now() - started) / 1000;
      expect(ack.unacknowledged).toBe(0);
      expect(ack.transfers).toHaveLength(WRITES);
      expect(ack.invoices).toHaveLength(WRITES);
      expect(new Set(ack.transfers).size).toBe(WRITES);
      expect(new Set(ack.invoices).size).toBe(WRITES);
      // While it runs: the data file parses.
      JSON.parse(await readFile(dataFile, 'utf8'));

      const live = await exportedState(client);
      for (const id of ack.transfers) expect(live.transfers[id]?.id).toBe(id);
      for (const id of ack.invoices) expect(live.invoices[id]?.id).toBe(id);
      const orders = Object.values(live.transfers).map((t) => t.invoiceId);
      expect(new Set(orders).size).toBe(orders.length);
      // invoice_id is unique per shop: no order number is stored twice.
      const invoiceIds = Object.values(live.invoices).map((i) => i.invoiceId);
      expect(invoiceIds).toHaveLength(WRITES);
      expect(new Set(invoiceIds).size).toBe(WRITES);
      client.close();
      expect(await sandbox.stop()).toBe(0);

      const onDisk = JSON.parse(await readFile(dataFile, 'utf8')) as Awaited<
        ReturnType<typeof exportedState>
      >;
      for (const id of ack.transfers) expect(onDisk.transfers[id]?.id).toBe(id);
      for (const id of ack.invoices) expect(onDisk.invoices[id]?.id).toBe(id);

      sandbox = await startCli(['--port', '0', '--data', dataFile]);
      const again = createLoopbackClient(sandbox.url, 1);
      const restarted = await exportedState(again);
      expect(Object.keys(restarted.transfers).sort()).toEqual(Object.keys(live.transfers).sort());
      expect(Object.keys(restarted.invoices).sort()).toEqual(Object.keys(live.invoices).sort());
      again.close();
      console.log(
        `concurrency: ${WRITES} transfers (each with its own token) + ${WRITES} invoice creations (POST /invoice) over ${CONNECTIONS} connections ` +
          `in ${seconds.toFixed(1)} s: ${ack.transfers.length + ack.invoices.length} acknowledged, 0 lost, 0 duplicates, kept after a restart`,
      );
    } finally {
      await sandbox.stop();
    }
  }, 600_000);
});
