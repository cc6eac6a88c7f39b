import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEpayClient, EPAY_HOSTS, type EpayHostPreset, TEST_CREDENTIALS } from '../../client/index.js';
import { createEpayHandlers } from '../../server/msw/index.js';

const epay = createEpayHandlers();
const server = setupServer(...epay);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => epay.reset());
afterAll(() => server.close());

describe('the typed client against the msw handlers', () => {
  it.each(Object.keys(EPAY_HOSTS) as EpayHostPreset[])(
    'gets an emulator token through the %s host preset with no other set-up',
    async (preset) => {
      const client = createEpayClient({ ...EPAY_HOSTS[preset], credentials: TEST_CREDENTIALS.test });
      const token = await client.tokens.clientCredentials({
        scope: 'payment',
        invoiceID: '000000001',
        amount: 100,
      });
      expect(epay.state().tokens[token.access_token]).toMatchObject({ binding: { invoiceId: '000000001' } });
    },
  );
});
