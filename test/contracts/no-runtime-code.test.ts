import Type from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../contracts/index.js';
import { createFixtures, ROUTES, routePath, tokenFor, validBody } from '../reliability/support/routes.js';
import { createTestApp, postForm, TEST_MERCHANT } from '../support/http.js';
import { invoiceBody, invoiceToken } from '../support/invoices.js';
import { postTransfer, transferBody, transferToken } from '../support/transfers.js';

/**
 * Counts `new Function(...)` / `Function(...)` calls (how ajv compiles a validator): a page with a strict
 * Content Security Policy (no 'unsafe-eval') refuses them.
 */
const RealFunction = globalThis.Function;
const compiled: string[] = [];

beforeAll(() => {
  const record = (args: readonly unknown[]) => compiled.push(String(args.at(-1)).slice(0, 80));
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
});

afterAll(() => {
  globalThis.Function = RealFunction;
});

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify(body),
});

describe('validation without code generated at run time (strict CSP)', () => {
  it('answers every route with a valid and a malformed body without compiling any code', async () => {
    const app = createTestApp();
    const fixtures = await createFixtures(app);
    const statuses: string[] = [];
    for (const endpoint of ROUTES) {
      const path = routePath(endpoint, 0, fixtures);
      if (endpoint.id === 'token') {
        for (const grant of ['password', 'client_credentials', 'refresh_token']) {
          const res = await postForm(app, path, {
            grant_type: grant,
            client_id: TEST_MERCHANT.clientId,
            client_secret: TEST_MERCHANT.clientSecret,
          });
          statuses.push(`token ${grant} incomplete ${res.status}`);
        }
        continue;
      }
      // Transfers need a transfer token and a fresh order; invoices a web API token of their merchant.
      const token = async () =>
        endpoint.id === 'transfer'
          ? transferToken(app)
          : endpoint.id === 'invoiceCreate'
            ? invoiceToken(app)
            : tokenFor(app, endpoint);
      const body =
        endpoint.id === 'transfer'
          ? transferBody({ order: { id: '720000000001' } })
          : endpoint.id === 'invoiceCreate'
            ? invoiceBody()
            : validBody(endpoint);
      const init = (value: unknown, bearer?: string): RequestInit =>
        endpoint.method === 'GET'
          ? { method: 'GET', headers: { authorization: `Bearer ${bearer}` } }
          : json(value, bearer);
      const valid = await app.request(path, init(body, await token()));
      statuses.push(`${endpoint.id} valid ${valid.status}`);
      if (endpoint.request?.body) {
        const malformed = await app.request(path, init({ unexpected: [1] }, await token()));
        statuses.push(`${endpoint.id} malformed ${malformed.status}`);
      }
    }
    const transfer = await postTransfer(app, await transferToken(app), { order: 'x', extra: true });
    statuses.push(`transfer malformed ${transfer.status}`);
    const payment = await app.request('/_sandbox/payments', json({ status: 'AUTH', amount: 'lots' }));
    statuses.push(`sandbox payment malformed ${payment.status}`);

    expect(compiled).toEqual([]);
    // The requests reached validation: valid ones answered, malformed ones refused with the bank's 400.
    expect(statuses).toEqual(
      expect.arrayContaining(['transfer valid 200', 'invoiceCreate valid 200', 'operationsSearch valid 200']),
    );
    expect(statuses.filter((s) => / valid 2\d\d$/.test(s)).length).toBeGreaterThan(5);
    expect(statuses.filter((s) => / malformed 400$/.test(s)).length).toBeGreaterThan(3);
    expect(statuses.filter((s) => /incomplete 400$/.test(s))).toHaveLength(3);
    expect(statuses.filter((s) => / 5\d\d$/.test(s))).toEqual([]);
  });

  it('compiles a schema that is not precompiled at run time, which the counter sees', () => {
    const before = compiled.length;
    expect(validate(Type.Object({ name: Type.String() }), { name: 1 }).ok).toBe(false);
    expect(compiled.length).toBeGreaterThan(before);
  });
});
