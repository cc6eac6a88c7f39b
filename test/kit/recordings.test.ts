import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createEpayClient, TEST_CREDENTIALS } from '../../client/index.js';
import type { EndpointContract } from '../../contracts/index.js';
import { createRecorder } from '../../kit/index.js';
import { maskSensitive, RECORDING_FORMAT, type Recording } from '../../server/core/index.js';
import type { AppEnv } from '../../server/http/app-env.js';
import { errorResponse } from '../../server/http/error-response.js';
import { loadRecordings, REPLAY_HEADER, replayRecordings } from '../../server/index.js';
import { appFetch, clientCredentials, createTestApp, getToken } from '../support/http.js';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'epay-rec-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('maskSensitive', () => {
  it('masks card numbers, tokens, secrets, e-mails and phones and keeps ids, amounts and masks', () => {
    const masked = maskSensitive({
      access_token: 'DCEB8O_ZM5U7SO_T_U5EJQ',
      refresh_token: '',
      client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
      card: {
        sender: { cardCred: '4405639704015096', cvc: '815' },
        receiver: { cardCred: 'fcf69516-f7e8-9b14-e053-1d1a000aef2f' },
      },
      description: 'paid with 5522042705066736',
      email: 'dosbols@halykbank.kz',
      recipient_contact_sms: '+777711111111',
      payerPhone: '77029085001',
      invoiceId: '8161284658529816',
      reference: '403752583641',
      amount: 100,
      cardMask: '440563...5096',
    });
    expect(masked).toEqual({
      access_token: 'MASKED_TOKEN',
      refresh_token: '',
      client_secret: '***',
      card: {
        sender: { cardCred: '440563...5096', cvc: '***' },
        receiver: { cardCred: 'fcf69516-f7e8-9b14-e053-1d1a000aef2f' },
      },
      description: 'paid with 552204...6736',
      email: 'd***@halykbank.kz',
      recipient_contact_sms: '+7*********11',
      payerPhone: '7********01',
      invoiceId: '8161284658529816',
      reference: '403752583641',
      amount: 100,
      cardMask: '440563...5096',
    });
  });
});

describe('createRecorder', () => {
  it('writes one masked recording file per answer, with the path on the newer layout', async () => {
    const dir = await tempDir();
    const recorder = await createRecorder(dir, {
      oauthUrl: 'http://bank.test/epay2',
      apiUrl: 'http://bank.test/api',
    });
    const client = createEpayClient({
      oauthUrl: 'http://bank.test/epay2',
      apiUrl: 'http://bank.test/api',
      credentials: TEST_CREDENTIALS.test,
      fetch: appFetch(createTestApp()),
      hooks: { afterResponse: [recorder.hook('my check')] },
    });
    await client.tokens.password({ scope: 'transfer' });
    const files = await readdir(dir);
    expect(files).toEqual(['001-my-check-token-200.json']);
    const recording = JSON.parse(await readFile(join(dir, files[0] as string), 'utf8')) as Recording;
    expect(recording).toMatchObject({
      format: RECORDING_FORMAT,
      endpoint: 'token',
      method: 'POST',
      path: '/oauth2/token',
      status: 200,
      host: 'http://bank.test',
      contract: 'my check',
      request: {
        form: { client_secret: '***', password: '***', username: 'e***@halykbank.kz', scope: 'transfer' },
      },
      response: { access_token: 'MASKED_TOKEN', scope: 'transfer', expires_in: 7200 },
    });
  });
});

describe('replaying recordings', () => {
  const statusEndpoint: EndpointContract = {
    id: 'paymentStatus',
    summary: 'status',
    method: 'GET',
    host: 'api',
    path: '/check-status/payment/transaction/:invoiceid',
    auth: { kind: 'bearer', scopes: ['webapi', 'payment'] },
    responses: {},
    source: 'test',
  };
  const searchEndpoint: EndpointContract = {
    ...statusEndpoint,
    id: 'search',
    method: 'POST',
    path: '/operations',
  };
  const table = { paymentStatus: statusEndpoint, search: searchEndpoint };
  const recording = (extra: Partial<Recording>): Recording => ({
    format: RECORDING_FORMAT,
    endpoint: 'paymentStatus',
    method: 'GET',
    path: '/check-status/payment/transaction/205218074',
    status: 200,
    response: { resultCode: '100', resultMessage: 'SUCCESS' },
    recordedAt: '2026-11-27T10:00:00Z',
    host: 'https://testepay.homebank.kz',
    contract: 'status.success',
    ...extra,
  });

  function replayApp(recordings: Recording[]) {
    const sandbox = createTestApp();
    const app = new Hono<AppEnv>();
    app.onError(errorResponse);
    app.use('*', async (c, next) => {
      c.set('sandbox', sandbox.sandbox);
      await next();
    });
    app.use(
      '*',
      replayRecordings(
        recordings.map((r) => ({ ...r, file: 'rec.json' })),
        table,
      ),
    );
    app.all('*', (c) => c.json({ fallthrough: true }));
    return { app, sandbox };
  }

  it('answers a recorded request on both layouts with the recorded body, after the bearer check', async () => {
    const { app, sandbox } = replayApp([recording({})]);
    const token = await getToken(sandbox, clientCredentials());
    for (const path of [
      '/api/check-status/payment/transaction/205218074',
      '/check-status/payment/transaction/205218074',
    ]) {
      const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get(REPLAY_HEADER)).toBe('rec.json');
      expect(await res.json()).toEqual({ resultCode: '100', resultMessage: 'SUCCESS' });
    }
    const anonymous = await app.request('/check-status/payment/transaction/205218074');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 9010 });
  });

  it('matches a JSON body after masking it as the recording was masked', async () => {
    const body = { paging: { page: 1, size: 2 }, payer_email: 'danatugumbayeva@gmail.com' };
    const { app, sandbox } = replayApp([
      recording({
        endpoint: 'search',
        method: 'POST',
        path: '/operations',
        request: { json: maskSensitive(body) },
        response: { totalCount: 0, records: [] },
      }),
    ]);
    const token = await getToken(sandbox, clientCredentials());
    const post = (json: unknown) =>
      app.request('/api/operations', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
    const replayed = await post({ payer_email: 'danatugumbayeva@gmail.com', paging: { size: 2, page: 1 } });
    expect(await replayed.json()).toEqual({ totalCount: 0, records: [] });
    const other = await post({ ...body, paging: { page: 2, size: 2 } });
    expect(await other.json()).toEqual({ fallthrough: true });
  });

  it('lets requests without a recording, token requests and unknown endpoints through to the emulator', async () => {
    const { app } = replayApp([
      recording({ endpoint: 'token', method: 'POST', path: '/oauth2/token' }),
      recording({ endpoint: 'noSuchEndpoint' }),
    ]);
    expect(await (await app.request('/check-status/payment/transaction/1')).json()).toEqual({
      fallthrough: true,
    });
    expect(await (await app.request('/oauth2/token', { method: 'POST' })).json()).toEqual({
      fallthrough: true,
    });
  });

  it('loads the recording files of a folder and lists the files it skips', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), JSON.stringify(recording({})));
    await writeFile(join(dir, 'b.json'), '{"not": "a recording"}');
    await writeFile(join(dir, 'c.json'), '{broken');
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const loaded = await loadRecordings(dir);
    expect(loaded.recordings.map((r) => r.file)).toEqual(['a.json']);
    expect(loaded.skipped.map((s) => s.file)).toEqual(['b.json', 'c.json']);
    expect(loaded.skipped[1]?.reason).toMatch(/^not JSON/);
  });
});
