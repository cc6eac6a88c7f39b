import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A callback the merchant site received. */
export interface SiteCallback {
  readonly path: string;
  readonly json: Record<string, unknown>;
}

/** A small merchant web site on 127.0.0.1 for browser tests: pages, and callback endpoints under /epay/. */
export interface MerchantSite {
  readonly url: string;
  readonly callbacks: SiteCallback[];
  /** Serves `html` at `path` (GET). */
  page(path: string, html: string): void;
  /** Resolves once a callback has arrived at `path` (rejects after `timeoutMs`). */
  callbackAt(path: string, timeoutMs?: number): Promise<SiteCallback>;
  close(): Promise<void>;
}

const shell = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * Starts the merchant site: `/shop/ok` and `/shop/fail` pages (back links), `POST /epay/*` callbacks answered
 * 200, and any page added with {@link MerchantSite.page}.
 *
 * @example
 * const site = await startMerchantSite();
 * site.page('/checkout', '<script src="http://127.0.0.1:7070/payform/payment-api.js"></script>...');
 */
export async function startMerchantSite(): Promise<MerchantSite> {
  const pages = new Map<string, string>([
    ['/shop/ok', shell('Thank you', '<h1>Thank you for your order</h1>')],
    ['/shop/fail', shell('Payment failed', '<h1>Your payment did not go through</h1>')],
  ]);
  const callbacks: SiteCallback[] = [];
  const waiters: { path: string; resolve: (c: SiteCallback) => void }[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && path.startsWith('/epay/')) {
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          json = {};
        }
        const callback = { path, json };
        callbacks.push(callback);
        for (const w of waiters.filter((w) => w.path === path)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(callback);
        }
        res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
        return;
      }
      const html = pages.get(path);
      if (req.method === 'GET' && html)
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    callbacks,
    page: (path, html) => void pages.set(path, html),
    callbackAt(path, timeoutMs = 5000) {
      const found = callbacks.find((c) => c.path === path);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no callback at ${path} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          path,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
