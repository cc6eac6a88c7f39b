import type { EpayExchange } from '../../client/index.js';
import { FORM_EXAMPLES } from '../../contracts/examples/index.js';
import { WEBAPI_SCOPES } from '../../contracts/index.js';
import { type Contract, defineContract } from '../contract.js';
import type { ContractContext } from '../contract-context.js';

const WEBAPI = WEBAPI_SCOPES.join(' ');
const words = (scope: string) => scope.split(/\s+/).filter(Boolean).sort().join(' ');

/** The token form of a grant with the run's credentials. */
function form(ctx: ContractContext, fields: Record<string, string>): Record<string, string> {
  return { client_id: ctx.credentials.clientId, client_secret: ctx.credentials.clientSecret, ...fields };
}

function passwordForm(ctx: ContractContext, scope: string): Record<string, string> {
  const { username, password } = ctx.credentials;
  if (!username || !password) ctx.skip('the credentials have no cabinet user (--username, --password)');
  return form(ctx, { grant_type: 'password', username, password, scope });
}

/** Sends a token request expected to fail and checks status and OAuth2 error code. */
async function refused(
  ctx: ContractContext,
  fields: Record<string, string>,
  status: number,
  error: string,
): Promise<EpayExchange> {
  const exchange = await ctx.client.send('token', { form: fields });
  ctx.expectStatus(exchange, status);
  ctx.expectEqual((exchange.body as { error?: unknown } | undefined)?.error, error, 'error');
  return exchange;
}

const successes: readonly Contract[] = [
  defineContract({
    name: 'token.password.transfer',
    behaviour: "a password grant with scope 'transfer' answers a transfer token without refresh token",
    endpoint: 'token',
    source: '001_7aaef4879147a065.txt',
    async run(ctx) {
      const exchange = await ctx.client.send('token', { form: passwordForm(ctx, 'transfer') });
      ctx.expectStatus(exchange, 200);
      const body = exchange.body as { scope: string; refresh_token: string };
      ctx.expectEqual(body.scope, 'transfer', 'scope');
      ctx.expectEqual(body.refresh_token, '', 'refresh_token');
    },
  }),
  defineContract({
    name: 'token.password.api',
    behaviour: "a password grant with scope 'api' answers the web API scope set and a refresh token",
    endpoint: 'token',
    source: '002_8947e18b2fbaf4b5.txt',
    async run(ctx) {
      const exchange = await ctx.client.send('token', { form: passwordForm(ctx, 'api') });
      ctx.expectStatus(exchange, 200);
      const body = exchange.body as { scope: string; refresh_token: string };
      ctx.expectEqual(words(body.scope), words(WEBAPI), 'scope (as a set)');
      ctx.check(body.refresh_token !== '', 'refresh_token is empty; 002 answers one');
    },
  }),
  defineContract({
    name: 'token.password.webapi',
    behaviour: 'a password grant with the web API scope list answers that list',
    endpoint: 'token',
    source: '002_8947e18b2fbaf4b5.txt',
    async run(ctx) {
      const exchange = await ctx.client.send('token', { form: passwordForm(ctx, WEBAPI) });
      ctx.expectStatus(exchange, 200);
      ctx.expectEqual(words((exchange.body as { scope: string }).scope), words(WEBAPI), 'scope (as a set)');
    },
  }),
  defineContract({
    name: 'token.client-credentials.status',
    behaviour: 'client_credentials with the web API scopes and a terminal answers a token for the status API',
    endpoint: 'token',
    source: '003_1e2545fd935306e0.txt',
    async run(ctx) {
      const terminal = ctx.credentials.terminal ?? ctx.skip('the credentials have no terminal (--terminal)');
      const exchange = await ctx.client.send('token', {
        form: form(ctx, { grant_type: 'client_credentials', scope: WEBAPI, terminal }),
      });
      ctx.expectStatus(exchange, 200);
      const body = exchange.body as { scope: string; refresh_token: string };
      ctx.expectEqual(words(body.scope), words(WEBAPI), 'scope (as a set)');
      ctx.expectEqual(body.refresh_token, '', 'refresh_token');
    },
  }),
  defineContract({
    name: 'token.client-credentials.transfer',
    behaviour:
      "client_credentials with scope 'transfer' bound to an order answers a one-operation transfer token",
    endpoint: 'token',
    source: '004_502b3facf531c204.txt',
    async run(ctx) {
      const exchange = await ctx.client.send('token', {
        form: form(ctx, {
          grant_type: 'client_credentials',
          scope: 'transfer',
          invoiceID: orderNumber(),
          amount: '100',
          currency: 'KZT',
          ...(ctx.credentials.terminal ? { terminal: ctx.credentials.terminal } : {}),
          postLink: '',
          failurePostLink: '',
        }),
      });
      ctx.expectStatus(exchange, 200);
      ctx.expectEqual((exchange.body as { scope: string }).scope, 'transfer', 'scope');
    },
  }),
  defineContract({
    name: 'token.client-credentials.payment',
    behaviour: "client_credentials with scope 'payment' bound to an order answers a payment-widget token",
    endpoint: 'token',
    source: 'bank documentation site (payment widget); README quick start',
    async run(ctx) {
      const exchange = await ctx.client.send('token', {
        form: form(ctx, {
          grant_type: 'client_credentials',
          scope: 'payment',
          invoiceID: orderNumber(),
          amount: '100',
          currency: 'KZT',
          ...(ctx.credentials.terminal ? { terminal: ctx.credentials.terminal } : {}),
        }),
      });
      ctx.expectStatus(exchange, 200);
      ctx.expectEqual((exchange.body as { scope: string }).scope, 'payment', 'scope');
    },
  }),
  defineContract({
    name: 'token.refresh',
    behaviour: 'a refresh_token grant renews a web API password token once (the refresh token rotates)',
    endpoint: 'token',
    source: 'emulator (OAuth2 standard; README fidelity notes: refresh tokens)',
    async run(ctx) {
      const first = await ctx.client.send('token', { form: passwordForm(ctx, 'api') });
      ctx.expectStatus(first, 200);
      const refreshToken = (first.body as { refresh_token: string }).refresh_token;
      ctx.check(refreshToken !== '', 'the password grant answered no refresh_token');
      const renewed = await ctx.client.send('token', {
        form: form(ctx, { grant_type: 'refresh_token', refresh_token: refreshToken }),
      });
      ctx.expectStatus(renewed, 200);
      const again = await ctx.client.send('token', {
        form: form(ctx, { grant_type: 'refresh_token', refresh_token: refreshToken }),
      });
      ctx.expectStatus(again, 400);
    },
  }),
];

const errors: readonly Contract[] = [
  defineContract({
    name: 'token.error.wrong-secret',
    behaviour: 'a wrong client_secret is refused with 401 invalid_client',
    endpoint: 'token',
    source: 'RFC 6749 §5.2 (the documents show no token error)',
    async run(ctx) {
      await refused(
        ctx,
        {
          ...form(ctx, { grant_type: 'client_credentials', scope: 'payment' }),
          client_secret: 'not-the-secret',
        },
        401,
        'invalid_client',
      );
    },
  }),
  defineContract({
    name: 'token.error.unknown-client',
    behaviour: 'an unknown client_id is refused with 401 invalid_client',
    endpoint: 'token',
    source: 'RFC 6749 §5.2',
    async run(ctx) {
      await refused(
        ctx,
        {
          ...form(ctx, { grant_type: 'client_credentials', scope: 'payment' }),
          client_id: 'no-such-client-0000',
        },
        401,
        'invalid_client',
      );
    },
  }),
  defineContract({
    name: 'token.error.wrong-password',
    behaviour: 'a wrong cabinet password is refused with 400 invalid_grant',
    endpoint: 'token',
    source: 'RFC 6749 §5.2',
    async run(ctx) {
      await refused(
        ctx,
        { ...passwordForm(ctx, 'transfer'), password: 'not-the-password' },
        400,
        'invalid_grant',
      );
    },
  }),
  defineContract({
    name: 'token.error.unsupported-grant',
    behaviour: 'an unknown grant_type is refused with 400 unsupported_grant_type',
    endpoint: 'token',
    source: 'RFC 6749 §5.2',
    async run(ctx) {
      await refused(
        ctx,
        form(ctx, { grant_type: 'authorization_code', scope: 'payment' }),
        400,
        'unsupported_grant_type',
      );
    },
  }),
  defineContract({
    name: 'token.error.missing-field',
    behaviour: 'a request without client_secret is refused with 400 invalid_request',
    endpoint: 'token',
    source: 'RFC 6749 §5.2',
    async run(ctx) {
      await refused(
        ctx,
        { grant_type: 'client_credentials', client_id: ctx.credentials.clientId, scope: 'payment' },
        400,
        'invalid_request',
      );
    },
  }),
  defineContract({
    name: 'token.error.unknown-scope',
    behaviour: 'an unknown scope word is refused with 400 invalid_scope',
    endpoint: 'token',
    source: 'emulator (README fidelity notes: scope spelling)',
    async run(ctx) {
      await refused(
        ctx,
        form(ctx, { grant_type: 'client_credentials', scope: 'payment no_such_scope' }),
        400,
        'invalid_scope',
      );
    },
  }),
];

/** Every token request printed in the documents succeeds as written (placeholders filled as noted). */
const examples: readonly Contract[] = FORM_EXAMPLES.map((example) =>
  defineContract({
    name: `token.example.${example.id}`,
    behaviour: `the token request example '${example.id}' succeeds as written`,
    endpoint: 'token',
    source: example.source,
    async run(ctx) {
      const fields = Object.fromEntries(
        Object.entries(example.fields).map(([k, v]) => [k, example.placeholders?.[v] ?? v]),
      );
      if (example.note) ctx.note(example.note);
      ctx.expectStatus(await ctx.client.send('token', { form: fields }), 200);
    },
  }),
);

/** The token endpoint's contracts. */
export const TOKEN_CONTRACTS: readonly Contract[] = [...successes, ...errors, ...examples];

/** A fresh 12-digit order number (004: 6 to 15 digits, unique in the last 6). */
function orderNumber(): string {
  return String(Date.now() % 1e12).padStart(12, '0');
}
