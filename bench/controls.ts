/**
 * `npm run bench:controls`: what the sandbox controls cost. Prints figures, asserts nothing.
 * - per-request overhead of the request journal (token requests in process, journal on vs off);
 * - memory of a namespace over a shared generated history;
 * - dashboard render time with a full journal.
 */

import type { PaymentRecord, SandboxHistory } from '../server/core/index.js';
import { createApp } from '../server/http/create-app.js';

const FORM = new URLSearchParams({
  grant_type: 'client_credentials',
  client_id: 'test',
  client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  scope: 'payment',
});

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
/** Heap and typed arrays (search indexes keep their columns in array buffers). */
const memoryMb = () => {
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
};

/** Median µs per token request of each app, measured in interleaved blocks (the machine is shared). */
async function perRequestMicros(
  apps: readonly ReturnType<typeof createApp>[],
  requests: number,
): Promise<number[]> {
  const call = (app: ReturnType<typeof createApp>) =>
    app.request('/oauth2/token', { method: 'POST', body: FORM });
  for (const app of apps) for (let i = 0; i < 300; i++) await call(app);
  const rounds = 8;
  const samples: number[][] = apps.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, app] of apps.entries()) {
      const started = performance.now();
      for (let i = 0; i < requests / rounds; i++) await call(app);
      samples[index]?.push(((performance.now() - started) * 1000) / (requests / rounds));
    }
  }
  return samples.map((s) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)] ?? 0);
}

function syntheticHistory(count: number): SandboxHistory {
  const payments = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        clientId: i % 2 ? 'test' : 'halykfinanceUSD',
        invoiceId: String(100000000 + i),
        amount: (i % 997) + 0.5,
        currency: 'KZT',
        status: 'CHARGE',
        description: `order ${i}`,
      }) as unknown as PaymentRecord,
  );
  return { payments, transfers: [] };
}

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
  const [off = 0, on = 0] = await perRequestMicros(
    [createApp({ journalSize: 0 }), createApp({ journalSize: 500 })],
    requests,
  );
  console.log(`token request in process, journal off: ${off.toFixed(0)} µs; journal on: ${on.toFixed(0)} µs`);
  console.log(
    `journal capture: ${(on - off).toFixed(0)} µs per request (median of 8 interleaved blocks, ${requests} requests each)`,
  );

  const historySize = Number(process.env.BENCH_HISTORY ?? 200_000);
  const before = heapMb();
  const app = createApp({ historyFor: () => syntheticHistory(historySize), journalSize: 500 });
  const afterDefault = heapMb();
  const namespaces = 50;
  for (let n = 0; n < namespaces; n++) {
    for (let i = 0; i < 20; i++) {
      await app.request('/oauth2/token', {
        method: 'POST',
        body: FORM,
        headers: { 'X-Sandbox-Namespace': `ns-${n}` },
      });
    }
  }
  const afterNamespaces = heapMb();
  const beforeIndexes = memoryMb();
  console.log(
    `history of ${historySize} payments + default namespace: ${(afterDefault - before).toFixed(1)} MB; ` +
      `${namespaces} more namespaces with 20 tokens and journal entries each: ` +
      `${(((afterNamespaces - afterDefault) * 1024) / namespaces).toFixed(0)} KB per namespace` +
      (gc ? '' : ' (run with --expose-gc for steadier figures)'),
  );

  // Searches and lookups by order number read one index per record kind: its history layer is shared by
  // the namespaces of a seed, each namespace adds its overlay (what its API calls created or changed).
  const lookUp = async (n: number) =>
    (await app.controls.namespace(`ns-${n}`)).sandbox.search.paymentsByInvoice('test', 'x');
  await lookUp(0);
  const afterFirstIndex = memoryMb();
  for (let n = 1; n < 10; n++) await lookUp(n);
  const afterIndexes = memoryMb();
  console.log(
    `search index over the ${historySize}-payment history (heap + array buffers): ` +
      `${(afterFirstIndex - beforeIndexes).toFixed(1)} MB for the first namespace that looks a payment up, ` +
      `${((afterIndexes - afterFirstIndex) / 9).toFixed(2)} MB for each further one (9 namespaces)`,
  );

  const full = createApp({ journalSize: 500 });
  for (let i = 0; i < 500; i++) await full.request('/oauth2/token', { method: 'POST', body: FORM });
  await full.request('/_sandbox');
  const renders = 20;
  const started = performance.now();
  for (let i = 0; i < renders; i++) await (await full.request('/_sandbox')).text();
  console.log(
    `dashboard with 500 journal entries: ${((performance.now() - started) / renders).toFixed(1)} ms per render`,
  );
}

await main();
