export { bankMessage } from './bank-messages.js';
export {
  createFaultBook,
  DEFAULT_HOLD_MS,
  type Fault,
  type FaultBook,
  type FaultDecision,
  type FaultEffect,
  type FaultSpec,
  type Latency,
  MAX_FAULT_MS,
  parseFaultSpec,
} from './faults.js';
export {
  CALLBACKS_TARGET,
  createFaultySender,
  DEFAULT_REORDER_HOLD_MS,
  type FaultySenderOptions,
} from './faulty-sender.js';
export { cacheHistory } from './history-cache.js';
export {
  createJournal,
  DEFAULT_JOURNAL_SIZE,
  type Journal,
  type JournalControls,
  type JournalEntry,
  type JournalFilter,
  type JournalMessage,
  type PendingJournalEntry,
} from './journal.js';
export { createNamespace, DEFAULT_NAMESPACE, type Namespace, type NamespaceParts } from './namespace.js';
export { createNamespaceClock, type NamespaceClock } from './namespace-clock.js';
export {
  checkNamespaceName,
  createNamespaceRegistry,
  type NamespaceInfo,
  type NamespaceRegistry,
  type NamespaceRegistryDeps,
  type NamespaceStorage,
} from './namespace-registry.js';
export {
  type DeclineOutcome,
  describeOutcome,
  type ErrorOutcome,
  type Outcome,
  parseOutcome,
  parseOutcomeHeader,
  type SuccessOutcome,
} from './outcome.js';
export { createSeededRandom } from './random.js';
export {
  ANY_ENDPOINT,
  createScenarioBook,
  type Scenario,
  type ScenarioBook,
  type ScenarioSpec,
} from './scenarios.js';
export {
  checkSnapshotName,
  copyState,
  createSnapshotShelf,
  MAX_SNAPSHOTS,
  type Snapshot,
  type SnapshotInfo,
  type SnapshotShelf,
} from './snapshots.js';
export { readStateDocument, STATE_DOCUMENT_FORMAT, type StateDocument } from './state-document.js';
