import type { LoopbackClient } from '../../../bench/support/loopback-client.js';
import { clientCredentials } from '../../support/http.js';
import { invoiceBody, webApiTokenFields } from '../../support/invoices.js';
import { transferBody } from '../../support/transfers.js';

/** Writes the sandbox acknowledged (answered 2xx), by kind. */
export interface Acknowledged {
  /** Transfer record ids (200 answers of POST /payments/cards/auth). */
  readonly transfers: string[];
  /** Invoice link ids (200 answers of POST /invoice). */
  readonly invoices: string[];
  /** Requests that failed on the wire or answered otherwise (a kill, a refusal). */
  unacknowledged: number;
}

/** An empty tally. */
export const acknowledged = (): Acknowledged => ({ transfers: [], invoices: [], unacknowledged: 0 });

let nextOrder = 0;
const orderId = (prefix: string) =>
  `${prefix}${String(process.pid % 1000).padStart(3, '0')}${String(nextOrder++).padStart(8, '0')}`;

/**
 * One transfer with a fresh token (004), recorded in `ack` when answered 200.
 *
 * @example
 * await transferOnce(client, ack, '71');
 */
export async function transferOnce(client: LoopbackClient, ack: Acknowledged, prefix: string): Promise<void> {
  try {
    const token = await client.send(
      'POST',
      '/oauth2/token',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams(clientCredentials({ scope: 'transfer' })).toString(),
    );
    if (token.status !== 200) {
      ack.unacknowledged++;
      return;
    }
    const accessToken = (JSON.parse(token.text) as { access_token: string }).access_token;
    const answer = await client.send(
      'POST',
      '/payments/cards/auth',
      { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      JSON.stringify(transferBody({ order: { id: orderId(prefix) } })),
    );
    if (answer.status === 200) ack.transfers.push((JSON.parse(answer.text) as { id: string }).id);
    else ack.unacknowledged++;
  } catch {
    ack.unacknowledged++;
  }
}

/**
 * One invoice link created through `POST /invoice` (002) with a fresh password-grant token of merchant
 * halykfinanceUSD and a distinct invoice_id, recorded when answered 200 with the link id.
 *
 * @example
 * await invoiceOnce(client, ack, '72');
 */
export async function invoiceOnce(client: LoopbackClient, ack: Acknowledged, prefix: string): Promise<void> {
  try {
    const token = await client.send(
      'POST',
      '/oauth2/token',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams(webApiTokenFields()).toString(),
    );
    if (token.status !== 200) {
      ack.unacknowledged++;
      return;
    }
    const accessToken = (JSON.parse(token.text) as { access_token: string }).access_token;
    const answer = await client.send(
      'POST',
      '/invoice',
      { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      JSON.stringify(invoiceBody({ invoice_id: orderId(prefix) })),
    );
    const id = answer.status === 200 ? (JSON.parse(answer.text) as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && id !== '') ack.invoices.push(id);
    else ack.unacknowledged++;
  } catch {
    ack.unacknowledged++;
  }
}

/**
 * Runs `total` tasks over `parallel` workers (each worker awaits its task before taking the next).
 *
 * @example
 * await runParallel(2000, 50, () => transferOnce(client, ack, '71'));
 */
export async function runParallel(
  total: number,
  parallel: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < total) await task(next++);
    }),
  );
}

/** The state as `GET /_sandbox/state` exports it. */
export async function exportedState(client: LoopbackClient): Promise<{
  transfers: Record<string, { id: string; invoiceId: string }>;
  invoices: Record<string, { id: string; invoiceId: string }>;
}> {
  const answer = await client.send('GET', '/_sandbox/state');
  if (answer.status !== 200) throw new Error(`state export: ${answer.status} ${answer.text.slice(0, 200)}`);
  const document = JSON.parse(answer.text) as { state: Awaited<ReturnType<typeof exportedState>> };
  return document.state;
}
