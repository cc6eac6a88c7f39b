import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli } from '../support/process.js';
import { startReceiver } from '../support/receiver.js';
import { CARDS, TERMINALS, transferBody } from '../support/transfers.js';

const SECRET = 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG';
/** Full card numbers sent in the run (the test cards and two that are not). */
const PANS = [...Object.values(CARDS).map((c) => c.pan), '4111111111111111', '4405639704015097'];
const CVCS = Object.values(CARDS).map((c) => c.cvc);

describe('card data at rest, in a real sandbox process', () => {
  it('writes no full PAN or CVC to the data file, the logs, the responses or the callbacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-pan-'));
    const data = join(dir, 'data.json');
    const merchant = await startReceiver();
    const sandbox = await startCli(['--port', '0', '--data', data]);
    const seen: string[] = [];
    try {
      const token = async (): Promise<string> => {
        const fields = {
          grant_type: 'client_credentials',
          client_id: 'test',
          client_secret: SECRET,
          scope: 'transfer',
        };
        const res = await fetch(`${sandbox.url}/oauth2/token`, {
          method: 'POST',
          body: new URLSearchParams(fields),
        });
        return ((await res.json()) as { access_token: string }).access_token;
      };
      const links = { postLink: `${merchant.url}/ok`, failurePostLink: `${merchant.url}/fail` };
      const bodies = [
        ...Object.values(CARDS).map((card, i) =>
          transferBody({ card, order: { id: `50000${i}`, ...links }, sender: { save: true } }),
        ),
        transferBody({ order: { id: '600000', ...links }, sender: { cvc: '000' } }),
        transferBody({ order: { id: '600001', ...links }, sender: { expire: { month: '12', year: '29' } } }),
        transferBody({ order: { id: '600002', ...links }, sender: { cardCred: '4111111111111111' } }),
        transferBody({ order: { id: '600003', ...links }, sender: { cardCred: '4405639704015097' } }),
        transferBody({
          order: { id: '600004', ...links },
          receiver: { transferType: 'TYPECARDID', cardCred: CARDS.master.pan },
        }),
        transferBody({ order: { id: '600005', ...links, terminalId: TERMINALS.otherMerchant } }),
      ];
      let recorded = 0;
      for (const body of bodies) {
        const res = await fetch(`${sandbox.url}/api/payments/cards/auth`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        seen.push(text, JSON.stringify([...res.headers]));
        if (JSON.parse(text).id) recorded++;
      }
      expect(recorded).toBe(bodies.length - 1);
      const callbacks = await merchant.waitFor(recorded);
      for (const c of callbacks) seen.push(c.body);
      seen.push(await (await fetch(`${sandbox.url}/_sandbox/callbacks`)).text());
    } finally {
      expect(await sandbox.stop()).toBe(0);
      await merchant.close();
    }
    const file = readFileSync(data, 'utf8');
    expect(JSON.parse(file).transfers).not.toEqual({});
    const everything = [file, sandbox.output(), ...seen].join('\n');
    for (const pan of PANS) expect(everything.includes(pan), `PAN ${pan.slice(0, 6)}... found`).toBe(false);
    for (const cvc of CVCS) expect(file.includes(`"${cvc}"`), `CVC found in the data file`).toBe(false);
    expect(everything).toContain('440563...5096');
  });
});
