import { TEST_CREDENTIALS } from '../../client/index.js';
import type { ContractContext } from '../contract-context.js';
import { defineProbe, type Probe } from '../probe.js';

const SHOP_ID = '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4';

const freshInvoiceId = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-15).padStart(15, '8');

/** Creates a link with `extra` over a valid body; answers "HTTP 200" or "HTTP 400 code N". */
async function createWith(ctx: ContractContext, extra: Record<string, unknown>): Promise<string> {
  const client = ctx.clientWith(TEST_CREDENTIALS.halykfinanceUSD);
  const body: Record<string, unknown> = {
    shop_id: SHOP_ID,
    account_id: 'probe-0001',
    invoice_id: freshInvoiceId(),
    amount: 100,
    language: 'rus',
    description: 'epay-sandbox fidelity probe',
    expire_period: '1d',
    recipient_contact: 'probe@example.kz',
    recipient_contact_sms: '+77771234567',
    currency: 'KZT',
    ...extra,
  };
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  const exchange = await client.send('invoiceCreate', { body: body as never });
  const code = (exchange.body as { code?: unknown } | undefined)?.code;
  return exchange.status === 200
    ? 'HTTP 200'
    : `HTTP ${exchange.status}${code !== undefined ? ` code ${code}` : ''}`;
}

/** The invoice links' fidelity probes. */
export const INVOICE_PROBES: readonly Probe[] = [
  defineProbe({
    name: 'invoice.create-leniency',
    question: "Does POST /invoice take what 002 forbids but integrations send: language 'ru', no contacts?",
    endpoint: 'invoiceCreate',
    writes: true,
    setting: (config) => `invoices.rules=${config.invoices.rules}`,
    async observe(ctx) {
      return [
        `language ru: ${await createWith(ctx, { language: 'ru' })}`,
        `no recipient contacts: ${await createWith(ctx, { recipient_contact: undefined, recipient_contact_sms: undefined })}`,
        `empty account_id: ${await createWith(ctx, { account_id: '' })}`,
      ].join('; ');
    },
  }),
  defineProbe({
    name: 'invoice.invoice-id-length',
    question: 'How long may invoice_id be (002 says 6-15 digits, its example has 17)?',
    endpoint: 'invoiceCreate',
    writes: true,
    async observe(ctx) {
      const digits = (n: number) => `${freshInvoiceId()}${'0'.repeat(20)}`.slice(0, n);
      const parts: string[] = [];
      for (const n of [5, 15, 17, 21])
        parts.push(`${n} digits: ${await createWith(ctx, { invoice_id: digits(n) })}`);
      return parts.join('; ');
    },
  }),
];
