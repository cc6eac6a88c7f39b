import { describe, expect, it } from 'vitest';
import { exampleJson, FORM_EXAMPLES, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { endpoints, TokenResponse, validate } from '../../contracts/index.js';
import { createTestApp, postForm } from '../support/http.js';

describe('token examples of the seed documents', () => {
  it.each(FORM_EXAMPLES.map((e) => [e.id, e] as const))('%s succeeds as written', async (_id, example) => {
    const fields = Object.fromEntries(
      Object.entries(example.fields).map(([k, v]) => [k, example.placeholders?.[v] ?? v]),
    );
    const app = createTestApp();
    for (const path of ['/epay2/oauth2/token', '/oauth2/token']) {
      const res = await postForm(app, path, fields);
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(validate(TokenResponse, body).ok).toBe(true);
      expect(body.scope).toBe(exampleScope(example.fields.scope ?? ''));
    }
  });

  const tokenResponses = JSON_EXAMPLES.filter((e) => e.endpoint === 'token');

  it('covers every token response printed in the documents', () => {
    expect(tokenResponses.map((e) => e.id).sort()).toEqual([
      'invoice-token-response-1',
      'invoice-token-response-2',
      'invoice-token-response-3',
      'p2p-token-response',
      'status-token-response',
      'transfer-token-response',
    ]);
  });

  it.each(tokenResponses.map((e) => [e.id, e] as const))(
    '%s validates against the token contract',
    (_id, example) => {
      const result = validate(endpoints.token.responses[200], exampleJson(example));
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );
});

/** The scope the sandbox answers for a requested scope (002 answers the web API set for "api"). */
function exampleScope(requested: string): string {
  return requested === 'api'
    ? 'webapi usermanagement email_send verification statement statistics payment'
    : requested;
}
