/**
 * The floor of the sandbox's stack: a bare hono app on @hono/node-server (the sandbox's server) that reads
 * the body and answers the limit server's fixed token JSON. Nothing parsed, checked or stored. Started by the
 * bench as a child process: `node hono-floor-server.js [port]`; prints `listening on URL`.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const BODY = {
  access_token: 'DCEB8O_ZM5U7SO_T_U5EJQ',
  expires_in: 7200,
  refresh_token: '',
  scope: 'payment',
  token_type: 'Bearer',
};

const app = new Hono();
app.post('/oauth2/token', async (c) => {
  await c.req.text();
  c.header('Cache-Control', 'no-store');
  return c.json(BODY);
});
app.get('/check-status/payment/transaction/:id', (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(BODY);
});
const server = serve(
  { fetch: app.fetch, port: Number(process.argv[2] ?? 0), hostname: '127.0.0.1' },
  (info) => {
    console.log(`hono floor server listening on http://127.0.0.1:${(info as AddressInfo).port}`);
  },
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
