import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import {
  OperationsSearchResponse,
  P2PStatusResponse,
  P2pOperationsSearchResponse,
  TransferError,
  TransferResponse,
  validate,
} from '../../contracts/index.js';
import { createEpayHandlers } from '../../server/msw/index.js';
import { TEST_MERCHANT, WEBAPI_SCOPE } from '../support/http.js';
import { CARDS, TERMINALS, transferBody } from '../support/transfers.js';
import {
  credentialsForm,
  fetchToken,
  NEW_API_URL,
  NEW_OAUTH_URL,
  OLD_API_URL,
  OLD_OAUTH_URL,
  useEpayServer,
} from './support.js';

const { epay, server } = useEpayServer();

type Card = (typeof CARDS)[keyof typeof CARDS];

const SHOP_OK = 'https://shop.example/epay/ok';
const SHOP_FAIL = 'https://shop.example/epay/fail';

/** A transfer token of merchant `test` from the older test host, bound to order `orderId`. */
const transferToken = (orderId: string) =>
  fetchToken(
    OLD_OAUTH_URL,
    credentialsForm({
      scope: 'transfer',
      invoiceID: orderId,
      amount: '100',
      currency: 'KZT',
      terminal: TERMINALS.bodyExample,
      postLink: SHOP_OK,
      failurePostLink: SHOP_FAIL,
      secret_hash: 'shop-secret-1',
    }),
  );

/** A password-grant token of merchant `test` (000, 001) from `url`. */
const passwordToken = (url: string, scope: string) =>
  fetchToken(
    url,
    credentialsForm({
      grant_type: 'password',
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope,
    }),
  );

/** POSTs a search body to `url` with a bearer token. */
async function search(url: string, token: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { totalCount: number; records: Record<string, unknown>[] },
  };
}

const example = (id: string) => JSON_EXAMPLES.find((e) => e.id === id) as (typeof JSON_EXAMPLES)[number];

/** POSTs a 004-style transfer to the older test API host. */
const postTransfer = (token: string, orderId: string, card: Card = CARDS.visa) =>
  fetch(`${OLD_API_URL}/payments/cards/auth`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(transferBody({ card, order: { id: orderId } })),
  });

describe("token → search → transfer → status through the bank's test URLs (msw in Node)", () => {
  it("answers 000's example search on the older test host exactly as the document prints it", async () => {
    const token = await passwordToken(OLD_OAUTH_URL, WEBAPI_SCOPE);
    const { status, body } = await search(
      `${OLD_API_URL}/operations`,
      token,
      example('operations-request').raw,
    );
    expect(status).toBe(200);
    const checked = validate(OperationsSearchResponse, body, 'strict');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const printed = exampleJson(example('operations-response')) as { totalCount: number; records: unknown[] };
    expect(body.totalCount).toBe(printed.totalCount);
    expect(body.records).toEqual(printed.records);
  });

  it('searches the generated history on the newer test host', async () => {
    const token = await passwordToken(NEW_OAUTH_URL, WEBAPI_SCOPE);
    const { status, body } = await search(`${NEW_API_URL}/operations`, token, {
      paging: { page: 0, size: 5 },
      searchParameters: [
        {
          name: 'created_date',
          method: 'between',
          searchParameter: ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'],
        },
      ],
      orderParameters: [{ field: 'created_date', typeOrder: 'DESC' }],
    });
    expect(status).toBe(200);
    expect(body.records).toHaveLength(5);
    expect(body.totalCount).toBeGreaterThan(100);
  });

  it('transfers with a bound token, answers its status and P2P search, and captures its postLink callback', async () => {
    const res = await postTransfer(await transferToken('800100'), '800100');
    const transfer = await res.json();
    expect(res.status, JSON.stringify(transfer)).toBe(200);
    const checked = validate(TransferResponse, transfer, 'strict');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(transfer).toMatchObject({ orderID: '800100', status: 'CHARGE', senderCardPAN: '440563...5096' });

    const statusToken = await fetchToken(
      NEW_OAUTH_URL,
      credentialsForm({ scope: WEBAPI_SCOPE, terminal: TERMINALS.bodyExample }),
    );
    const statusRes = await fetch(`${NEW_API_URL}/check-status/p2p/transaction/800100`, {
      headers: { authorization: `Bearer ${statusToken}` },
    });
    const status = await statusRes.json();
    expect(statusRes.status).toBe(200);
    expect(validate(P2PStatusResponse, status, 'strict').ok).toBe(true);
    expect(status).toMatchObject({ resultCode: '100', transaction: { invoiceID: '800100' } });

    const found = await search(
      `${NEW_API_URL}/p2p/operations`,
      await passwordToken(NEW_OAUTH_URL, 'transfer'),
      {
        paging: { page: 0, size: 10 },
        searchParameters: [
          {
            name: 'created_at',
            method: 'between',
            searchParameter: ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'],
          },
          { name: 'invoice_id', method: '=', searchParameter: ['800100'] },
        ],
      },
    );
    expect(found.status).toBe(200);
    expect(validate(P2pOperationsSearchResponse, found.body, 'strict').ok).toBe(true);
    expect(found.body).toMatchObject({ totalCount: 1, records: [{ invoiceId: '800100' }] });

    const callbacks = await epay.callbacks();
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({
      url: SHOP_OK,
      kind: 'postLink',
      event: 'transfer',
      invoiceId: '800100',
      status: 200,
      attempt: 1,
      payload: { invoiceId: '800100', code: 'ok', secret_hash: 'shop-secret-1' },
    });
    expect(JSON.stringify(callbacks)).not.toContain(CARDS.visa.pan);
    // The sandbox's own delivery log agrees: captured counts as delivered.
    const log = await (await fetch(`${NEW_API_URL}/_sandbox/callbacks`)).json();
    expect(log).toMatchObject({
      total: 1,
      deliveries: [{ id: callbacks[0]?.deliveryId, status: 'delivered' }],
    });
  });

  it('captures the failurePostLink callback of a declined transfer', async () => {
    const res = await postTransfer(await transferToken('800101'), '800101', CARDS.visaLocked);
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(validate(TransferError, body, 'strict').ok).toBe(true);
    const callbacks = await epay.callbacks();
    expect(callbacks.map((c) => [c.kind, c.url, c.invoiceId])).toEqual([
      ['failurePostLink', SHOP_FAIL, '800101'],
    ]);
  });

  it('forgets captured callbacks on reset()', async () => {
    await postTransfer(await transferToken('800102'), '800102');
    expect(await epay.callbacks()).toHaveLength(1);
    await epay.reset();
    expect(await epay.callbacks()).toEqual([]);
  });

  it(
    "posts callbacks with fetch in 'send' mode, answered by the test's own msw handler",
    server.boundary(async () => {
      const own = createEpayHandlers({ callbacks: 'send' });
      const received: unknown[] = [];
      server.use(
        ...own,
        http.post(SHOP_OK, async ({ request }) => {
          received.push(await request.json());
          return new HttpResponse(null, { status: 204 });
        }),
      );
      expect((await postTransfer(await transferToken('800103'), '800103')).status).toBe(200);
      const [callback] = await own.callbacks();
      expect(callback?.status).toBe(204);
      expect(received).toEqual([callback?.payload]);
      expect(own.sandbox.callbacks.get(callback?.deliveryId ?? '')?.status).toBe('delivered');
    }),
  );

  it(
    "keeps a callback pending for retry in 'send' mode when the test's handler answers an error",
    server.boundary(async () => {
      const own = createEpayHandlers({ callbacks: 'send' });
      server.use(
        ...own,
        http.post(SHOP_OK, () => new HttpResponse('down', { status: 503 })),
      );
      expect((await postTransfer(await transferToken('800104'), '800104')).status).toBe(200);
      const [callback] = await own.callbacks();
      expect(callback?.status).toBe(503);
      const delivery = own.sandbox.callbacks.get(callback?.deliveryId ?? '');
      expect(delivery?.status).toBe('pending');
      expect(delivery?.nextAttemptAt).not.toBeNull();
    }),
  );

  it('restores a transfer from initialState on reset(), where check-status finds it', async () => {
    expect((await postTransfer(await transferToken('800105'), '800105')).status).toBe(200);
    const own = createEpayHandlers({ initialState: epay.state() });
    const statusOf = async () => {
      const tokenRes = await own.app.request('/oauth2/token', {
        method: 'POST',
        body: credentialsForm({ scope: WEBAPI_SCOPE, terminal: TERMINALS.bodyExample }),
      });
      const { access_token } = (await tokenRes.json()) as { access_token: string };
      const res = await own.app.request('/check-status/p2p/transaction/800105', {
        headers: { authorization: `Bearer ${access_token}` },
      });
      return ((await res.json()) as { resultCode: string }).resultCode;
    };
    expect(await statusOf()).toBe('100');
    await own.reset();
    expect(await statusOf()).toBe('100');
    await own.reset(7);
    expect(await statusOf()).not.toBe('100');
  });

  it('refuses an unknown callbacks mode', () => {
    expect(() => createEpayHandlers({ callbacks: 'post' as never })).toThrow(/'capture' or 'send'/);
  });
});
