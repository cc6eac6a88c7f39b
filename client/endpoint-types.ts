import type { Static, TSchema } from 'typebox';
import type { EndpointId, endpoints } from '../contracts/index.js';

type Table = typeof endpoints;

/** The response schemas of an endpoint, per HTTP status. */
export type EndpointResponses<E extends EndpointId> = Table[E]['responses'];

/** The body type of an endpoint's answer with status `S` (from the contract table, not hand-copied). */
export type ResponseOf<
  E extends EndpointId,
  S extends keyof EndpointResponses<E>,
> = EndpointResponses<E>[S] extends TSchema ? Static<EndpointResponses<E>[S]> : never;

/** The body type of an endpoint's success answer (200, else 201). */
export type SuccessOf<E extends EndpointId> = 200 extends keyof EndpointResponses<E>
  ? ResponseOf<E, 200>
  : 201 extends keyof EndpointResponses<E>
    ? ResponseOf<E, 201>
    : unknown;

/** The JSON request body type of an endpoint, or `undefined` when it takes none. */
export type RequestBodyOf<E extends EndpointId> = Table[E] extends {
  readonly request: { readonly body: infer B extends TSchema };
}
  ? Static<B>
  : undefined;
