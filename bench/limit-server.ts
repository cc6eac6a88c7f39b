/**
 * The physical limit: a minimal node `http` server that reads the request body and answers a fixed token
 * JSON, with the headers the sandbox sends. Nothing is parsed, checked or stored. Started by the bench as a
 * child process: `node limit-server.js [port]`; prints `listening on URL`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BODY = JSON.stringify({
  access_token: 'DCEB8O_ZM5U7SO_T_U5EJQ',
  expires_in: 7200,
  refresh_token: '',
  scope: 'payment',
  token_type: 'Bearer',
});

const server = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(BODY),
      'cache-control': 'no-store',
    });
    res.end(BODY);
  });
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`limit server listening on http://127.0.0.1:${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
