import { passesLuhn } from '../cards/index.js';
import { catalogueError } from '../errors/index.js';
import { type SandboxState, upgradeState } from '../state/index.js';

/** `format` of an exported state document. */
export const STATE_DOCUMENT_FORMAT = 'epay-sandbox/state';

/** The export of one namespace's state: what `GET /_sandbox/state` answers and `PUT` reads. */
export interface StateDocument {
  readonly format: typeof STATE_DOCUMENT_FORMAT;
  readonly version: 1;
  readonly exportedAt: string;
  readonly namespace: string;
  readonly sandboxTime: string;
  readonly state: SandboxState;
}

/** Key field of each record collection: a record must be stored under its own id. */
const KEY_FIELDS: Readonly<Record<string, string>> = {
  tokens: 'accessToken',
  refreshTokens: 'refreshToken',
  payments: 'id',
  transfers: 'id',
  savedCards: 'cardId',
  callbacks: 'id',
};

/** True when `text` holds a Luhn-valid 13–19 digit run: a full card number, which the sandbox never stores. */
const fullCardNumberIn = (text: string): boolean =>
  [...text.matchAll(/(?<!\d)\d{13,19}(?!\d)/g)].some(([run]) => passesLuhn(run));

/** Path of the first string field (ids and references aside) holding a full card number. */
function cardNumberPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return fullCardNumberIn(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && /(id|reference)$/i.test(key)) continue;
    const found = cardNumberPath(child, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

const bad = (detail: string) => catalogueError('badStateDocument', detail);
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads an imported state: a {@link StateDocument} or a bare `SandboxState` (a data file's content).
 * Checks its shape (schema version, seed, every collection an object of records stored under their own
 * ids, records owned by a merchant, no full card number anywhere) and brings older states up to date.
 * Throws 9409 naming the problem.
 *
 * @example
 * const state = readStateDocument(JSON.parse(text));
 * await sandbox.restore(state);
 */
export function readStateDocument(value: unknown): SandboxState {
  if (!isObject(value)) throw bad('expected a JSON object (an exported state document)');
  let state: unknown = value;
  if ('format' in value) {
    if (value.format !== STATE_DOCUMENT_FORMAT || value.version !== 1) {
      throw bad(`'format' must be '${STATE_DOCUMENT_FORMAT}' with 'version' 1`);
    }
    state = value.state;
  }
  if (!isObject(state)) throw bad("'state' must be an object");
  if (typeof state.seed !== 'number' || !Number.isSafeInteger(state.seed) || state.seed < 0) {
    throw bad("'seed' must be a non-negative integer");
  }
  if (!upgradeState(state))
    throw bad("not a sandbox state: 'schemaVersion' must be 1 and 'tokens' an object");
  if (state.historyEnd !== undefined && Number.isNaN(Date.parse(String(state.historyEnd)))) {
    throw bad("'historyEnd' must be an ISO-8601 instant (the end of the generated history)");
  }
  for (const [collection, records] of Object.entries(state)) {
    if (collection === 'schemaVersion' || collection === 'seed' || collection === 'historyEnd') continue;
    if (!isObject(records)) throw bad(`'${collection}' must be an object of records`);
    const keyField = KEY_FIELDS[collection];
    for (const [key, record] of Object.entries(records)) {
      if (!isObject(record)) throw bad(`'${collection}.${key}' must be an object`);
      if (keyField && record[keyField] !== key) {
        throw bad(`'${collection}.${key}' must have '${keyField}' equal to its key`);
      }
      if (keyField && typeof record.clientId !== 'string') {
        throw bad(`'${collection}.${key}.clientId' must name the merchant that owns it`);
      }
    }
  }
  const pan = cardNumberPath(state, 'state');
  if (pan)
    throw bad(`'${pan}' holds a full card number; the sandbox keeps masked cards only (440563...5096)`);
  return state;
}
