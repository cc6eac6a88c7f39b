export { type LoadedRecordings, loadRecordings } from './load-recordings.js';
export { createLowdbStore, createMemoryStore, type LowdbStoreOptions } from './lowdb-store.js';
