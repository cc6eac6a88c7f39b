import type { EpayExchange } from '../../client/index.js';
import { exampleJson, JSON_EXAMPLES, type SeedExample } from '../../contracts/examples/index.js';
import type {
  PaymentStatusTransaction,
  SandboxPaymentRequest,
  TransferRequest,
  TransferResponse,
} from '../../contracts/index.js';
import { defaultFixtures, type TestCard } from '../../fixtures/index.js';
import type { ContractContext } from '../contract-context.js';

/**
 * A seed example by id (they are data of `contracts/examples`; a missing one is a bug of the kit).
 *
 * @example
 * exampleJson(seedExample('transfer-error')); // 004's 487 body
 */
export function seedExample(id: string): SeedExample {
  const example = JSON_EXAMPLES.find((e) => e.id === id);
  if (!example) throw new Error(`no seed example '${id}'`);
  return example;
}

/** 004's order number of its transfer examples. */
export const EXAMPLE_ORDER_ID = '8161284658529816';

/**
 * A new order number: 15 random digits (004: "from 6 to 15 digits", unique in the last 6), so contracts
 * and probes never collide with each other or with an earlier run on the same host.
 *
 * @example
 * freshOrderId(); // '518204736610295'
 */
export function freshOrderId(): string {
  const digits = crypto.getRandomValues(new Uint8Array(15));
  return Array.from(digits, (d, i) => (i === 0 ? 1 + (d % 9) : d % 10)).join('');
}

/**
 * The order number to use for one of 004's examples: the printed one on the in-process sandbox (fresh each
 * run), a fresh one on a remote host, where the printed one may be taken by an earlier run.
 *
 * @example
 * const body = exampleTransfer(exampleOrderId(ctx));
 */
export function exampleOrderId(ctx: ContractContext): string {
  if (ctx.target.kind === 'sandbox') return EXAMPLE_ORDER_ID;
  ctx.note(`order id ${EXAMPLE_ORDER_ID} replaced by a fresh one: an order id can be approved only once`);
  return freshOrderId();
}

/**
 * 004's transfer request example as JSON (without the printed trailing comma), with the given order id.
 *
 * @example
 * exampleTransfer('8161284658529816').card.receiver.transferType; // 'TYPECARDID'
 */
export function exampleTransfer(orderId: string): TransferRequest {
  const body = exampleJson(seedExample('transfer-request')) as TransferRequest;
  return { ...body, order: { ...body.order, id: orderId } };
}

const card = (status: TestCard['status'], scheme: TestCard['scheme']): TestCard => {
  const found = defaultFixtures.cards.find((c) => c.status === status && c.scheme === scheme);
  if (!found) throw new Error(`no ${status}ed ${scheme} test card in the fixtures`);
  return found;
};

/** 004's test cards the suites use (public test data from fixtures/cards.json). */
export const CARDS = {
  visa: card('unlock', 'VISA'),
  master: card('unlock', 'MasterCard'),
  lockedAmex: card('lock', 'AMEX'),
} as const;

/**
 * The `card.sender` of a typed-in test card (its printed expiry; another CVC to cause a decline).
 *
 * @example
 * plainTransfer(ctx, { from: sender(CARDS.visa, '000') }); // declined 466
 */
export function sender(testCard: TestCard, cvc = testCard.cvc): TransferRequest['card']['sender'] {
  const [month = '', year = ''] = testCard.expiry.split('/');
  return {
    transferType: 'TYPEPAN',
    cardCred: testCard.pan,
    cvc,
    expire: { month, year },
    name: 'Arman Ali',
  };
}

/**
 * The credentials' terminal, or a skip (transfers and status need one).
 *
 * @example
 * const terminalId = terminalOf(ctx);
 */
export function terminalOf(ctx: ContractContext): string {
  return ctx.credentials.terminal ?? ctx.skip('the credentials have no terminal (--terminal)');
}

/**
 * A transfer of 100 KZT on the credentials' terminal from `from` (default the unlocked VISA) to the unlocked
 * MasterCard, typed in (any merchant may send to a card number), with a fresh order id.
 *
 * @example
 * await ctx.client.send('transfer', { body: plainTransfer(ctx, { order: { amount: 120 } }) });
 */
export function plainTransfer(
  ctx: ContractContext,
  options: { from?: TransferRequest['card']['sender']; order?: Partial<TransferRequest['order']> } = {},
): TransferRequest {
  return {
    order: {
      id: freshOrderId(),
      amount: 100,
      currency: 'KZT',
      description: 'epay-sandbox contract',
      terminalId: terminalOf(ctx),
      ...options.order,
    },
    card: {
      sender: options.from ?? sender(CARDS.visa),
      receiver: { transferType: 'TYPEPAN', cardCred: CARDS.master.pan },
    },
  };
}

/**
 * Sends a transfer that must be approved (else the contract fails) and returns its answer.
 *
 * @example
 * const { id } = await approvedTransfer(ctx, plainTransfer(ctx));
 */
export async function approvedTransfer(
  ctx: ContractContext,
  body: TransferRequest,
): Promise<TransferResponse> {
  const exchange = await ctx.client.send('transfer', { body });
  ctx.expectStatus(exchange, 200);
  return exchange.body as TransferResponse;
}

/**
 * A terminal of another merchant than the credentials' (for 487 and 109).
 *
 * @example
 * await ctx.client.tokens.clientCredentials({ terminal: foreignTerminal(ctx) }); // status answers 109
 */
export function foreignTerminal(ctx: ContractContext): string {
  const other = defaultFixtures.merchants.find((m) => m.clientId !== ctx.credentials.clientId);
  const terminal = other?.terminals.find((t) => t.id !== ctx.credentials.terminal);
  return terminal?.id ?? ctx.skip('no terminal of another merchant in the fixtures');
}

/**
 * Another terminal of the credentials' own merchant (for 106), or a skip.
 *
 * @example
 * await emulatorPayment(ctx, { status: 'AUTH', terminal: siblingTerminal(ctx) });
 */
export function siblingTerminal(ctx: ContractContext): string {
  const own = defaultFixtures.merchants.find((m) => m.clientId === ctx.credentials.clientId);
  const terminal = own?.terminals.find((t) => t.id !== ctx.credentials.terminal);
  return terminal?.id ?? ctx.skip(`merchant '${ctx.credentials.clientId}' has no second terminal`);
}

/**
 * A card payment in `status` on the target, made through the emulator's control routes; a skip on the
 * bank's hosts, which create payments only through their payment page.
 *
 * @example
 * const payment = await emulatorPayment(ctx, { status: 'AUTH', amount: 100 });
 * await ctx.client.send('operationCharge', { params: { id: payment.id } });
 */
export async function emulatorPayment(
  ctx: ContractContext,
  request: SandboxPaymentRequest,
): Promise<PaymentStatusTransaction> {
  const emulator =
    ctx.emulator ??
    ctx.skip(
      `needs a payment in ${request.status ?? 'AUTH'}: only an epay-sandbox target can create one (the bank creates payments through its payment page)`,
    );
  return emulator.createPayment({
    invoiceId: freshOrderId(),
    ...(ctx.credentials.terminal ? { terminal: ctx.credentials.terminal } : {}),
    ...request,
  });
}

/**
 * A value-free outcome of an answer, for probes: `HTTP 200 CHARGE`, `HTTP 400 code 466`, `HTTP 401 code 9010`.
 *
 * @example
 * outcomeOf(await ctx.client.send('transfer', { body })); // 'HTTP 400 code 466'
 */
export function outcomeOf(exchange: EpayExchange): string {
  const body = exchange.body as { code?: unknown; status?: unknown; error?: unknown } | undefined;
  const detail =
    body === undefined
      ? exchange.text.trim() === ''
        ? ''
        : ' (not JSON)'
      : exchange.status === 200 && typeof body.status === 'string'
        ? ` ${body.status}`
        : body.code !== undefined
          ? ` code ${String(body.code)}`
          : body.error !== undefined
            ? ` ${String(body.error)}`
            : '';
  return `HTTP ${exchange.status}${detail}`;
}
