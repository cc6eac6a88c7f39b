// Browser-safe on purpose (createApp and the msw entry import it): the node-only loaders, file-store.ts and
// load-recordings.ts, are imported by path from the node entry.
export { createLowdbStore, createMemoryStore, type LowdbStoreOptions } from './lowdb-store.js';
export { createMemoryNamespaceStorage } from './memory-namespace-storage.js';
