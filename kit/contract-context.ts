import type { EpayClient, EpayCredentials, EpayExchange, EpayHosts } from '../client/index.js';
import type { ValidationMode } from '../contracts/index.js';
import type { EmulatorControl } from './emulator-control.js';

/** The target a run talks to. */
export interface TargetInfo {
  /** `sandbox`: an in-process emulator; `remote`: hosts over HTTP (the bank's, or another sandbox). */
  readonly kind: 'sandbox' | 'remote';
  readonly hosts: EpayHosts;
  /** How answers are validated: strict (no unknown fields) for the emulator, open for a remote host. */
  readonly mode: ValidationMode;
}

/** Thrown by {@link ContractContext.check} and friends: the behaviour does not hold. */
export class ContractFailure extends Error {
  override name = 'ContractFailure';
}

/** Thrown by {@link ContractContext.skip}: the contract cannot run on this target. */
export class ContractSkip extends Error {
  override name = 'ContractSkip';
}

/** What a contract or probe gets to work with. */
export interface ContractContext {
  /** The client on the target; every answer it gets is validated against the contract table. */
  readonly client: EpayClient;
  /** A client with other credentials (same target, same validation). */
  clientWith(credentials: EpayCredentials): EpayClient;
  readonly credentials: EpayCredentials;
  readonly target: TargetInfo;
  /**
   * The target's control routes when it is an epay-sandbox (in-process, or a remote one): set-up the bank's
   * API cannot do, e.g. a payment in AUTH. Undefined on the bank's hosts: skip what needs it.
   */
  readonly emulator?: EmulatorControl;
  /**
   * Fails the contract with `message` unless `condition` holds.
   *
   * @example
   * ctx.check(token.refresh_token === '', `refresh_token is '${token.refresh_token}', expected ''`);
   */
  check(condition: unknown, message: string): void;
  /**
   * Fails unless the exchange has one of `statuses`.
   *
   * @example
   * ctx.expectStatus(exchange, [400, 401]);
   */
  expectStatus(exchange: EpayExchange, statuses: number | readonly number[]): void;
  /**
   * Fails unless `actual` deep-equals `expected` (compared as JSON, object keys in any order).
   *
   * @example
   * ctx.expectEqual(token.scope, 'transfer', 'scope');
   */
  expectEqual(actual: unknown, expected: unknown, what: string): void;
  /** Adds a line to the result (shown in the report). */
  note(text: string): void;
  /** Ends the contract as skipped. */
  skip(reason: string): never;
}

/**
 * Builds the assertion part of a context; `notes` collects `note()` lines.
 *
 * @example
 * const notes: string[] = [];
 * const ctx = { client, clientWith, credentials, target, ...createChecks(notes) };
 */
export function createChecks(
  notes: string[],
): Pick<ContractContext, 'check' | 'expectStatus' | 'expectEqual' | 'note' | 'skip'> {
  const check: ContractContext['check'] = (condition, message) => {
    if (!condition) throw new ContractFailure(message);
  };
  return {
    check,
    expectStatus(exchange, statuses) {
      const list = typeof statuses === 'number' ? [statuses] : statuses;
      check(
        list.includes(exchange.status),
        `${exchange.endpoint.id} answered ${exchange.status}, expected ${list.join(' or ')}: ${exchange.text.slice(0, 160)}`,
      );
    },
    expectEqual(actual, expected, what) {
      check(
        JSON.stringify(canonical(actual)) === JSON.stringify(canonical(expected)),
        `${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
      );
    },
    note: (text) => void notes.push(text),
    skip(reason) {
      throw new ContractSkip(reason);
    },
  };
}

/** A copy with object keys sorted, so JSON comparison ignores key order (hosts may order fields differently). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}
