import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecording, type Recording } from '../core/index.js';

/** The recordings of a folder, and the files that are not recordings (with why). */
export interface LoadedRecordings {
  readonly recordings: readonly (Recording & { readonly file: string })[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

/**
 * Reads the recording files (`*.json`) of a folder written by `epay-sandbox contracts --record DIR`.
 * Files that are not valid recordings are skipped and listed, never fatal.
 *
 * @example
 * const { recordings, skipped } = await loadRecordings('recordings');
 * const app = createApp({ recordings });
 */
export async function loadRecordings(dir: string): Promise<LoadedRecordings> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const recordings: (Recording & { file: string })[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of names) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      skipped.push({ file: name, reason: `not JSON (${(error as Error).message})` });
      continue;
    }
    if (isRecording(value)) recordings.push({ ...value, file: name });
    else
      skipped.push({ file: name, reason: 'not an epay-sandbox recording (format epay-sandbox-recording/1)' });
  }
  return { recordings, skipped };
}
