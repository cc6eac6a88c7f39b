import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../server/node.js';
import { ARTIFACTS_DIR, HAS_CHROMIUM, launchChromium } from '../support/browser.js';
import { clientCredentials } from '../support/http.js';
import { startReceiver } from '../support/receiver.js';
import { transferBody } from '../support/transfers.js';

describe.skipIf(!HAS_CHROMIUM)('the dashboard in a browser', () => {
  it('shows the requests, payment, transfer, callback, scenarios and faults of a scripted flow, and its buttons work', async () => {
    const server = await startSandbox({ port: 0, inMemory: true });
    const receiver = await startReceiver([500]);
    const browser = await launchChromium();
    try {
      const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
        fetch(`${server.url}${path}`, { method: 'POST', body, headers });
      // The flow: tokens (one refused, one forced to fail), a transfer whose callback fails once, a payment
      // set up in AUTH, then a scenario and a fault in force.
      const tokenRes = await post(
        '/epay2/oauth2/token',
        new URLSearchParams(clientCredentials({ scope: 'transfer' })),
      );
      const { access_token: token } = (await tokenRes.json()) as { access_token: string };
      expect(
        (await post('/oauth2/token', new URLSearchParams({ ...clientCredentials(), client_secret: 'nope' })))
          .status,
      ).toBe(401);
      const forced = await post('/oauth2/token', new URLSearchParams(clientCredentials()), {
        'X-Sandbox-Outcome': 'error:503',
      });
      expect(forced.status).toBe(503);
      const transfer = await post(
        '/api/payments/cards/auth',
        JSON.stringify(transferBody({ order: { id: '777000111', postLink: `${receiver.url}/epay` } })),
        { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      );
      expect(transfer.status).toBe(200);
      await receiver.waitFor(1);
      const payment = await post(
        '/_sandbox/payments',
        JSON.stringify({ invoiceId: '424242001', amount: 1234.5, status: 'AUTH' }),
      );
      expect(payment.status).toBe(201);
      await post(
        '/_sandbox/scenarios',
        JSON.stringify({ endpoint: 'token', outcome: { kind: 'decline', code: 401 }, times: null }),
      );
      await post('/_sandbox/faults', JSON.stringify({ endpoint: 'token', latencyMs: 250, share: 0.5 }));

      const page = await browser.newPage();
      await page.goto(`${server.url}/_sandbox`);
      await expect.poll(() => page.title()).toBe('epay-sandbox dashboard (default)');

      const text = (section: string) => page.locator(`#${section}`).textContent();
      await expect.poll(() => page.locator('#requests tbody tr').count()).toBe(4);
      expect(await text('requests')).toMatch(/POST \/epay2\/oauth2\/token[\s\S]*200/);
      expect(await text('requests')).toMatch(/error:503/);
      expect(await text('requests')).toMatch(/POST \/api\/payments\/cards\/auth[\s\S]*transfer[\s\S]*200/);
      expect(await text('payments')).toMatch(/424242001[\s\S]*AUTH[\s\S]*1234\.50 KZT/);
      expect(await text('transfers')).toMatch(/777000111[\s\S]*CHARGE[\s\S]*440563\.\.\.5096/);
      expect(await text('callbacks')).toMatch(/777000111[\s\S]*transfer → postLink[\s\S]*pending[\s\S]*500/);
      expect(await text('controls')).toMatch(/decline:401[\s\S]*every call/);
      expect(await text('controls')).toMatch(/250 ms[\s\S]*50 %/);

      // A request's masked bodies open from its disclosure: no card number, CVC or secret.
      await page.locator('#requests details summary').nth(0).click();
      const opened = (await page.locator('#requests details[open]').textContent()) ?? '';
      expect(opened).toContain('440563...5096');
      for (const secret of ['4405639704015096', '"815"', clientCredentials().client_secret]) {
        expect(opened).not.toContain(secret);
      }

      await page.screenshot({ path: join(ARTIFACTS_DIR, 'controls-dashboard.png'), fullPage: true });

      // Replay the callback from its button: the receiver gets it again (and answers 200 this time).
      await Promise.all([
        page.waitForURL(/#callbacks$/),
        page.getByRole('button', { name: /^Replay callback / }).click(),
      ]);
      expect((await receiver.waitFor(2)).map((r) => r.answered)).toEqual([500, 200]);
      expect(await text('callbacks')).toMatch(/delivered/);

      // The clock form, by its label, moves the sandbox time; deleting the scenario takes it off the page.
      await page.getByLabel('Advance the clock by').fill('2h');
      await Promise.all([
        page.waitForURL(/#overview$/),
        page.getByRole('button', { name: 'Advance' }).click(),
      ]);
      const clock = await (await fetch(`${server.url}/_sandbox/clock`)).json();
      expect(Date.parse(clock.time) - Date.now()).toBeGreaterThan(7_100_000);
      await Promise.all([
        page.waitForURL(/#controls$/),
        page.getByRole('button', { name: 'Delete scenario sc_1' }).click(),
      ]);
      expect(await text('controls')).not.toMatch(/decline:401/);
    } finally {
      await browser.close();
      await receiver.close();
      await server.close();
    }
  });
});
