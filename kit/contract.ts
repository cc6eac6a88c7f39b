import type { ContractContext } from './contract-context.js';

/** One documented behaviour of the API, checked against a target through the client. */
export interface Contract {
  /** Stable dotted name, e.g. `token.password.transfer`; `--only token.password` selects by prefix. */
  readonly name: string;
  /** The behaviour as a sentence. */
  readonly behaviour: string;
  /** Id of the endpoint (contract table) it exercises. */
  readonly endpoint: string;
  /** Where the behaviour is specified: seed document(s), or "emulator" for sandbox choices (README). */
  readonly source: string;
  /** True when it creates data on the target (orders, transfers, invoices): remote runs need `--allow-writes`. */
  readonly writes?: boolean;
  /** Endpoint ids it needs; it is skipped while one of them is not in the table. Default: `[endpoint]`. */
  readonly requires?: readonly string[];
  /** Calls the target through `ctx.client`; throws (via `ctx.check`...) when the behaviour does not hold. */
  run(ctx: ContractContext): Promise<void>;
}

/**
 * Declares a contract (an identity function that checks the shape at compile time).
 *
 * @example
 * export const wrongSecret = defineContract({
 *   name: 'token.error.wrong-secret', endpoint: 'token', source: 'RFC 6749 §5.2',
 *   behaviour: 'a wrong client_secret is refused with 401 invalid_client',
 *   async run(ctx) { ... },
 * });
 */
export function defineContract(contract: Contract): Contract {
  return contract;
}
