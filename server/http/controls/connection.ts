import type { Context } from 'hono';

interface NodeBindings {
  readonly incoming?: { readonly socket?: { destroy(): void } };
}

/**
 * Ends the exchange without an answer. On the node server the socket is destroyed (the client sees a
 * reset connection); in-process (tests, msw) the answer is a network error (`Response.error()`), which
 * `fetch` turns into a `TypeError` as a dropped connection would.
 *
 * @example
 * return dropConnection(c);
 */
export function dropConnection(c: Context): Response {
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket;
  if (socket) {
    socket.destroy();
    // Tells @hono/node-server that the answer is taken care of.
    return new Response(null, { headers: { 'x-hono-already-sent': '1' } });
  }
  return Response.error();
}

/**
 * Waits `ms` milliseconds, or less when the client goes away or the app closes (`waits` holds the
 * release, so closing the app never waits for a fault).
 *
 * @example
 * await pause(300, c.req.raw.signal, registry.waits);
 */
export function pause(ms: number, signal: AbortSignal | undefined, waits: Set<() => void>): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const release = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', release);
      waits.delete(release);
      resolve();
    };
    const timer = setTimeout(release, ms);
    signal?.addEventListener('abort', release, { once: true });
    waits.add(release);
  });
}
