import type { TSchema } from 'typebox';
import { COMMON_ERROR_RESPONSES, endpoints as ENDPOINT_TABLE, type EndpointContract } from './endpoints.js';
import { exampleJson, FORM_EXAMPLES, JSON_EXAMPLES } from './examples/index.js';
import { EPAY_HOSTS } from './hosts.js';

/** Options of {@link buildOpenApi}. */
export interface OpenApiOptions {
  /** Version of the document (the package version). */
  readonly version: string;
  /** URL of a running sandbox, listed first among the servers (default `http://127.0.0.1:7070`). */
  readonly sandboxUrl?: string;
  /** Endpoints to describe (default: the whole table). */
  readonly endpoints?: Readonly<Record<string, EndpointContract>>;
}

type Json = Record<string, unknown>;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'Success',
  201: 'Created',
  400: "Bad request (the bank's error shape)",
  401: 'Unauthorized',
  403: 'Forbidden (insufficient scope)',
  404: 'Not found',
  413: 'Request body too large',
  415: 'Unsupported content type',
};

/**
 * The OpenAPI 3.1 document of the endpoint table: every endpoint with its request and response schemas
 * (from `contracts/`), the seed documents' examples, the bank's hosts and a sandbox as servers, and the
 * OAuth scopes each route needs.
 *
 * @example
 * const doc = buildOpenApi({ version: VERSION });
 * await writeFile('openapi.json', JSON.stringify(doc, null, 2));
 */
export function buildOpenApi(options: OpenApiOptions): Json {
  const table = options.endpoints ?? ENDPOINT_TABLE;
  const sandbox = (options.sandboxUrl ?? 'http://127.0.0.1:7070').replace(/\/+$/, '');
  const schemas: Json = {};
  const ref = (schema: TSchema) => toComponent(schema, schemas);
  const servers = (host: 'oauth' | 'api') => {
    const key = host === 'oauth' ? 'oauthUrl' : 'apiUrl';
    return [
      { url: sandbox, description: 'epay-sandbox (both layouts on one port)' },
      {
        url: EPAY_HOSTS.homebankTest[key],
        description: 'bank test host, older layout (as in the documents)',
      },
      { url: EPAY_HOSTS.epaymentTest[key], description: 'bank test host, newer layout' },
      { url: EPAY_HOSTS.production[key], description: 'bank production host' },
    ];
  };

  const paths: Record<string, Json> = {};
  for (const endpoint of Object.values(table)) {
    const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const params = [
      ...[...endpoint.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...queryParameters(endpoint, ref),
    ];
    const operation: Json = {
      operationId: endpoint.id,
      summary: endpoint.summary,
      description: `Specified by ${endpoint.source}.`,
      servers: servers(endpoint.host),
      ...(params.length > 0 ? { parameters: params } : {}),
      security:
        endpoint.auth.kind === 'bearer'
          ? endpoint.auth.scopes.map((scope: string) => ({ epayOAuth: [scope] }))
          : [],
      ...(endpoint.request?.body ? { requestBody: requestBody(endpoint, ref) } : {}),
      responses: responses(endpoint, ref),
    };
    paths[path] = { ...(paths[path] ?? {}), [endpoint.method.toLowerCase()]: operation };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Halyk Bank ePay API (as emulated by epay-sandbox)',
      version: options.version,
      description:
        'Generated from the contracts of epay-sandbox: the token endpoint of the OAuth server and the ePay API. ' +
        "Examples are the ones printed in the bank's documentation excerpts. Paths are on the newer layout; " +
        'the older test hosts add /epay2 (OAuth) and /api (API), which the server URLs include.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: sandbox, description: 'epay-sandbox' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        epayOAuth: {
          type: 'oauth2',
          description:
            'Bearer tokens of the token endpoint; a route needs one of the scopes listed in its security.',
          flows: {
            password: { tokenUrl: `${EPAY_HOSTS.homebankTest.oauthUrl}/oauth2/token`, scopes: SCOPES },
            clientCredentials: {
              tokenUrl: `${EPAY_HOSTS.homebankTest.oauthUrl}/oauth2/token`,
              scopes: SCOPES,
            },
          },
        },
      },
    },
  };
}

const SCOPES: Readonly<Record<string, string>> = {
  webapi: 'web API (searches, invoices, status)',
  usermanagement: 'web API set (002)',
  email_send: 'web API set (002)',
  verification: 'web API set (002)',
  statement: 'statements and searches',
  statistics: 'web API set (002)',
  payment: 'payments and their status',
  transfer: 'P2P transfers and their search',
};

/** Query parameters from an endpoint's `query` object schema (when the table declares one). */
function queryParameters(endpoint: EndpointContract, ref: (s: TSchema) => Json): Json[] {
  const query = (endpoint as { readonly query?: TSchema }).query as
    | { properties?: Record<string, TSchema>; required?: readonly string[] }
    | undefined;
  return Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    schema: ref(schema),
  }));
}

function requestBody(endpoint: EndpointContract, ref: (s: TSchema) => Json): Json {
  const schema = ref(endpoint.request?.body as TSchema);
  const content: Json = {};
  const formExamples = FORM_EXAMPLES.filter((e) => e.endpoint === endpoint.id);
  const jsonExamples = JSON_EXAMPLES.filter((e) => e.endpoint === endpoint.id && e.kind === 'request');
  for (const type of endpoint.request?.contentTypes ?? ['application/json']) {
    const examples: Json = {};
    if (type === 'application/json') {
      for (const e of jsonExamples) examples[e.id] = example(e.source, exampleJson(e), e.note);
    }
    if (type !== 'application/json' || jsonExamples.length === 0) {
      for (const e of formExamples) {
        const note = e.placeholders
          ? `${e.note ?? ''} Placeholders: ${JSON.stringify(e.placeholders)}`.trim()
          : e.note;
        examples[e.id] = example(e.source, e.fields, note);
      }
    }
    content[type] = { schema, ...(Object.keys(examples).length > 0 ? { examples } : {}) };
  }
  return { required: true, content };
}

function responses(endpoint: EndpointContract, ref: (s: TSchema) => Json): Json {
  const all: Record<number, TSchema> = {
    ...(endpoint.host === 'api' ? COMMON_ERROR_RESPONSES : {}),
    ...endpoint.responses,
  };
  const out: Json = {};
  for (const [statusText, schema] of Object.entries(all)) {
    const status = Number(statusText);
    const examples: Json = {};
    for (const e of JSON_EXAMPLES) {
      if (e.endpoint === endpoint.id && e.kind === 'response' && e.status === status) {
        examples[e.id] = example(e.source, exampleJson(e), e.note);
      }
    }
    out[statusText] = {
      description: STATUS_TEXT[status] ?? `HTTP ${status}`,
      content: {
        'application/json': {
          schema: ref(schema),
          ...(Object.keys(examples).length > 0 ? { examples } : {}),
        },
      },
    };
  }
  return out;
}

function example(source: string, value: unknown, note?: string): Json {
  return { summary: `from ${source}`, ...(note ? { description: note } : {}), value };
}

/** Moves every schema with an `$id` into `components.schemas` and returns a `$ref` to it. */
function toComponent(schema: unknown, schemas: Json): Json {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const { $id, ...rest } = node as Json;
    const body = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, walk(v)]));
    if (typeof $id !== 'string') return body;
    if (!($id in schemas)) schemas[$id] = body;
    return { $ref: `#/components/schemas/${$id}` };
  };
  return walk(schema) as Json;
}
