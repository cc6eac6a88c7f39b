import type { Contract } from '../contract.js';
import type { Probe } from '../probe.js';
import { INVOICE_CONTRACTS } from './invoice-contracts.js';
import { INVOICE_PROBES } from './invoice-probes.js';
import { LIFECYCLE_CONTRACTS } from './lifecycle-contracts.js';
import { SEARCH_PROBES } from './search-probes.js';
import { STATUS_CONTRACTS } from './status-contracts.js';
import { STATUS_PROBES } from './status-probes.js';
import { TOKEN_CONTRACTS } from './token-contracts.js';
import { TOKEN_PROBES } from './token-probes.js';
import { TRANSFER_CONTRACTS } from './transfer-contracts.js';
import { TRANSFER_PROBES } from './transfer-probes.js';

export { describeShape } from './describe-shape.js';
export { INVOICE_CONTRACTS } from './invoice-contracts.js';
export { INVOICE_PROBES } from './invoice-probes.js';
export { LIFECYCLE_CONTRACTS } from './lifecycle-contracts.js';
export { outcomeOf } from './money-helpers.js';
export {
  observeCountCasing,
  observeLikeCase,
  observePaging,
  observeSearchErrors,
  type SearchSend,
} from './search-observations.js';
export { SEARCH_PROBES } from './search-probes.js';
export { STATUS_CONTRACTS } from './status-contracts.js';
export { STATUS_PROBES } from './status-probes.js';
export { TOKEN_CONTRACTS } from './token-contracts.js';
export { TOKEN_PROBES } from './token-probes.js';
export { TRANSFER_CONTRACTS } from './transfer-contracts.js';
export { TRANSFER_PROBES } from './transfer-probes.js';

/** Every contract of the kit. Each endpoint area appends its list here (docs/kit.md). */
export const ALL_CONTRACTS: readonly Contract[] = [
  ...TOKEN_CONTRACTS,
  ...TRANSFER_CONTRACTS,
  ...STATUS_CONTRACTS,
  ...LIFECYCLE_CONTRACTS,
  ...INVOICE_CONTRACTS,
];

/** Every fidelity probe of the kit. */
export const ALL_PROBES: readonly Probe[] = [
  ...TOKEN_PROBES,
  ...SEARCH_PROBES,
  ...TRANSFER_PROBES,
  ...STATUS_PROBES,
  ...INVOICE_PROBES,
];
