import type { Contract } from '../contract.js';
import type { Probe } from '../probe.js';
import { SEARCH_PROBES } from './search-probes.js';
import { TOKEN_CONTRACTS } from './token-contracts.js';
import { TOKEN_PROBES } from './token-probes.js';

export { describeShape } from './describe-shape.js';
export {
  observeCountCasing,
  observeLikeCase,
  observePaging,
  observeSearchErrors,
  type SearchSend,
} from './search-observations.js';
export { SEARCH_PROBES } from './search-probes.js';
export { TOKEN_CONTRACTS } from './token-contracts.js';
export { TOKEN_PROBES } from './token-probes.js';

/** Every contract of the kit. Each endpoint area appends its list here (docs/kit.md). */
export const ALL_CONTRACTS: readonly Contract[] = [...TOKEN_CONTRACTS];

/** Every fidelity probe of the kit. */
export const ALL_PROBES: readonly Probe[] = [...TOKEN_PROBES, ...SEARCH_PROBES];
