/**
 * `record[key]` when `key` is the record's own key, else undefined: keys that come from requests
 * (`constructor`, `toString`, `__proto__`) must not reach `Object.prototype`.
 *
 * @example
 * ownValue(state.tokens, 'constructor'); // undefined, not the Object function
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
