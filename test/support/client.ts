import {
  createEpayClient,
  type EpayClient,
  type EpayExchange,
  sandboxHosts,
  TEST_CREDENTIALS,
} from '../../client/index.js';
import { checkExchange } from '../../kit/index.js';
import { appFetch, createTestApp } from './http.js';

/** A test app and a typed client on it that checks every exchange strictly against the contracts. */
export interface CheckedClient {
  readonly app: ReturnType<typeof createTestApp>;
  readonly client: EpayClient;
  /** Every exchange so far, oldest first. */
  readonly exchanges: EpayExchange[];
  /** Contract problems of the exchanges (`label: problem; ...`): expect it to stay empty. */
  readonly problems: string[];
}

/**
 * A fresh test app with a typed client of `merchant` on it (in process, no port).
 *
 * @example
 * const { client, problems } = checkedClient('halykfinanceUSD');
 * await client.invoices.search(body);
 * expect(problems).toEqual([]);
 */
export function checkedClient(merchant: keyof typeof TEST_CREDENTIALS = 'test'): CheckedClient {
  const app = createTestApp();
  const exchanges: EpayExchange[] = [];
  const problems: string[] = [];
  const client = createEpayClient({
    ...sandboxHosts('http://sandbox.test'),
    credentials: TEST_CREDENTIALS[merchant],
    fetch: appFetch(app),
    hooks: {
      afterResponse: [
        (exchange) => {
          exchanges.push(exchange);
          const result = checkExchange(exchange, 'strict');
          if (result.problems.length > 0) problems.push(`${result.label}: ${result.problems.join('; ')}`);
        },
      ],
    },
  });
  return { app, client, exchanges, problems };
}
