import { createHash } from 'node:crypto';
import type { RecordChange } from './change-tracker.js';

/** First line of a state log: the format, and the fingerprint of the data file it continues. */
export interface StateLogHeader {
  readonly format: typeof STATE_LOG_FORMAT;
  /** sha1 of the data file's text the log applies to; a log of another data file is stale. */
  readonly base: string;
}

/** Format name of the state log. */
export const STATE_LOG_FORMAT = 'epay-sandbox-state-log/1';

/**
 * The log file of a data file: `.epay-sandbox/data.json` logs to `.epay-sandbox/data.json.log`.
 *
 * @example
 * stateLogPath('.epay-sandbox/data.json'); // '.epay-sandbox/data.json.log'
 */
export const stateLogPath = (dataFile: string): string => `${dataFile}.log`;

/**
 * Fingerprint of a data file's text (which log continues it).
 *
 * @example
 * fingerprint('{"schemaVersion":1}'); // 'a1b2...'
 */
export const fingerprint = (text: string): string => createHash('sha1').update(text).digest('hex');

/**
 * The header line of a new log over a data file with fingerprint `base`.
 *
 * @example
 * await writeFile(tmp, headerLine(fingerprint(text)));
 */
export const headerLine = (base: string): string =>
  `${JSON.stringify({ format: STATE_LOG_FORMAT, base } satisfies StateLogHeader)}\n`;

/**
 * One commit as one line: `[[collection, key, value], [collection, key]]` (a pair deletes). A line is
 * written with one `write`, so a crash leaves at most one torn line, the last, which was never
 * acknowledged and is dropped on replay.
 *
 * @example
 * changeLine([{ collection: 'tokens', key: 'abc', value: token }]); // '[["tokens","abc",{...}]]\n'
 */
export function changeLine(changes: readonly RecordChange[]): string {
  const entries = changes.map((c) =>
    c.value === undefined ? [c.collection, c.key] : [c.collection, c.key, c.value],
  );
  return `${JSON.stringify(entries)}\n`;
}

/** A log as read back: its header and its changes, and what was dropped. */
export interface ReadStateLog {
  readonly header: StateLogHeader | null;
  readonly commits: readonly (readonly RecordChange[])[];
  /** Lines that did not parse (a torn last line after a crash). */
  readonly dropped: number;
}

const isEntry = (value: unknown): value is [string, string] | [string, string, unknown] =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 3) &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string';

/**
 * Parses a log's text. Replay stops at the first line that does not parse: only the last line can be torn
 * (a crash during its write), and a commit is acknowledged only once its line is written.
 *
 * @example
 * const { header, commits } = readStateLog(await readFile(stateLogPath(file), 'utf8'));
 */
export function readStateLog(text: string): ReadStateLog {
  const lines = text.split('\n');
  let header: StateLogHeader | null = null;
  const commits: RecordChange[][] = [];
  let dropped = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      dropped = lines.slice(index).filter((l) => l !== '').length;
      break;
    }
    if (index === 0) {
      const h = value as Partial<StateLogHeader>;
      if (h?.format !== STATE_LOG_FORMAT || typeof h.base !== 'string')
        return { header: null, commits, dropped };
      header = h as StateLogHeader;
      continue;
    }
    if (!Array.isArray(value) || !value.every(isEntry)) {
      dropped = lines.slice(index).filter((l) => l !== '').length;
      break;
    }
    commits.push(value.map(([collection, key, v]) => ({ collection, key, value: v })));
  }
  return { header, commits, dropped };
}

/**
 * Applies logged changes to a state parsed from its data file, in order.
 *
 * @example
 * applyChanges(state, commits.flat());
 */
export function applyChanges(state: object, changes: readonly RecordChange[]): void {
  const collections = state as Record<string, Record<string, unknown> | undefined>;
  for (const { collection, key, value } of changes) {
    if (collection === '__proto__' || key === '__proto__') continue;
    collections[collection] ??= {};
    const records = collections[collection];
    if (value === undefined) delete records[key];
    else records[key] = value;
  }
}
