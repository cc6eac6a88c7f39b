import { describe, expect, it } from 'vitest';
import { registerDashboardSection } from '../../server/http/controls/app-controls.js';
import { html } from '../../server/http/html.js';
import { send } from '../support/controls.js';
import { clientCredentials, createTestApp, postForm } from '../support/http.js';

const page = async (app: ReturnType<typeof createTestApp>, query = '') => {
  const res = await send(app, 'GET', `/_sandbox${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return res.text();
};

describe('the dashboard', () => {
  it('shows the clock, the controls in force, recent requests and payments, with no external asset', async () => {
    const app = createTestApp();
    await postForm(app, '/oauth2/token', clientCredentials());
    await send(app, 'POST', '/_sandbox/scenarios', {
      endpoint: 'token',
      outcome: { kind: 'decline', code: 401 },
      times: 2,
    });
    await send(app, 'POST', '/_sandbox/faults', {
      endpoint: 'token',
      latencyMs: { min: 10, max: 20 },
      share: 0.5,
    });
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '123456789', amount: 2500 });
    const text = await page(app);
    expect(text).toContain('<h2 id="overview-title">Overview</h2>');
    expect(text).toContain('datetime="2026-11-27T10:00:00.000Z"');
    expect(text).toMatch(/<code>decline:401<\/code>/);
    expect(text).toContain('10–20 ms');
    expect(text).toContain('<code>POST /oauth2/token</code>');
    expect(text).toContain('123456789');
    expect(text).toContain('2500.00 KZT');
    expect(text).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
    expect(text).not.toContain(clientCredentials().client_secret);
  });

  it('leaves out sections of record kinds the sandbox does not have, and grows with the ones it has', async () => {
    const app = createTestApp();
    expect(await page(app)).not.toContain('id="subscriptions"');
    const invoices = {
      all: function* () {},
      get: () => undefined,
      save: () => undefined,
      size: 1,
    };
    Object.assign(app.sandbox, { subscriptions: invoices });
    (app.sandbox.store.state as unknown as Record<string, unknown>).subscriptions = {
      inv1: {
        id: 'inv1',
        invoice_id: '000777',
        status: 'ACTIVE',
        amount: 10,
        invoice_url: 'http://127.0.0.1:7070/invoice/inv1',
        created_date: '2026-11-27T10:00:00Z',
      },
    };
    const text = await page(app);
    expect(text).toContain('<section id="subscriptions"');
    expect(text).toContain('href="http://127.0.0.1:7070/invoice/inv1"');
    expect(text).toContain('000777');
  });

  it('shows a section a route owner registered', async () => {
    const app = createTestApp();
    registerDashboardSection(app, {
      id: 'callbacks',
      title: 'Callbacks',
      order: 60,
      render: () => html`<p>${'<retrying>'}</p>`,
    });
    const text = await page(app);
    expect(text).toContain('<a href="#callbacks">Callbacks</a>');
    expect(text).toContain('<p>&lt;retrying&gt;</p>');
  });

  it('escapes what requests carry', async () => {
    const app = createTestApp();
    await app.request('/api/<script>alert(1)</script>');
    const text = await page(app);
    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows another namespace with ?namespace=, and its links stay in it', async () => {
    const app = createTestApp();
    await app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'X-Sandbox-Namespace': 'ci-7' },
      body: new URLSearchParams(clientCredentials()),
    });
    const text = await page(app, '?namespace=ci-7');
    expect(text).toContain('<title>epay-sandbox dashboard (ci-7)</title>');
    expect(text).toContain('/_sandbox/dashboard/clock?namespace=ci-7');
    expect(text).toContain('<code>POST /oauth2/token</code>');
    expect(await page(app)).not.toContain('<code>POST /oauth2/token</code>');
  });

  it('moves the clock and deletes a scenario from its forms, redirecting back', async () => {
    const app = createTestApp();
    const created = await (
      await send(app, 'POST', '/_sandbox/scenarios', {
        endpoint: 'token',
        outcome: { kind: 'success' },
        times: null,
      })
    ).json();
    const form = (path: string, fields: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { origin: 'http://localhost' },
      });
    const advanced = await form('/_sandbox/dashboard/clock', { action: 'advance', by: '2h' });
    expect(advanced.status).toBe(303);
    expect(advanced.headers.get('location')).toBe('/_sandbox#overview');
    expect(app.sandbox.clock.now().toISOString()).toBe('2026-11-27T12:00:00.000Z');
    expect((await form(`/_sandbox/dashboard/scenarios/${created.id}/delete`)).status).toBe(303);
    expect(app.controls.namespaces.default.scenarios.list()).toEqual([]);
  });

  it('refuses a form post from another site', async () => {
    const app = createTestApp();
    const res = await app.request('/_sandbox/dashboard/requests/clear', {
      method: 'POST',
      body: new URLSearchParams({}),
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe(9411);
  });
});
