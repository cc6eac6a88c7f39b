/**
 * `npm run bench:memory`: resident memory of the sandbox process (data file, defaults) along 100k writes
 * (BENCH_WRITES), and proof that the request journal and the callback log stay bounded. The writes are
 * invoice creations once the invoices issue is on the branch (POST /invoice), else P2P transfers, each with
 * its own token and a postLink answered by a local receiver (so callbacks are logged too).
 */
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLoopbackClient } from './support/loopback-client.js';
import {
  createOrderIds,
  invoiceBody,
  invoiceTokenRequest,
  tokenRequest,
  transferBody,
} from './support/requests.js';
import { startSandboxProcess, tempDir } from './support/servers.js';

const WRITES = Number(process.env.BENCH_WRITES ?? 100_000);
const PARALLEL = 32;
const mb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

async function main(): Promise<void> {
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const postLink = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/callback`;
  const dataFile = join(await tempDir('memory'), 'data.json');
  const sandbox = await startSandboxProcess(['--data', dataFile]);
  const client = createLoopbackClient(sandbox.url, PARALLEL);
  const send = client.send;
  const json = <T>(text: string) => JSON.parse(text) as T;
  try {
    const openapi = json<{ paths: Record<string, unknown> }>((await send('GET', '/openapi.json', {})).text);
    const invoices = '/invoice' in openapi.paths;
    const ids = createOrderIds(6);
    const invoiceToken = invoices
      ? json<{ access_token: string }>(
          (await send('POST', '/oauth2/token', invoiceTokenRequest().headers, invoiceTokenRequest().body))
            .text,
        ).access_token
      : '';
    const write = async (): Promise<boolean> => {
      if (invoices) {
        const res = await send(
          'POST',
          '/invoice',
          { 'content-type': 'application/json', authorization: `Bearer ${invoiceToken}` },
          invoiceBody(ids()),
        );
        return res.status === 200;
      }
      const token = tokenRequest('transfer', { postLink });
      const t = await send('POST', token.path, token.headers, token.body);
      const accessToken = json<{ access_token: string }>(t.text).access_token;
      const res = await send(
        'POST',
        '/payments/cards/auth',
        { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        transferBody(ids()),
      );
      return res.status === 200;
    };
    console.log(
      `${WRITES} ${invoices ? 'invoice creations' : 'P2P transfers (token + transfer, postLink callback each; invoices are not on this branch yet)'} over ${PARALLEL} connections\n`,
    );
    console.log('| writes  | RSS     | journal entries | callback log | data file + log | writes/s |');
    console.log('|---------|---------|-----------------|--------------|-----------------|----------|');
    const report = async (done: number, seconds: number) => {
      const journal = json<{ size: number; capacity: number }>(
        (await send('GET', '/_sandbox/requests?limit=1', {})).text,
      );
      const callbacks = json<{ total: number }>((await send('GET', '/_sandbox/callbacks?limit=1', {})).text);
      const file =
        (await stat(dataFile)).size + (await stat(`${dataFile}.log`).catch(() => ({ size: 0 }))).size;
      console.log(
        `| ${String(done).padStart(7)} | ${mb(await sandbox.rss()).padStart(7)} | ${`${journal.size}/${journal.capacity}`.padStart(15)} | ` +
          `${String(callbacks.total).padStart(12)} | ${mb(file).padStart(15)} | ${(done / Math.max(seconds, 0.001)).toFixed(0).padStart(8)} |`,
      );
    };
    await report(0, 1);
    const started = performance.now();
    let next = 0;
    let failed = 0;
    const checkpoints = [0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * WRITES));
    let reported = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < WRITES) {
          next++;
          if (!(await write())) failed++;
          const done = next;
          if (checkpoints[reported] !== undefined && done >= (checkpoints[reported] as number)) {
            reported++;
            await report(done, (performance.now() - started) / 1000);
          }
        }
      }),
    );
    console.log(`\n${failed} writes refused; took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    client.close();
    await sandbox.stop();
    receiver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
