import { mkdir, readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { NamespaceStorage } from '../core/controls/index.js';
import { openFileStore, removeFileStore } from './file-store.js';

/**
 * The folder of the namespaces of a data file: `.epay-sandbox/data.json` keeps them in
 * `.epay-sandbox/data.namespaces/`.
 *
 * @example
 * namespaceFolder('.epay-sandbox/data.json'); // '.epay-sandbox/data.namespaces'
 */
export function namespaceFolder(dataFile: string): string {
  return join(dirname(dataFile), `${basename(dataFile, extname(dataFile))}.namespaces`);
}

/**
 * Namespaces persisted next to the data file, one lowdb JSON file per namespace (`<name>.json`, the same
 * format as the data file, with its state log `<name>.json.log`). Dropping a namespace deletes both.
 *
 * @example
 * createApp({ store, namespaceStorage: createFileNamespaceStorage('.epay-sandbox/data.namespaces') });
 */
export function createFileNamespaceStorage(folder: string): NamespaceStorage {
  const file = (name: string) => join(folder, `${name}.json`);
  return {
    persistent: true,
    async open(name, initial) {
      await mkdir(folder, { recursive: true });
      return openFileStore(file(name), initial);
    },
    async drop(name) {
      await removeFileStore(file(name));
    },
    async list() {
      try {
        return (await readdir(folder)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
