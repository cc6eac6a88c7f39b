export { type LoadedRecordings, loadRecordings } from './load-recordings.js';
export { createLowdbStore, createMemoryStore, type LowdbStoreOptions } from './lowdb-store.js';
export { createMemoryNamespaceStorage } from './memory-namespace-storage.js';
