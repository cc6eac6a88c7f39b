import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { type SandboxState, upgradeState } from '../core/state/index.js';
import type { StateStore } from '../core/state/store.js';
import { createLowdbStore } from './lowdb-store.js';

/** Thrown when the data file exists but is not a sandbox state document. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/**
 * Opens (or creates) the lowdb JSON data file at `path`. Writes are atomic (temp file + rename), so the
 * file always parses, even after a crash.
 *
 * @example
 * const store = await openFileStore('.epay-sandbox/data.json', () => createInitialState(42));
 */
export async function openFileStore(path: string, initial: () => SandboxState): Promise<StateStore> {
  await mkdir(dirname(path), { recursive: true });
  const adapter = new DataFile<SandboxState>(path, {
    parse: (text) => {
      try {
        return JSON.parse(text) as SandboxState;
      } catch (error) {
        throw new DataFileError(`data file ${path} is not valid JSON: ${(error as Error).message}`);
      }
    },
    stringify: (data) => JSON.stringify(data),
  });
  const db = new Low<SandboxState>(adapter, initial());
  await db.read();
  if (!upgradeState(db.data)) {
    throw new DataFileError(`data file ${path} is not an epay-sandbox data file (schemaVersion 1)`);
  }
  const store = createLowdbStore(db);
  await store.commit();
  return store;
}
