import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface ReceivedCallback {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: Record<string, unknown>;
  /** Status the receiver answered. */
  readonly answered: number;
}

/** A real HTTP server on 127.0.0.1 that plays a merchant's callback endpoint. */
export interface Receiver {
  readonly url: string;
  readonly received: ReceivedCallback[];
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedCallback[]>;
  /** Holds every answer until {@link Receiver.release} (to prove the API does not wait). */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/**
 * Starts a receiver on 127.0.0.1 (free port) answering the statuses of `script` in turn, then `fallback`.
 *
 * @example
 * const receiver = await startReceiver([500, 503]); // fails twice, then 200
 */
export async function startReceiver(script: readonly number[] = [], fallback = 200): Promise<Receiver> {
  const received: ReceivedCallback[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let held: (() => void)[] | undefined;
  let answers = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = script[answers++] ?? fallback;
      const answer = () => {
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(body) as Record<string, unknown>;
        } catch {
          json = {};
        }
        received.push({ path: req.url ?? '', headers: req.headers, body, json, answered: status });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'OK' : 'NO');
        for (const w of [...waiters]) {
          if (received.length >= w.count) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      };
      if (held) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const release = (): void => {
    const pending = held ?? [];
    held = undefined;
    for (const answer of pending) answer();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor(count, timeoutMs = 5000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver got ${received.length} of ${count} callbacks in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
    hold() {
      held = [];
    },
    release,
    close() {
      release();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
