/** Replaces known secrets in any text of a report. */
export interface Redactor {
  /** Remembers a secret (ignored when shorter than 6 characters: too likely to hit ordinary text). */
  add(secret: string | undefined): void;
  /** `text` with every remembered secret replaced by `***`. */
  text(text: string): string;
}

/**
 * Creates a redactor. The kit feeds it the credentials and every token a target answers, and passes every
 * reason, note and observation through it, so no secret reaches the table or the JSON report.
 *
 * @example
 * const redactor = createRedactor(); redactor.add(credentials.clientSecret);
 * redactor.text(`secret ${credentials.clientSecret}`); // 'secret ***'
 */
export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      if (secret && secret.length >= 6) secrets.add(secret);
    },
    text(text) {
      let out = text;
      for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
      return out;
    },
  };
}
