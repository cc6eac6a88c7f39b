/**
 * A short fingerprint of a schema's JSON (32-bit FNV-1a, hex). The generated validators carry the
 * fingerprint of the schema they were compiled from; a schema edited since is compiled at run time instead
 * of being checked by stale code.
 *
 * @example
 * schemaFingerprint(TransferRequest); // '5f0c29e1'
 */
export function schemaFingerprint(schema: unknown): string {
  const text = JSON.stringify(schema);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
