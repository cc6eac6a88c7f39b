import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runModule(code: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (exit) => resolve({ code: exit, stdout, stderr }));
  });
}

describe('package exports (built dist/)', () => {
  it("lets a user's test import runContracts from epay-sandbox/contracts and the client from epay-sandbox/client", async () => {
    const result = await runModule(`
      const kit = await import('epay-sandbox/contracts');
      const client = await import('epay-sandbox/client');
      const report = await kit.runContracts({ only: ['token.password'] });
      console.log(JSON.stringify({
        runContracts: typeof kit.runContracts,
        schema: kit.TokenResponse.type,
        createEpayClient: typeof client.createEpayClient,
        ok: report.ok,
        names: report.contracts.map((c) => c.name),
      }));
    `);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      runContracts: 'function',
      schema: 'object',
      createEpayClient: 'function',
      ok: true,
      names: ['token.password.transfer', 'token.password.api', 'token.password.webapi'],
    });
  });

  it('ships type declarations for each export', () => {
    for (const file of ['dist/kit/index.d.ts', 'dist/client/index.d.ts', 'dist/server/index.d.ts']) {
      expect(existsSync(`${ROOT}${file}`), file).toBe(true);
    }
  });
});
