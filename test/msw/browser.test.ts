import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OperationsSearchResponse,
  TokenResponse,
  TransferResponse,
  validate,
} from '../../contracts/index.js';
import { HAS_CHROMIUM, launchChromium } from '../support/browser.js';
import type { PageResult } from './browser/page.js';
import { bundleForBrowser, ROOT } from './bundle.js';

const HTML =
  '<!doctype html><meta charset="utf-8"><title>epay msw</title><script type="module" src="/page.js"></script>';

/**
 * A strict Content Security Policy: scripts from the page's origin and the bank's payform host (the widget
 * script) only, and no 'unsafe-eval': the emulator must validate without compiling code at run time.
 */
const CSP = "script-src 'self' https://test-epay.homebank.kz";

/** Serves the page, its bundle and msw's worker script from 127.0.0.1, under {@link CSP}. */
async function servePage(): Promise<{ server: Server; url: string }> {
  const bundle = await bundleForBrowser("import './test/msw/browser/page.ts';");
  const worker = await readFile(join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js'), 'utf8');
  const files: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', HTML],
    '/page.js': ['text/javascript; charset=utf-8', bundle.code],
    '/mockServiceWorker.js': ['text/javascript; charset=utf-8', worker],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': file[0],
        'cache-control': 'no-store',
        'content-security-policy': CSP,
      })
      .end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe.skipIf(!HAS_CHROMIUM)('createEpayHandlers in the browser (setupWorker)', () => {
  let browser: Browser;
  let served: { server: Server; url: string };

  beforeAll(async () => {
    served = await servePage();
    // Any request that escaped the worker would fail to resolve instead of reaching the bank.
    browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => served?.server.close(resolve));
  });

  it("answers tokens, a search and transfers to the bank's test hosts with the emulator under a CSP without unsafe-eval, a forced decline included, and captures the callback", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url);
    await page.evaluate(() => window.epayReady);
    const result: PageResult = await page.evaluate(() => window.runEpayScenario());
    expect(errors).toEqual([]);

    expect(result.token.status).toBe(200);
    expect(validate(TokenResponse, result.token.body, 'strict').ok).toBe(true);
    expect(result.search.status).toBe(200);
    const search = validate(OperationsSearchResponse, result.search.body, 'strict');
    expect(search.ok ? [] : search.problems).toEqual([]);
    expect(result.search.body.records).toHaveLength(3);
    expect(result.search.body.totalCount).toBeGreaterThan(100);

    expect(result.stateTokens).toHaveLength(3);
    expect(result.stateTokens).toContain(result.token.body.access_token);

    expect(result.transfer.status, JSON.stringify(result.transfer.body)).toBe(200);
    const transfer = validate(TransferResponse, result.transfer.body, 'strict');
    expect(transfer.ok ? [] : transfer.problems).toEqual([]);
    expect(result.transfer.body).toMatchObject({
      orderID: '900001',
      status: 'CHARGE',
      senderCardPAN: '440563...5096',
    });

    expect(result.forced).toMatchObject({ status: 400, body: { code: 484, invoiceId: '900001' } });

    expect(result.widget).toEqual(expect.arrayContaining(['pay', 'showPaymentWidget']));

    expect(result.callbacks).toMatchObject([
      { kind: 'postLink', url: 'https://shop.example/epay/ok', invoiceId: '900001', status: 200 },
    ]);
  });
});
