import type { SandboxConfig } from '../server/core/index.js';
import type { ContractContext } from './contract-context.js';

/**
 * A point where the documents are ambiguous: the probe records what a target actually does, as a short
 * text, so the report can put the target's answer next to the emulator's.
 */
export interface Probe {
  /** Stable dotted name, e.g. `token.expires-in-type`. */
  readonly name: string;
  /** The ambiguity as a question. */
  readonly question: string;
  readonly endpoint: string;
  /** Endpoint ids it needs; it is skipped while one of them is not in the table. Default: `[endpoint]`. */
  readonly requires?: readonly string[];
  /** True when observing creates data on the target. */
  readonly writes?: boolean;
  /** The emulator setting that decides the answer, e.g. `auth.expiresIn=document` (omit when fixed). */
  setting?(config: SandboxConfig): string;
  /** Observes the target; the text must be the same for the same behaviour (it is compared). */
  observe(ctx: ContractContext): Promise<string>;
}

/**
 * Declares a fidelity probe.
 *
 * @example
 * export const expiresInType = defineProbe({
 *   name: 'token.expires-in-type', endpoint: 'token', question: 'Is expires_in a number or a string?',
 *   setting: (config) => `auth.expiresIn=${config.auth.expiresIn}`,
 *   async observe(ctx) { return typeof (await ctx.client.tokens.password()).expires_in; },
 * });
 */
export function defineProbe(probe: Probe): Probe {
  return probe;
}
