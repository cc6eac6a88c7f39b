import { KNOWN_SCOPES, type Scope, WEBAPI_SCOPES } from '../../../contracts/index.js';
import { oauthError } from '../errors/index.js';

/** A requested scope string, normalised: the granted scopes and the string the token response answers. */
export interface ParsedScope {
  readonly scopes: readonly Scope[];
  readonly scope: string;
}

const WEBAPI_STRING = WEBAPI_SCOPES.join(' ');
const known = new Set<string>(KNOWN_SCOPES);

/**
 * Parses a requested scope. `api` stands for the web API set (002 asks for `api` and is answered
 * `webapi usermanagement email_send verification statement statistics payment`); 000 spells two of those
 * as `web api` and `user management`, which are read as `webapi` and `usermanagement`.
 *
 * @example
 * parseScope('api').scope; // 'webapi usermanagement email_send verification statement statistics payment'
 * parseScope('transfer').scopes; // ['transfer']
 */
export function parseScope(raw: string): ParsedScope {
  const text = raw.replace(/\bweb\s+api\b/gi, 'webapi').replace(/\buser\s+management\b/gi, 'usermanagement');
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) throw oauthError('invalid_request', "field 'scope' is required");
  const scopes: Scope[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    const expanded = lower === 'api' ? WEBAPI_SCOPES : known.has(lower) ? [lower as Scope] : undefined;
    if (!expanded) unknown.push(word);
    else for (const s of expanded) if (!scopes.includes(s)) scopes.push(s);
  }
  if (unknown.length > 0) {
    throw oauthError(
      'invalid_scope',
      `unknown scope ${unknown.map((u) => `'${u}'`).join(', ')}; known scopes: api, ${KNOWN_SCOPES.join(', ')}`,
    );
  }
  const coversWebapi = WEBAPI_SCOPES.every((s) => scopes.includes(s));
  const rest = scopes.filter((s) => !(WEBAPI_SCOPES as readonly string[]).includes(s));
  const scope = coversWebapi ? [WEBAPI_STRING, ...rest].join(' ') : scopes.join(' ');
  return { scopes, scope };
}

/**
 * True when the token's scopes include at least one of `required` (an empty list allows any token).
 *
 * @example
 * allowsAny(['transfer'], ['webapi', 'statement']); // false
 */
export function allowsAny(granted: readonly string[], required: readonly string[]): boolean {
  return required.length === 0 || required.some((s) => granted.includes(s));
}
