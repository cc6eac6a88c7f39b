import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../server/node.js';
import { ARTIFACTS_DIR, HAS_CHROMIUM, launchChromium } from '../support/browser.js';
import { registerPaymentProbe } from '../support/controls.js';
import { clientCredentials } from '../support/http.js';

describe.skipIf(!HAS_CHROMIUM)('the dashboard in a browser', () => {
  it('shows the requests, payment, scenarios and faults of a scripted flow, and its buttons work', async () => {
    const server = await startSandbox({ port: 0, inMemory: true });
    registerPaymentProbe(server.app);
    const browser = await launchChromium();
    try {
      const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
        fetch(`${server.url}${path}`, { method: 'POST', body, headers });
      // The flow: a token, a refused token, a forced decline, a payment, a scenario and a fault in force.
      expect((await post('/epay2/oauth2/token', new URLSearchParams(clientCredentials()))).status).toBe(200);
      expect(
        (await post('/oauth2/token', new URLSearchParams({ ...clientCredentials(), client_secret: 'nope' })))
          .status,
      ).toBe(401);
      const forced = await post('/oauth2/token', new URLSearchParams(clientCredentials()), {
        'X-Sandbox-Outcome': 'error:503',
      });
      expect(forced.status).toBe(503);
      expect(
        (
          await post(
            '/_probe/pay',
            JSON.stringify({ invoiceId: '424242001', amount: 1234.5, status: 'AUTH' }),
          )
        ).status,
      ).toBe(201);
      await post(
        '/_sandbox/scenarios',
        JSON.stringify({ endpoint: 'token', outcome: { kind: 'decline', code: 401 }, times: null }),
      );
      await post('/_sandbox/faults', JSON.stringify({ endpoint: 'token', latencyMs: 250, share: 0.5 }));

      const page = await browser.newPage();
      await page.goto(`${server.url}/_sandbox`);
      await expect.poll(() => page.title()).toBe('epay-sandbox dashboard (default)');

      const requests = page.locator('#requests tbody tr');
      await expect.poll(() => requests.count()).toBe(4);
      await expect
        .poll(() => page.locator('#requests').textContent())
        .toMatch(/POST \/epay2\/oauth2\/token[\s\S]*200/);
      expect(await page.locator('#requests').textContent()).toMatch(/error:503/);
      expect(await page.locator('#requests').textContent()).toMatch(/POST \/oauth2\/token[\s\S]*401/);
      const payments = await page.locator('#payments').textContent();
      expect(payments).toMatch(/424242001[\s\S]*AUTH[\s\S]*1234\.50 KZT/);
      expect(await page.locator('#controls').textContent()).toMatch(/decline:401[\s\S]*every call/);
      expect(await page.locator('#controls').textContent()).toMatch(/250 ms[\s\S]*50 %/);

      // A request's masked bodies open from its disclosure.
      await page.locator('#requests details summary').last().click();
      const opened = await page.locator('#requests details[open] pre').first().textContent();
      expect(opened).not.toContain(clientCredentials().client_secret);

      await page.screenshot({ path: join(ARTIFACTS_DIR, 'controls-dashboard.png'), fullPage: true });

      // The clock form, by its label, moves the sandbox time; deleting the scenario takes it off the page.
      await page.getByLabel('Advance the clock by').fill('2h');
      await Promise.all([
        page.waitForURL(/\/_sandbox#overview$/),
        page.getByRole('button', { name: 'Advance' }).click(),
      ]);
      const time = await (await fetch(`${server.url}/_sandbox/clock`)).json();
      expect(Date.parse(time.time) - Date.now()).toBeGreaterThan(7_100_000);
      await Promise.all([
        page.waitForURL(/#controls$/),
        page.getByRole('button', { name: 'Delete scenario sc_1' }).click(),
      ]);
      expect(await page.locator('#controls').textContent()).not.toMatch(/decline:401/);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
