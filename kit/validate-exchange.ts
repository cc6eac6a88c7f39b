import type { EpayExchange } from '../client/index.js';
import { COMMON_ERROR_RESPONSES, type ValidationMode, validate } from '../contracts/index.js';

/** What checking one answer against the contract table found. */
export interface ExchangeCheck {
  /** e.g. `token 200`. */
  readonly label: string;
  readonly problems: readonly string[];
  /** Unknown fields (open mode), as dotted paths. */
  readonly extraFields: readonly string[];
}

/**
 * Checks an answer against the schema the contract table declares for its endpoint and status (API routes
 * also answer the common auth/validation errors). An undeclared status or a body that is not JSON is a
 * problem.
 *
 * @example
 * const check = checkExchange(exchange, 'open');
 * if (check.problems.length) console.log(check.label, check.problems);
 */
export function checkExchange(exchange: EpayExchange, mode: ValidationMode): ExchangeCheck {
  const { endpoint, status, body } = exchange;
  const label = `${endpoint.id} ${status}`;
  const schema =
    endpoint.responses[status] ?? (endpoint.host === 'api' ? COMMON_ERROR_RESPONSES[status] : undefined);
  if (!schema) {
    const declared = Object.keys(endpoint.responses).join(', ');
    return {
      label,
      problems: [`status ${status} is not in the contract (declared: ${declared})`],
      extraFields: [],
    };
  }
  // A body that is not JSON is checked as text: it passes only where the contract declares a text answer
  // (e.g. an empty 200 body).
  const result = validate(schema, body === undefined ? exchange.text : body, mode);
  if (body === undefined && !result.ok) {
    return {
      label,
      problems: [`the body is not JSON: ${JSON.stringify(exchange.text.slice(0, 80))}`],
      extraFields: [],
    };
  }
  return { label, problems: result.ok ? [] : result.problems, extraFields: result.extraFields };
}
