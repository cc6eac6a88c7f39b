/**
 * `epay-sandbox/contracts`: the contract schemas and endpoint table (`contracts/`), plus the contract test
 * kit: `runContracts`, the contracts and fidelity probes, the report and its table.
 */
export * from '../contracts/index.js';
export { type Contract, defineContract } from './contract.js';
export {
  type ContractContext,
  ContractFailure,
  ContractSkip,
  type TargetInfo,
} from './contract-context.js';
export { createEmulatorControl, detectEmulator, type EmulatorControl } from './emulator-control.js';
export { defineProbe, type Probe } from './probe.js';
export { createRecorder, type Recorder } from './record/index.js';
export { createRedactor, type Redactor } from './redactor.js';
export { type ContractReport, type ContractResult, formatReport, type ProbeResult } from './report.js';
export { type RunContractsOptions, runContracts } from './run-contracts.js';
export {
  ALL_CONTRACTS,
  ALL_PROBES,
  describeShape,
  LIFECYCLE_CONTRACTS,
  observeCountCasing,
  observeLikeCase,
  observePaging,
  observeSearchErrors,
  outcomeOf,
  SEARCH_PROBES,
  type SearchSend,
  STATUS_CONTRACTS,
  STATUS_PROBES,
  TOKEN_CONTRACTS,
  TOKEN_PROBES,
  TRANSFER_CONTRACTS,
  TRANSFER_PROBES,
} from './suites/index.js';
export {
  IN_PROCESS_HOSTS,
  type InProcessSandbox,
  isProductionHost,
  type SandboxTargetOptions,
  startInProcessSandbox,
} from './targets.js';
export { checkExchange, type ExchangeCheck } from './validate-exchange.js';
