import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { exampleJson, FORM_EXAMPLES, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { buildOpenApi, EPAY_HOSTS, endpointPaths, endpoints, validate } from '../../contracts/index.js';
import { VERSION } from '../../server/version.js';
import { createTestApp } from '../support/http.js';
import { runCli } from '../support/process.js';

type Doc = {
  paths: Record<string, Record<string, Operation>>;
  servers: { url: string }[];
};
type Operation = {
  operationId: string;
  servers: { url: string }[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { content: Record<string, { examples?: Record<string, { value: unknown }> }> }>;
};

const doc = buildOpenApi({ version: VERSION }) as unknown as Doc;
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 with a maintained validator', async () => {
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('is rejected by the validator when a response loses its description or a $ref dangles (the check can fail)', async () => {
    const noDescription = structuredClone(doc) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, Record<string, unknown>> }>>;
    };
    delete noDescription.paths['/oauth2/token']?.post?.responses['200']?.description;
    expect((await validateOpenApi(noDescription as never)).valid).toBe(false);
    const dangling = JSON.parse(
      JSON.stringify(doc).replace('#/components/schemas/TokenResponse', '#/components/schemas/Nope'),
    );
    expect((await validateOpenApi(dangling)).valid).toBe(false);
  });

  it('describes every endpoint of the table on its method and path, with the bank hosts as servers', () => {
    for (const endpoint of Object.values(endpoints)) {
      const found = operations.find((o) => o.op.operationId === endpoint.id);
      expect(found, endpoint.id).toBeDefined();
      expect(found?.method).toBe(endpoint.method.toLowerCase());
      expect(found?.path).toBe(endpoint.path.replace(/:(\w+)/g, '{$1}'));
      const urls = found?.op.servers.map((server) => server.url + endpoint.path);
      const hosts = Object.values(EPAY_HOSTS).map((h) => (endpoint.host === 'oauth' ? h.oauthUrl : h.apiUrl));
      for (const host of hosts) expect(urls).toContain(host + endpoint.path);
      expect(urls).toContain(
        `https://${endpoint.host === 'oauth' ? 'testoauth' : 'testepay'}.homebank.kz${endpointPaths(endpoint)[0]}`,
      );
    }
    expect(operations).toHaveLength(Object.keys(endpoints).length);
  });

  it('carries every example of the seed documents for the endpoints of the table', () => {
    const ids = new Set<string>();
    for (const { op } of operations) {
      for (const media of Object.values(op.requestBody?.content ?? {}))
        for (const id of Object.keys(media.examples ?? {})) ids.add(id);
      for (const response of Object.values(op.responses)) {
        for (const media of Object.values(response.content))
          for (const id of Object.keys(media.examples ?? {})) ids.add(id);
      }
    }
    const expected = [...JSON_EXAMPLES, ...FORM_EXAMPLES]
      .filter((e) => e.endpoint in endpoints)
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(5);
    expect([...ids].sort()).toEqual([...new Set(expected)].sort());
  });

  it('has response examples that validate against the contract of their status', () => {
    for (const { op } of operations) {
      const endpoint = endpoints[op.operationId as keyof typeof endpoints];
      for (const [status, response] of Object.entries(op.responses)) {
        for (const example of Object.values(response.content['application/json']?.examples ?? {})) {
          const schema = endpoint.responses[Number(status) as keyof typeof endpoint.responses];
          const result = validate(schema, example.value);
          expect(result.ok ? [] : result.problems).toEqual([]);
        }
      }
    }
    const examplesOfTable = JSON_EXAMPLES.filter((e) => e.endpoint in endpoints && e.kind === 'response');
    expect(examplesOfTable.every((e) => exampleJson(e) !== undefined)).toBe(true);
  });

  it('is served at GET /openapi.json with the answering sandbox as first server', async () => {
    const res = await createTestApp().request('http://127.0.0.1:7171/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const served = (await res.json()) as Doc;
    expect(served.servers[0]?.url).toBe('http://127.0.0.1:7171');
    expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths));
  });

  it('is printed whole by epay-sandbox openapi, even through a pipe', async () => {
    const result = await runCli(['openapi']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(doc);
  });

  it('is written by epay-sandbox openapi --out (what npm run openapi runs)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'epay-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      const result = await runCli(['openapi', '--out', file]);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(doc);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
