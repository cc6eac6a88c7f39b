import { type FileHandle, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { type SandboxState, upgradeState } from '../core/state/index.js';
import type { StateStore } from '../core/state/store.js';
import { createChangeTracker } from './change-tracker.js';
import {
  applyChanges,
  changeLine,
  fingerprint,
  headerLine,
  readStateLog,
  stateLogPath,
} from './state-log.js';

/** Thrown when the data file exists but is not a sandbox state document. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Options of {@link openFileStore}. */
export interface FileStoreOptions {
  /** Delay of the debounced write that {@link StateStore.touch} schedules. Default 200 ms. */
  touchDelayMs?: number;
  /** Compact when the log is larger than this and than the data file. Default 16 MiB. */
  compactAfterBytes?: number;
}

/**
 * Opens (or creates) the lowdb JSON data file at `path` and its state log (`<path>.log`).
 *
 * A commit appends one line with the records it changed to the log (group commit: commits that arrive
 * while a line is being written share the next one) and resolves once the line is written; the data file
 * itself is rewritten whole (atomically: temp file + rename) only when the log outgrows it, on close, and
 * after a reset or restore. So a commit costs what it changed, not the size of the state. After a crash
 * (even `kill -9`), the data file parses and the log replays every acknowledged commit; a torn last line
 * was never acknowledged and is dropped. See docs/decisions/0080-state-log.md.
 *
 * @example
 * const store = await openFileStore('.epay-sandbox/data.json', () => createInitialState(42));
 */
export async function openFileStore(
  path: string,
  initial: () => SandboxState,
  options: FileStoreOptions = {},
): Promise<StateStore> {
  await mkdir(dirname(path), { recursive: true });
  const logPath = stateLogPath(path);
  let docFingerprint: string | null = null;
  let docBytes = 0;
  const adapter = new DataFile<SandboxState>(path, {
    parse: (text) => {
      docFingerprint = fingerprint(text);
      docBytes = text.length;
      try {
        return JSON.parse(text) as SandboxState;
      } catch (error) {
        throw new DataFileError(`data file ${path} is not valid JSON: ${(error as Error).message}`);
      }
    },
    stringify: (data) => {
      const text = JSON.stringify(data);
      docFingerprint = fingerprint(text);
      docBytes = text.length;
      return text;
    },
  });
  const db = new Low<SandboxState>(adapter, initial());
  await db.read();
  if (!upgradeState(db.data)) {
    throw new DataFileError(`data file ${path} is not an epay-sandbox data file (schemaVersion 1)`);
  }

  // Replay the log of this data file (a log of another data file is stale: a compaction finished).
  let logText: string | null = null;
  try {
    logText = await readFile(logPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const previous = logText === null ? null : readStateLog(logText);
  const current = previous !== null && docFingerprint !== null && previous.header?.base === docFingerprint;
  if (current) {
    for (const commit of previous.commits) applyChanges(db.data, commit);
    if (!upgradeState(db.data)) throw new DataFileError(`state log ${logPath} broke the state`);
  }

  const tracker = createChangeTracker(db.data);
  const touchDelay = options.touchDelayMs ?? 200;
  const compactAfter = options.compactAfterBytes ?? 16 * 1024 * 1024;
  let log: FileHandle | undefined;
  let logBytes = 0;

  /** Starts an empty log over the data file as written (atomically: temp file + rename). */
  const startLog = async (): Promise<void> => {
    await log?.close();
    log = undefined;
    const fresh = `${logPath}.tmp`;
    await writeFile(fresh, headerLine(docFingerprint as string));
    await rename(fresh, logPath);
    log = await open(logPath, 'a');
    logBytes = 0;
  };

  /** Rewrites the data file from the state and starts an empty log over it. */
  const compact = async (): Promise<void> => {
    db.data = tracker.raw;
    tracker.take();
    await db.write();
    await startLog();
  };

  const append = async (): Promise<void> => {
    const changes = tracker.take();
    if (changes.kind === 'whole') return compact();
    if (changes.changes.length === 0) return;
    const line = changeLine(changes.changes);
    if (!log) log = await open(logPath, 'a');
    await log.write(line);
    logBytes += line.length;
    if (logBytes > compactAfter && logBytes > docBytes) await compact();
  };

  // One writer: appends and compactions run one after another; commits waiting share the next append.
  let running: Promise<void> | undefined;
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let compactRequested = false;
  let lastError: unknown;
  const pump = (): Promise<void> => {
    running ??= (async () => {
      try {
        while (waiting.length > 0 || tracker.dirty || compactRequested) {
          const batch = waiting;
          waiting = [];
          try {
            if (compactRequested) {
              compactRequested = false;
              await compact();
            } else await append();
            for (const w of batch) w.resolve();
          } catch (error) {
            lastError = error;
            for (const w of batch) w.reject(error);
          }
        }
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const flush = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ resolve, reject });
      void pump();
    });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  // Start from one data file and an empty log: fold a replayed log in; over a stale or missing log, write
  // a new header (the data file is complete).
  if (docFingerprint === null || (current && (previous.commits.length > 0 || previous.dropped > 0)))
    await compact();
  else await startLog();

  return {
    get state() {
      return tracker.state;
    },
    commit() {
      cancelTimer();
      return flush();
    },
    touch() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        flush().catch((error: unknown) => {
          lastError = error;
        });
      }, touchDelay);
      timer.unref();
    },
    replace(next) {
      cancelTimer();
      tracker.replace(next);
      compactRequested = true;
      return flush();
    },
    async close() {
      cancelTimer();
      // Drain first: an append may be in flight, and only once it has landed do we know whether the log
      // holds changes that the data file lacks.
      await flush().catch(() => undefined);
      if (logBytes > 0 || tracker.dirty) {
        compactRequested = true;
        await flush().catch(() => undefined);
      }
      await log?.close();
      log = undefined;
      // Everything is in the data file now: a cleanly stopped sandbox leaves that one file.
      if (!lastError && logBytes === 0 && !tracker.dirty) await rm(logPath, { force: true });
      if (lastError) lastError = undefined;
    },
  };
}

/**
 * Deletes a data file and its state log.
 *
 * @example
 * await removeFileStore('.epay-sandbox/data.namespaces/run-1.json');
 */
export async function removeFileStore(path: string): Promise<void> {
  await rm(stateLogPath(path), { force: true });
  await rm(path, { force: true });
}
