import { describe, expect, it } from 'vitest';
import { createLedger } from '../../server/core/index.js';

interface Row {
  id: string;
  clientId: string;
  value: number;
}

describe('ledger', () => {
  const history: Row[] = [
    { id: 'h1', clientId: 'test', value: 1 },
    { id: 'h2', clientId: 'test', value: 2 },
  ];

  it('overlays created and changed records on the history, each id once', () => {
    const created: Record<string, Row> = {};
    const ledger = createLedger(history, () => created);
    ledger.save({ id: 'h2', clientId: 'test', value: 20 });
    ledger.save({ id: 'n1', clientId: 'test', value: 3 });
    expect([...ledger.all()].map((r) => r.value)).toEqual([1, 20, 3]);
    expect(ledger.size).toBe(3);
    expect(ledger.get('h2')?.value).toBe(20);
    expect(history[1]?.value).toBe(2);
  });

  it('tells subscribers about each save with the previous version', () => {
    const ledger = createLedger(history, () => ({}) as Record<string, Row>);
    const seen: [number, number | undefined][] = [];
    const stop = ledger.subscribe((record, previous) => seen.push([record.value, previous?.value]));
    ledger.save({ id: 'h1', clientId: 'test', value: 10 });
    stop();
    ledger.save({ id: 'h1', clientId: 'test', value: 11 });
    expect(seen).toEqual([[10, 1]]);
  });

  it('reads the state collection anew each time, so a store reset is seen', () => {
    let created: Record<string, Row> = { n: { id: 'n', clientId: 'x', value: 9 } };
    const ledger = createLedger([], () => created);
    expect(ledger.get('n')).toBeDefined();
    created = {};
    expect(ledger.get('n')).toBeUndefined();
    ledger.replaceHistory(history);
    expect(ledger.size).toBe(2);
  });
});
