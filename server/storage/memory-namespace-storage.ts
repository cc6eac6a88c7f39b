import type { NamespaceStorage } from '../core/controls/index.js';
import { createMemoryStore } from './lowdb-store.js';

/**
 * Namespaces kept in memory only (tests, msw, `--in-memory`): a namespace unloaded or dropped is gone.
 *
 * @example
 * createApp({ namespaceStorage: createMemoryNamespaceStorage() });
 */
export function createMemoryNamespaceStorage(): NamespaceStorage {
  return {
    persistent: false,
    open: async (_name, initial) => createMemoryStore(initial()),
    drop: async () => undefined,
    list: async () => [],
  };
}
