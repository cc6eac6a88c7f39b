import type { Context } from 'hono';

/** Request headers as node parsed them: lower-case names, duplicates joined (what `Headers#get` reads too). */
export type NodeHeaders = Readonly<Record<string, string | string[] | undefined>>;

interface NodeBindings {
  readonly incoming?: { readonly headers?: NodeHeaders };
}

/**
 * The node request's own header object when the app runs on @hono/node-server, else undefined (tests,
 * msw). Reading it costs a property lookup; `c.req.header(name)` validates the name and the value again
 * on every call (docs/decisions/0081-request-costs.md).
 *
 * @example
 * nodeHeaders(c)?.['content-type']; // 'application/x-www-form-urlencoded'
 */
export function nodeHeaders(c: Context): NodeHeaders | undefined {
  return (c.env as NodeBindings | undefined)?.incoming?.headers;
}

/**
 * One request header by its lower-case name: from node's parsed headers when there are some, else
 * `c.req.header(name)`. Same answer as `c.req.header(name)` for every header but `set-cookie`.
 *
 * @example
 * requestHeader(c, 'authorization'); // 'Bearer DCEB8O_ZM5U7SO_T_U5EJQ'
 */
export function requestHeader(c: Context, lowerName: string): string | undefined {
  const headers = nodeHeaders(c);
  if (headers === undefined) return c.req.header(lowerName);
  const value = Object.hasOwn(headers, lowerName) ? headers[lowerName] : undefined;
  return typeof value === 'string' || value === undefined ? value : c.req.header(lowerName);
}
