import { Agent, request } from 'node:http';

/** An answer read off the wire. */
export interface WireAnswer {
  readonly status: number;
  readonly text: string;
}

/** A keep-alive HTTP client over at most `connections` sockets to one loopback origin. */
export interface LoopbackClient {
  send(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<WireAnswer>;
  close(): void;
}

/**
 * A keep-alive client with a pool of `connections` sockets (node:http, no retries: a request either gets
 * an answer or fails).
 *
 * @example
 * const client = createLoopbackClient(url, 50);
 */
export function createLoopbackClient(url: string, connections: number): LoopbackClient {
  const { hostname, port } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error('loopback only');
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  return {
    send(method, path, headers = {}, body) {
      return new Promise((resolve, reject) => {
        const req = request(
          {
            host: hostname,
            port,
            method,
            path,
            agent,
            headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
