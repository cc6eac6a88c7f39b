import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { exampleJson, FORM_EXAMPLES, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { type EndpointContract, endpoints, validate } from '../../contracts/index.js';
import { createContractAjv } from '../../contracts/validation/contract-ajv.js';
import { PRECOMPILED_SCHEMAS } from '../../contracts/validation/precompiled-schemas.js';
import { precompiledValidator } from '../../contracts/validation/precompiled-validator.js';
import { PRECOMPILED_VALIDATORS } from '../../contracts/validation/precompiled-validators.js';
import { compilableSchema, type SchemaVariant } from '../../contracts/validation/schema-variants.js';
import { generateValidatorsModule, VALIDATORS_MODULE_PATH } from '../../scripts/validators-module.js';
import { transferBody } from '../support/transfers.js';

const ROOT = join(import.meta.dirname, '../..');
const VARIANTS: readonly SchemaVariant[] = ['strict', 'open'];

const requestExamples = (endpoint: string): unknown[] =>
  JSON_EXAMPLES.filter((e) => e.endpoint === endpoint && e.kind === 'request').map(exampleJson);

const tokenExamples = (grant: string): unknown[] => [
  ...FORM_EXAMPLES.filter((e) => e.fields.grant_type === grant).map((e) => ({ ...e.fields })),
];

/** Valid (or nearly valid) values of each precompiled schema: the documents' examples first. */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  PasswordTokenRequest: tokenExamples('password'),
  ClientCredentialsTokenRequest: tokenExamples('client_credentials'),
  RefreshTokenRequest: [
    { grant_type: 'refresh_token', client_id: 'test', client_secret: 's', refresh_token: 'R' },
  ],
  TransferRequest: [transferBody(), ...requestExamples('transfer')],
  OperationsSearchRequest: requestExamples('operationsSearch'),
  P2pOperationsSearchRequest: requestExamples('p2pOperationsSearch'),
  InvoiceCreateRequest: requestExamples('invoiceCreate'),
  InvoiceSearchRequest: requestExamples('invoiceSearch'),
  SandboxPaymentRequest: [
    {},
    { status: 'AUTH', invoiceId: '700000000001', amount: 500, currency: 'KZT', card: '440563...5096' },
  ],
};

const ODD_VALUES: readonly unknown[] = [null, 0, -1, 1.5, 'x', '', '😀', 'a'.repeat(2100), true, {}, [], [1]];

/** Each value, then variants with one field removed, replaced by an odd value, or added, at any depth. */
function mutations(value: unknown): unknown[] {
  const out: unknown[] = [value];
  if (value === null || typeof value !== 'object') return out;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const rebuild = (edit: (copy: Record<string, unknown>) => void): unknown => {
    const copy: Record<string, unknown> = Array.isArray(value)
      ? ({ ...value } as Record<string, unknown>)
      : { ...(value as Record<string, unknown>) };
    edit(copy);
    return Array.isArray(value) ? Object.values(copy) : copy;
  };
  out.push(rebuild((copy) => Object.assign(copy, { unexpectedField: 'x' })));
  for (const [key, child] of entries) {
    out.push(rebuild((copy) => delete copy[key]));
    for (const odd of ODD_VALUES) out.push(rebuild((copy) => Object.assign(copy, { [key]: odd })));
    for (const nested of mutations(child).slice(1))
      out.push(rebuild((copy) => Object.assign(copy, { [key]: nested })));
  }
  return out;
}

/** The same verdict and the same ajv errors, or a description of the difference. */
function difference(built: ValidateFunction, runtime: ValidateFunction, value: unknown): string | undefined {
  const verdicts = [built(value), runtime(value)];
  const errors = [JSON.stringify(built.errors ?? null), JSON.stringify(runtime.errors ?? null)];
  if (verdicts[0] === verdicts[1] && errors[0] === errors[1]) return undefined;
  return `${JSON.stringify(value).slice(0, 120)}: build time ${verdicts[0]} ${errors[0]?.slice(0, 200)}, run time ${verdicts[1]} ${errors[1]?.slice(0, 200)}`;
}

describe('precompiled contract validators', () => {
  it('are up to date: the committed module is what the generator makes from the schemas now', () => {
    const committed = readFileSync(join(ROOT, VALIDATORS_MODULE_PATH), 'utf8');
    // On failure: npm run generate:validators (npm run build runs it) and commit the file.
    expect(committed === generateValidatorsModule()).toBe(true);
  });

  it('serve every precompiled schema, in both variants, from build-time code', () => {
    expect(Object.keys(PRECOMPILED_VALIDATORS).sort()).toEqual(Object.keys(PRECOMPILED_SCHEMAS).sort());
    for (const [name, schema] of Object.entries(PRECOMPILED_SCHEMAS)) {
      for (const variant of VARIANTS) {
        expect(precompiledValidator(schema, variant), `${name} ${variant}`).toBe(
          PRECOMPILED_VALIDATORS[name]?.[variant],
        );
      }
    }
  });

  it('cover the request body of every endpoint that has one', () => {
    const precompiled = new Set(Object.values(PRECOMPILED_SCHEMAS));
    const bodies = Object.values(endpoints).flatMap((endpoint: EndpointContract) => {
      const body = endpoint.request?.body;
      // The token endpoint's table entry is the union; the route validates per grant (all precompiled).
      return body && endpoint.id !== 'token' ? [[endpoint.id, body] as const] : [];
    });
    expect(bodies.length).toBeGreaterThan(3);
    for (const [id, body] of bodies) expect(precompiled.has(body), id).toBe(true);
  });

  it('give the verdicts and errors of ajv compiling the schema at run time, on examples and mutations', () => {
    const ajv = createContractAjv();
    let checked = 0;
    for (const [name, schema] of Object.entries(PRECOMPILED_SCHEMAS)) {
      const samples = SAMPLES[name] ?? [];
      expect(samples.length, `${name} has samples`).toBeGreaterThan(0);
      const values = [...samples.flatMap(mutations), ...ODD_VALUES];
      for (const variant of VARIANTS) {
        const built = PRECOMPILED_VALIDATORS[name]?.[variant] as ValidateFunction;
        const runtime = ajv.compile(compilableSchema(schema, variant));
        const differences = values.map((value) => difference(built, runtime, value)).filter(Boolean);
        expect(differences, `${name} ${variant}`).toEqual([]);
        checked += values.length;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('give the verdicts and errors of run-time ajv on arbitrary JSON', () => {
    const ajv = createContractAjv();
    const pairs = Object.entries(PRECOMPILED_SCHEMAS).flatMap(([name, schema]) =>
      VARIANTS.map(
        (variant) =>
          [
            PRECOMPILED_VALIDATORS[name]?.[variant] as ValidateFunction,
            ajv.compile(compilableSchema(schema, variant)),
          ] as const,
      ),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const [built, runtime] of pairs) expect(difference(built, runtime, value)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('are not used for a schema edited after generation: it is compiled at run time instead', () => {
    const schema = PRECOMPILED_SCHEMAS.RefreshTokenRequest as unknown as Record<string, unknown>;
    const { required } = schema as { required: string[] };
    schema.required = [...required, 'scope'];
    try {
      expect(precompiledValidator(schema as never, 'strict')).toBeUndefined();
    } finally {
      schema.required = required;
    }
    expect(precompiledValidator(schema as never, 'strict')).toBe(
      PRECOMPILED_VALIDATORS.RefreshTokenRequest?.strict,
    );
  });

  it('leave other schemas to ajv at run time, with the same readable problems', () => {
    const Custom = Type.Object({ amount: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
    expect(precompiledValidator(Custom, 'strict')).toBeUndefined();
    expect(validate(Custom, { amount: 0, extra: 1 })).toMatchObject({
      ok: false,
      problems: ["field 'extra' is not allowed", "field 'amount' must be >= 1"],
      extraFields: ['extra'],
    });
    expect(validate(Custom, { amount: 5, extra: 1 }, 'open')).toMatchObject({
      ok: true,
      extraFields: ['extra'],
    });
  });
});
