import { describe, expect, it } from 'vitest';
import { CliError, parseServeArgs } from '../../server/cli-options.js';
import { DEFAULT_AUTH_CONFIG, DEFAULT_INVOICE_CONFIG } from '../../server/core/index.js';

describe('epay-sandbox --invoice-rules', () => {
  it('sets the invoice rules, alone or together with --expires-in', () => {
    expect(parseServeArgs(['--invoice-rules', 'observed'], {})).toEqual({
      kind: 'serve',
      options: { config: { invoices: { ...DEFAULT_INVOICE_CONFIG, rules: 'observed' } } },
    });
    expect(parseServeArgs(['--invoice-rules', 'DOCUMENT', '--expires-in', 'number'], {})).toEqual({
      kind: 'serve',
      options: {
        config: {
          auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: 'number' },
          invoices: { ...DEFAULT_INVOICE_CONFIG, rules: 'document' },
        },
      },
    });
  });

  it('refuses a value other than document or observed', () => {
    expect(() => parseServeArgs(['--invoice-rules', 'lenient'], {})).toThrow(CliError);
    expect(() => parseServeArgs(['--invoice-rules', 'lenient'], {})).toThrow(/document, observed/);
  });
});
