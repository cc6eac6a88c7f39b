import { afterAll, describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { CliError, parseServeArgs, USAGE } from '../../server/cli-options.js';
import { TEST_MERCHANT, WEBAPI_SCOPE } from '../support/http.js';
import { type SandboxProcess, startCli } from '../support/process.js';

describe('search options of the command line', () => {
  it('reads --history and --search-paging, and the environment when the flags are absent', () => {
    const page = { search: { paging: 'page', maxPageSize: 1000 } };
    expect(parseServeArgs(['--history', '5000', '--search-paging', 'page'], {})).toEqual({
      kind: 'serve',
      options: { history: 5000, config: page },
    });
    const env = { EPAY_SANDBOX_HISTORY: '0', EPAY_SANDBOX_SEARCH_PAGING: 'page' };
    expect(parseServeArgs([], env)).toEqual({ kind: 'serve', options: { history: 0, config: page } });
    expect(parseServeArgs(['--history', '7'], env)).toMatchObject({ options: { history: 7 } });
  });

  it.each([
    [['--history', '-5'], /--history/],
    [['--history', 'lots'], /--history must be a whole number/],
    [['--history', '6000000'], /--history must be between 0 and 5000000/],
    [['--search-paging', 'offset'], /--search-paging must be one of skip, page/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseServeArgs(argv, {})).toThrow(CliError);
    expect(() => parseServeArgs(argv, {})).toThrow(message);
  });

  it('documents both flags and their environment variables in --help', () => {
    for (const text of [
      '--history',
      'EPAY_SANDBOX_HISTORY',
      '--search-paging',
      'EPAY_SANDBOX_SEARCH_PAGING',
    ]) {
      expect(USAGE).toContain(text);
    }
  });
});

describe('the search endpoints over HTTP', () => {
  let sandbox: SandboxProcess | undefined;
  afterAll(async () => {
    await sandbox?.stop();
  });

  it("answers 000's example request on a running server started with --history", async () => {
    sandbox = await startCli(['--port', '0', '--in-memory', '--history', '3000']);
    const form = new URLSearchParams({
      grant_type: 'password',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope: WEBAPI_SCOPE,
    });
    const token = (await (
      await fetch(`${sandbox.url}/oauth2/token`, { method: 'POST', body: form })
    ).json()) as {
      access_token: string;
    };
    const example = JSON_EXAMPLES.find((e) => e.id === 'operations-request');
    const res = await fetch(`${sandbox.url}/api/operations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: example?.raw,
    });
    const printed = exampleJson(JSON_EXAMPLES.find((e) => e.id === 'operations-response') as never);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(printed);
  });
});
