import { describe, expect, it } from 'vitest';
import { isEpayApiError } from '../../client/index.js';
import { checkedClient } from '../support/client.js';
import { INVOICE_MERCHANT } from '../support/http.js';
import { invoiceBody } from '../support/invoices.js';

const setup = () => checkedClient('halykfinanceUSD');

describe('the typed client on invoice links', () => {
  it('creates, finds and deactivates a link, each answer valid against the contracts', async () => {
    const { client, problems } = setup();
    const body = invoiceBody({ invoice_id: '000000771234' }) as Parameters<typeof client.invoices.create>[0];
    const link = await client.invoices.create(body);
    expect(link.status).toBe('ACTIVE');
    expect(link.invoice_url).toBe(`http://sandbox.test/redirect/invoice-link/${link.id}`);
    const found = await client.invoices.search({
      paging: { skip: 0, limit: 20 },
      searchParameters: [{ name: 'invoice_id', method: '=', searchParameter: ['000000771234'] }],
      orderParameters: { field: 'id', typeOrder: 'DESC' },
    });
    expect(found.Records.map((r) => r.id)).toEqual([link.id]);
    const off = await client.invoices.deactivate(link.id);
    expect(off.status).toBe('DEACTIVATED');
    expect(problems).toEqual([]);
  });

  it('throws a typed API error with the code of a refused link', async () => {
    const { client } = setup();
    const body = invoiceBody({ shop_id: INVOICE_MERCHANT.shopId, expire_period: '7h' });
    const error = await client.invoices.create(body as never).catch((e: unknown) => e);
    expect(isEpayApiError(error)).toBe(true);
    expect((error as { code: number }).code).toBe(9308);
  });
});
