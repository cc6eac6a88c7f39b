import { createEpayHandlers } from 'epay-sandbox/msw';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createPaymentObject, EPAY_OAUTH_URL } from './payment-object.js';

const epay = createEpayHandlers();
const server = setupServer(...epay.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await epay.reset();
});
afterAll(() => server.close());

const merchant = {
  clientId: 'test',
  clientSecret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
};
const order = { invoiceId: '000001234', amount: 2500, currency: 'KZT', description: 'Order #1234' } as const;

it('builds the widget payment object with a token bound to the order', async () => {
  const payment = await createPaymentObject(order, merchant);
  expect(payment.auth).toMatchObject({ token_type: 'Bearer', scope: 'payment', expires_in: 7200 });
  // The sandbox knows the token and the order it was bound to.
  expect(epay.state().tokens[payment.auth.access_token]).toMatchObject({
    binding: { invoiceId: '000001234', amount: 2500, currency: 'KZT' },
  });
});

it("reports a wrong client secret with the bank's error description", async () => {
  await expect(createPaymentObject(order, { ...merchant, clientSecret: 'wrong' })).rejects.toThrow(
    /client_secret does not match/,
  );
});

it('reports a decline the test forces on the token endpoint', async () => {
  await epay.forceOutcome('token', { kind: 'decline', code: 'invalid_grant' });
  await expect(createPaymentObject(order, merchant)).rejects.toThrow(/invalid_grant/);
});

it('surfaces an outage of the OAuth server', async () => {
  server.use(http.post(EPAY_OAUTH_URL, () => new HttpResponse(null, { status: 503 })));
  await expect(createPaymentObject(order, merchant)).rejects.toThrow(/503/);
});
