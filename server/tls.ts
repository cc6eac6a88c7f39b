import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Host names the generated certificate covers: loopback and the bank's hosts (for /etc/hosts redirects). */
export const CERTIFICATE_HOSTS = [
  'localhost',
  'testoauth.homebank.kz',
  'testepay.homebank.kz',
  'test-epay.homebank.kz',
  'epay-oauth.homebank.kz',
  'epay-api.homebank.kz',
  'epay.homebank.kz',
  'test-epay-oauth.epayment.kz',
  'test-epay-api.epayment.kz',
] as const;

/** What `--tls` is given: a certificate and key, or a folder to keep a generated pair in. */
export interface TlsOptions {
  /** PEM certificate file (with `keyFile`). */
  readonly certFile?: string;
  /** PEM private key file (with `certFile`). */
  readonly keyFile?: string;
  /** Where a generated pair is kept (`cert.pem`, `key.pem`), reused on later starts; null keeps it in memory. */
  readonly folder?: string | null;
}

/** A certificate and key ready for `https.createServer`. */
export interface TlsCredentials {
  readonly cert: string;
  readonly key: string;
  /** The certificate file clients should trust, or null when generated in memory. */
  readonly certFile: string | null;
  /** True when generated on this start. */
  readonly generated: boolean;
}

async function generate(): Promise<{ cert: string; key: string }> {
  const { generate: selfsigned } = await import('selfsigned');
  const notBeforeDate = new Date(Date.now() - 86_400_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 825 * 86_400_000);
  const pems = await selfsigned([{ name: 'commonName', value: 'epay-sandbox' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      // A self-signed certificate is its own trust anchor: CA:true lets clients trust it directly.
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CERTIFICATE_HOSTS.map((value) => ({ type: 2 as const, value })),
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The certificate of `--tls`: the given files, else the pair kept in `folder` from an earlier start, else
 * a new self-signed pair (written to `folder`, key readable by the owner only).
 *
 * @example
 * const tls = await loadTlsCredentials({ folder: '.epay-sandbox/tls' });
 * https.createServer({ cert: tls.cert, key: tls.key });
 */
export async function loadTlsCredentials(options: TlsOptions): Promise<TlsCredentials> {
  if (options.certFile || options.keyFile) {
    if (!options.certFile || !options.keyFile) throw new Error('--tls-cert and --tls-key go together');
    const [cert, key] = await Promise.all([
      readFile(options.certFile, 'utf8'),
      readFile(options.keyFile, 'utf8'),
    ]);
    return { cert, key, certFile: options.certFile, generated: false };
  }
  if (!options.folder) return { ...(await generate()), certFile: null, generated: true };
  const certFile = join(options.folder, 'cert.pem');
  const keyFile = join(options.folder, 'key.pem');
  try {
    const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    return { cert, key, certFile, generated: false };
  } catch (error) {
    if (!missing(error)) throw error;
  }
  const pair = await generate();
  await mkdir(options.folder, { recursive: true });
  await writeFile(keyFile, pair.key, { mode: 0o600 });
  await writeFile(certFile, pair.cert);
  return { ...pair, certFile, generated: true };
}
