import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInitialState, type SandboxState, type TokenRecord } from '../../server/core/index.js';
import { openFileStore } from '../../server/storage/file-store.js';
import { readStateLog, stateLogPath } from '../../server/storage/state-log.js';

const token = (accessToken: string): TokenRecord => ({
  accessToken,
  clientId: 'test',
  grantType: 'client_credentials',
  scopes: ['payment'],
  scope: 'payment',
  binding: {},
  issuedAt: '2026-11-27T10:00:00.000Z',
  expiresAt: '2026-11-27T12:00:00.000Z',
});

async function dataFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'epay-store-')), 'data.json');
}

const parse = async (file: string): Promise<SandboxState> => JSON.parse(await readFile(file, 'utf8'));

describe('file store with a state log', () => {
  it('appends a commit to the log and leaves the data file as it was', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    const before = await readFile(file, 'utf8');
    store.state.tokens.a = token('a');
    await store.commit();
    expect(await readFile(file, 'utf8')).toBe(before);
    const log = readStateLog(await readFile(stateLogPath(file), 'utf8'));
    expect(log.commits).toEqual([[{ collection: 'tokens', key: 'a', value: token('a') }]]);
    await store.close();
  });

  it('keeps a change whose append is still in flight when the store closes', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    store.state.tokens.a = token('a');
    const inFlight = store.commit(); // the append is under way when close() starts
    await store.close();
    await inFlight;
    const reopened = await openFileStore(file, () => createInitialState(42));
    expect(reopened.state.tokens.a).toEqual(token('a'));
    await reopened.close();
  });

  it('replays every acknowledged commit after a crash, nested changes and deletions included', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    store.state.tokens.a = token('a');
    store.state.tokens.b = token('b');
    await store.commit();
    const live = store.state.tokens.a as TokenRecord;
    live.usedAt = '2026-11-27T10:05:00.000Z';
    delete store.state.tokens.b;
    store.state.refreshTokens.r = { ...token('r'), refreshToken: 'r', username: 'u' } as never;
    await store.commit();
    // No close: the process "dies" here. A new store reads what is on disk.
    const reopened = await openFileStore(file, () => createInitialState(1));
    expect(reopened.state.tokens.a?.usedAt).toBe('2026-11-27T10:05:00.000Z');
    expect(reopened.state.tokens.b).toBeUndefined();
    expect(Object.keys(reopened.state.refreshTokens)).toEqual(['r']);
    expect(reopened.state.seed).toBe(42);
    await reopened.close();
  });

  it('drops a torn last line (never acknowledged) and keeps appending replayable lines after it', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    store.state.tokens.a = token('a');
    await store.commit();
    await appendFile(stateLogPath(file), '[["tokens","torn",{"accessT');
    const reopened = await openFileStore(file, () => createInitialState(42));
    expect(Object.keys(reopened.state.tokens)).toEqual(['a']);
    reopened.state.tokens.c = token('c');
    await reopened.commit();
    const third = await openFileStore(file, () => createInitialState(42));
    expect(Object.keys(third.state.tokens).sort()).toEqual(['a', 'c']);
    await third.close();
  });

  it('ignores a log left over from another data file (a compaction finished before the crash)', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    await store.close();
    await writeFile(
      stateLogPath(file),
      `${JSON.stringify({ format: 'epay-sandbox-state-log/1', base: 'not-this-file' })}\n[["tokens","old",{}]]\n`,
    );
    const reopened = await openFileStore(file, () => createInitialState(42));
    expect(reopened.state.tokens).toEqual({});
    await reopened.close();
  });

  it('makes a reset durable: the records logged before it do not come back', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    store.state.tokens.a = token('a');
    await store.commit();
    await store.replace(createInitialState(7));
    const reopened = await openFileStore(file, () => createInitialState(42));
    expect(reopened.state.seed).toBe(7);
    expect(reopened.state.tokens).toEqual({});
    await reopened.close();
  });

  it('folds the log into the data file when it outgrows it, and on close leaves the data file alone', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42), { compactAfterBytes: 2000 });
    for (let i = 0; i < 40; i++) {
      store.state.tokens[`t${i}`] = token(`t${i}`);
      await store.commit();
    }
    expect(Object.keys((await parse(file)).tokens).length).toBeGreaterThan(0);
    expect((await stat(stateLogPath(file))).size).toBeLessThan(4000);
    await store.close();
    expect(Object.keys((await parse(file)).tokens)).toHaveLength(40);
    expect(await readdir(join(file, '..'))).toEqual(['data.json']);
  });

  it('writes commits that arrive together in one line, each acknowledged once written', async () => {
    const file = await dataFile();
    const store = await openFileStore(file, () => createInitialState(42));
    const commits = Array.from({ length: 20 }, (_, i) => {
      store.state.tokens[`t${i}`] = token(`t${i}`);
      return store.commit();
    });
    await Promise.all(commits);
    const log = readStateLog(await readFile(stateLogPath(file), 'utf8'));
    expect(log.commits.flat()).toHaveLength(20);
    expect(log.commits.length).toBeLessThan(20);
    await store.close();
  });
});
