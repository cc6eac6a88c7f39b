import { WEBAPI_SCOPES } from '../../contracts/index.js';
import type { ContractContext } from '../contract-context.js';
import { defineProbe, type Probe } from '../probe.js';
import { describeShape } from './describe-shape.js';

async function tokenAnswer(ctx: ContractContext, fields: Record<string, string>): Promise<unknown> {
  const exchange = await ctx.client.send('token', {
    form: { client_id: ctx.credentials.clientId, client_secret: ctx.credentials.clientSecret, ...fields },
  });
  return exchange.status === 200 ? exchange.body : `HTTP ${exchange.status}`;
}

const typeOf = (answer: unknown): string =>
  typeof answer === 'object' && answer !== null
    ? typeof (answer as { expires_in?: unknown }).expires_in
    : String(answer);

/** The token endpoint's fidelity probes. */
export const TOKEN_PROBES: readonly Probe[] = [
  defineProbe({
    name: 'token.expires-in-type',
    question: 'Is expires_in a number or a string (001/003/004 print 7200, 002 prints "900")?',
    endpoint: 'token',
    setting: (config) => `auth.expiresIn=${config.auth.expiresIn}`,
    async observe(ctx) {
      const { username = '', password = '', terminal } = ctx.credentials;
      const user = { username, password };
      const parts = [
        `password transfer: ${typeOf(await tokenAnswer(ctx, { grant_type: 'password', scope: 'transfer', ...user }))}`,
        `password api: ${typeOf(await tokenAnswer(ctx, { grant_type: 'password', scope: 'api', ...user }))}`,
        `client_credentials: ${typeOf(
          await tokenAnswer(ctx, {
            grant_type: 'client_credentials',
            scope: WEBAPI_SCOPES.join(' '),
            ...(terminal ? { terminal } : {}),
          }),
        )}`,
      ];
      return parts.join('; ');
    },
  }),
  defineProbe({
    name: 'token.api-scope-echo',
    question: "What scope does a password grant asking for 'api' answer (002 shows the web API list)?",
    endpoint: 'token',
    async observe(ctx) {
      const { username = '', password = '' } = ctx.credentials;
      const answer = await tokenAnswer(ctx, { grant_type: 'password', scope: 'api', username, password });
      return typeof answer === 'object' && answer !== null
        ? String((answer as { scope?: unknown }).scope)
        : String(answer);
    },
  }),
  defineProbe({
    name: 'token.error-shape',
    question:
      'What does the token endpoint answer for a wrong client_secret (no document shows a token error)?',
    endpoint: 'token',
    async observe(ctx) {
      const exchange = await ctx.client.send('token', {
        form: {
          grant_type: 'client_credentials',
          client_id: ctx.credentials.clientId,
          client_secret: 'not-the-secret',
          scope: 'payment',
        },
      });
      return `HTTP ${exchange.status} ${describeShape(exchange.body, exchange.text)}`;
    },
  }),
];
