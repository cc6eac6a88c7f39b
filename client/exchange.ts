import type { EndpointContract } from '../contracts/index.js';

/** What a request sent: a JSON body or form fields (form fields carry credentials: redact before storing). */
export interface ExchangeRequest {
  readonly json?: unknown;
  readonly form?: Readonly<Record<string, string>>;
}

/** One request and its answer, as the client saw it. Hooks receive it; `send` returns it. */
export interface EpayExchange {
  readonly endpoint: EndpointContract;
  readonly method: string;
  readonly url: string;
  readonly request: ExchangeRequest;
  readonly status: number;
  readonly headers: Headers;
  /** The body as text. */
  readonly text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  readonly body: unknown;
  readonly durationMs: number;
}

/** Called after every answer (any status), before the client interprets it. */
export type AfterResponseHook = (exchange: EpayExchange) => void | Promise<void>;
