import type { ValidationMode } from '../contracts/index.js';

/** Outcome of one contract. */
export interface ContractResult {
  readonly name: string;
  readonly behaviour: string;
  readonly endpoint: string;
  readonly source: string;
  readonly result: 'pass' | 'fail' | 'skip';
  readonly durationMs: number;
  /** Why it failed or was skipped. */
  readonly reason?: string;
  readonly notes: readonly string[];
  /** Fields the target sent that the contract does not know (open validation), e.g. `token 200: foo`. */
  readonly extraFields: readonly string[];
  /** Requests made. */
  readonly requests: number;
}

/** Outcome of one fidelity probe: the target's answer next to the emulator's. */
export interface ProbeResult {
  readonly name: string;
  readonly question: string;
  readonly endpoint: string;
  readonly result: 'observed' | 'skip' | 'error';
  /** What the target does. */
  readonly target?: string;
  /** What the emulator does with its configured settings, and the setting that decides it. */
  readonly sandbox?: { readonly observed: string; readonly setting?: string };
  /** True when the target and the emulator answer differently. */
  readonly drift: boolean;
  readonly reason?: string;
  readonly durationMs: number;
}

/** The whole run: what `--report FILE` writes. */
export interface ContractReport {
  readonly tool: { readonly name: 'epay-sandbox'; readonly version: string };
  readonly target: {
    readonly kind: 'sandbox' | 'remote';
    readonly oauthUrl: string;
    readonly apiUrl: string;
    readonly validation: ValidationMode;
    /** The target is an epay-sandbox (in-process, or a remote one answering `/_sandbox/health`). */
    readonly emulator: boolean;
  };
  readonly startedAt: string;
  readonly durationMs: number;
  /** True when no contract failed (and, with `failOnDrift`, no probe drifted). */
  readonly ok: boolean;
  readonly summary: {
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
    /** Probes run (observed or erroring). */
    readonly probes: number;
    /** Probes skipped (their endpoint is not in the table yet, or they would write). */
    readonly probesSkipped: number;
    readonly drift: number;
  };
  readonly contracts: readonly ContractResult[];
  readonly probes: readonly ProbeResult[];
  /** Where `--record` saved the target's answers. */
  readonly recordedTo?: string;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/**
 * The report as a readable text table (what `epay-sandbox contracts` prints).
 *
 * @example
 * process.stdout.write(formatReport(await runContracts({ target: 'sandbox' })));
 */
export function formatReport(report: ContractReport): string {
  const { target } = report;
  const where =
    target.kind === 'sandbox'
      ? 'in-process sandbox'
      : `${target.oauthUrl} (OAuth), ${target.apiUrl} (API)${target.emulator ? ', an epay-sandbox' : ''}`;
  const lines = [`epay-sandbox contracts against ${where}, ${target.validation} validation`, ''];
  const nameWidth = Math.max(8, ...report.contracts.map((c) => c.name.length));
  lines.push(`${pad('CONTRACT', nameWidth)}  RESULT  ${pad('TIME', 9)}  REASON`);
  for (const c of report.contracts) {
    const result = c.result === 'fail' ? 'FAIL' : c.result;
    const extra = c.extraFields.length > 0 ? `unknown fields: ${c.extraFields.join(', ')}` : '';
    const reason = [c.reason ?? '', extra].filter(Boolean).join('; ');
    lines.push(
      `${pad(c.name, nameWidth)}  ${pad(result, 6)}  ${pad(ms(c.durationMs), 9)}  ${clip(reason, 140)}`.trimEnd(),
    );
  }
  if (report.probes.length > 0) {
    lines.push('', 'FIDELITY PROBES (target vs emulator)');
    for (const p of report.probes) {
      const flag = p.result !== 'observed' ? p.result : p.drift ? 'DRIFT' : 'same';
      lines.push(`${p.name}  ${flag}`, `  question: ${p.question}`);
      if (p.result === 'observed') {
        lines.push(`  target:   ${p.target}`);
        const setting = p.sandbox?.setting ? `  (${p.sandbox.setting})` : '';
        lines.push(`  sandbox:  ${p.sandbox?.observed}${setting}`);
      } else if (p.reason) {
        lines.push(`  ${p.result === 'skip' ? 'skipped' : 'error'}:  ${p.reason}`);
      }
    }
  }
  const s = report.summary;
  lines.push(
    '',
    `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped; ${s.probes} probes (${s.probesSkipped} skipped), ${s.drift} drift (${ms(report.durationMs)})`,
  );
  if (report.recordedTo) lines.push(`answers recorded to ${report.recordedTo}`);
  return `${lines.join('\n')}\n`;
}
