import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../server/node.js';
import { CERTIFICATE_HOSTS } from '../../server/tls.js';
import { clientCredentials } from '../support/http.js';

/** POSTs a token request over HTTPS, trusting only `ca`, with `servername` as a client of the bank's host would. */
function httpsToken(
  url: string,
  ca: string,
  servername = 'localhost',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams(clientCredentials()).toString();
    const req = request(
      `${url}/epay2/oauth2/token`,
      { method: 'POST', ca, servername, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('--tls', () => {
  let folder: string;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('generates a self-signed certificate on first use, serves HTTPS with it, and reuses it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'epay-tls-'));
    const dataFile = join(folder, 'data.json');
    const first = await startSandbox({ port: 0, dataFile, tls: true });
    let pem: string;
    try {
      expect(first.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(first.certFile).toBe(join(folder, 'tls', 'cert.pem'));
      pem = await readFile(first.certFile as string, 'utf8');
      expect((await stat(join(folder, 'tls', 'key.pem'))).mode & 0o777).toBe(0o600);
      const cert = new X509Certificate(pem);
      for (const host of CERTIFICATE_HOSTS) expect(cert.checkHost(host)).toBe(host);
      expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
      const url = first.url.replace('127.0.0.1', 'localhost');
      const answer = await httpsToken(url, pem, 'testoauth.homebank.kz');
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).token_type).toBe('Bearer');
    } finally {
      await first.close();
    }
    const second = await startSandbox({ port: 0, dataFile, tls: true });
    try {
      expect(await readFile(second.certFile as string, 'utf8')).toBe(pem);
      expect((await httpsToken(second.url, pem)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('refuses a client that does not trust the certificate', async () => {
    const server = await startSandbox({ port: 0, inMemory: true, tls: true });
    try {
      expect(server.certFile).toBeNull();
      await expect(fetch(`${server.url}/_sandbox/health`)).rejects.toThrow();
    } finally {
      await server.close();
    }
  });

  it('serves a given certificate and key', async () => {
    folder = await mkdtemp(join(tmpdir(), 'epay-tls-'));
    const generated = await startSandbox({ port: 0, dataFile: join(folder, 'gen', 'data.json'), tls: true });
    await generated.close();
    const certFile = join(folder, 'gen', 'tls', 'cert.pem');
    const keyFile = join(folder, 'gen', 'tls', 'key.pem');
    const server = await startSandbox({ port: 0, inMemory: true, tls: { certFile, keyFile } });
    try {
      expect(server.certFile).toBe(certFile);
      expect((await httpsToken(server.url, await readFile(certFile, 'utf8'))).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
