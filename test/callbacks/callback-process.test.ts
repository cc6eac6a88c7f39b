import { describe, expect, it } from 'vitest';
import { startCli } from '../support/process.js';
import { startReceiver } from '../support/receiver.js';
import { transferBody } from '../support/transfers.js';

describe('callbacks of the node process', () => {
  it('retries on the --callback-retries schedule until the receiver answers 2xx', async () => {
    const merchant = await startReceiver([500, 502]);
    const sandbox = await startCli(['--port', '0', '--in-memory', '--callback-retries', '0.1,0.1']);
    try {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'test',
        client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
        scope: 'transfer',
        postLink: `${merchant.url}/epay`,
      });
      const issued = await fetch(`${sandbox.url}/epay2/oauth2/token`, { method: 'POST', body: form });
      const { access_token } = (await issued.json()) as { access_token: string };
      const res = await fetch(`${sandbox.url}/payments/cards/auth`, {
        method: 'POST',
        headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify(transferBody({ order: { id: '950001' } })),
      });
      expect(res.status).toBe(200);
      const got = await merchant.waitFor(3);
      expect(got.map((c) => c.answered)).toEqual([500, 502, 200]);
      expect(got[2]?.json.invoiceId).toBe('950001');
    } finally {
      expect(await sandbox.stop()).toBe(0);
      await merchant.close();
    }
  });
});
