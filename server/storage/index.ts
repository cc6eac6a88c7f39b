export { createLowdbStore, createMemoryStore, type LowdbStoreOptions } from './lowdb-store.js';
