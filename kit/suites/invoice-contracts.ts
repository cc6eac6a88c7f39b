import { type EpayClient, TEST_CREDENTIALS } from '../../client/index.js';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { type Contract, defineContract } from '../contract.js';
import type { ContractContext } from '../contract-context.js';

const SOURCE = '002_8947e18b2fbaf4b5.txt';
/** 002's shop of its test merchant halykfinanceUSD. */
const SHOP_ID = '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4';

/** The documented invoice merchant (002): its shop is the one the examples use. */
const invoiceClient = (ctx: ContractContext): EpayClient => ctx.clientWith(TEST_CREDENTIALS.halykfinanceUSD);

const example = (id: string) => {
  const found = JSON_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`seed example ${id} is missing`);
  return exampleJson(found) as Record<string, unknown>;
};

/** A fresh 15-digit invoice_id (unique per run, so that remote runs do not collide). */
const freshInvoiceId = () => `${Date.now()}${Math.floor(Math.random() * 100)}`.slice(-15).padStart(15, '7');

/** A valid create body with a fresh invoice_id. */
const body = (extra: Record<string, unknown> = {}) => ({
  shop_id: SHOP_ID,
  account_id: 'kit-0001',
  invoice_id: freshInvoiceId(),
  amount: 100,
  language: 'rus',
  description: 'epay-sandbox contract kit',
  expire_period: '1d',
  recipient_contact: 'kit@example.kz',
  recipient_contact_sms: '+77771234567',
  notifier_contact_sms: '',
  currency: 'KZT',
  ...extra,
});

const searchFor = (invoiceId: string) => ({
  paging: { skip: 0, limit: 20 },
  searchParameters: [{ name: 'invoice_id', method: '=', searchParameter: [invoiceId] }],
  orderParameters: { field: 'id', typeOrder: 'DESC' },
});

/** The invoice link contracts (002): create, search, deactivate. */
export const INVOICE_CONTRACTS: readonly Contract[] = [
  defineContract({
    name: 'invoice.example.create',
    behaviour: "002's create request succeeds as written: an ACTIVE link with its invoice_url",
    endpoint: 'invoiceCreate',
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const request = example('invoice-create-request');
      if (ctx.target.kind === 'remote') {
        request.invoice_id = freshInvoiceId();
        ctx.note(`invoice_id replaced by ${request.invoice_id}: 002's own one may exist on the host already`);
      }
      const exchange = await invoiceClient(ctx).send('invoiceCreate', { body: request as never });
      ctx.expectStatus(exchange, 200);
      const answer = exchange.body as Record<string, unknown>;
      ctx.expectEqual(answer.status, 'ACTIVE', 'status');
      ctx.expectEqual(answer.invoice_id, request.invoice_id, 'invoice_id');
      ctx.check(
        /^https?:\/\//.test(String(answer.invoice_url).trim()),
        `invoice_url is ${answer.invoice_url}`,
      );
    },
  }),
  defineContract({
    name: 'invoice.create.description-too-long',
    behaviour: 'a description of 126 characters is refused (002: at most 125)',
    endpoint: 'invoiceCreate',
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const exchange = await invoiceClient(ctx).send('invoiceCreate', {
        body: body({ description: 'x'.repeat(126) }) as never,
      });
      ctx.expectStatus(exchange, 400);
    },
  }),
  defineContract({
    name: 'invoice.create.expire-period-in-days',
    behaviour: "an expire_period that is not in days ('24h') is refused (002: '[number]d')",
    endpoint: 'invoiceCreate',
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const exchange = await invoiceClient(ctx).send('invoiceCreate', {
        body: body({ expire_period: '24h' }) as never,
      });
      ctx.expectStatus(exchange, 400);
    },
  }),
  defineContract({
    name: 'invoice.example.search',
    behaviour: "002's search request succeeds as written and answers {TotalCount, Records}",
    endpoint: 'invoiceSearch',
    source: SOURCE,
    async run(ctx) {
      const exchange = await invoiceClient(ctx).send('invoiceSearch', {
        body: example('invoice-search-request') as never,
      });
      ctx.expectStatus(exchange, 200);
      const answer = exchange.body as { TotalCount: number; Records: unknown[] };
      ctx.check(answer.TotalCount >= answer.Records.length, 'TotalCount is below the number of Records');
    },
  }),
  defineContract({
    name: 'invoice.search.finds-created',
    behaviour: 'a created link is found by its invoice_id, ACTIVE',
    endpoint: 'invoiceSearch',
    requires: ['invoiceCreate', 'invoiceSearch'],
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const client = invoiceClient(ctx);
      const request = body();
      ctx.expectStatus(await client.send('invoiceCreate', { body: request as never }), 200);
      const exchange = await client.send('invoiceSearch', { body: searchFor(request.invoice_id) as never });
      ctx.expectStatus(exchange, 200);
      const answer = exchange.body as { TotalCount: number; Records: { status: string }[] };
      ctx.expectEqual(answer.TotalCount, 1, 'TotalCount');
      ctx.expectEqual(answer.Records[0]?.status, 'ACTIVE', 'status');
    },
  }),
  defineContract({
    name: 'invoice.search.invoice-id-required',
    behaviour: 'a search without an invoice_id filter is refused (002: it is mandatory)',
    endpoint: 'invoiceSearch',
    source: SOURCE,
    async run(ctx) {
      const exchange = await invoiceClient(ctx).send('invoiceSearch', {
        body: {
          paging: { skip: 0, limit: 20 },
          searchParameters: [{ name: 'amount', method: '>', searchParameter: ['1'] }],
        } as never,
      });
      ctx.expectStatus(exchange, 400);
    },
  }),
  defineContract({
    name: 'invoice.deactivate',
    behaviour: 'a deactivated link is no longer ACTIVE',
    endpoint: 'invoiceDeactivate',
    requires: ['invoiceCreate', 'invoiceSearch', 'invoiceDeactivate'],
    source: SOURCE,
    writes: true,
    async run(ctx) {
      const client = invoiceClient(ctx);
      const request = body();
      const created = await client.send('invoiceCreate', { body: request as never });
      ctx.expectStatus(created, 200);
      const id = String((created.body as { id: string }).id);
      ctx.expectStatus(await client.send('invoiceDeactivate', { params: { invoicelinkid: id } }), 200);
      const found = await client.send('invoiceSearch', { body: searchFor(request.invoice_id) as never });
      const status = (found.body as { Records: { status: string }[] }).Records[0]?.status;
      ctx.check(status !== undefined && status !== 'ACTIVE', `status after deactivation is ${status}`);
    },
  }),
  defineContract({
    name: 'invoice.deactivate.unknown',
    behaviour: 'deactivating an unknown link id is refused',
    endpoint: 'invoiceDeactivate',
    source: SOURCE,
    async run(ctx) {
      const exchange = await invoiceClient(ctx).send('invoiceDeactivate', {
        params: { invoicelinkid: '00000000-0000-4000-8000-000000000000' },
      });
      ctx.check(
        exchange.status >= 400 && exchange.status < 500,
        `answered ${exchange.status}, expected a 4xx`,
      );
    },
  }),
];
