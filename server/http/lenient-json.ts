/** A parsed JSON body, and whether trailing commas had to be tolerated. */
export interface LenientParse {
  readonly value: unknown;
  readonly trailingCommas: boolean;
}

/**
 * Parses JSON strictly; failing that, retries with trailing commas before `}` or `]` removed (outside
 * strings). Only that one leniency: the transfer example of 004 has a trailing comma and must work as
 * written, while anything else a strict parser (the bank's) rejects is still rejected here.
 *
 * @example
 * parseLenientJson('{"a": 1,}'); // { value: { a: 1 }, trailingCommas: true }
 */
export function parseLenientJson(text: string): LenientParse {
  try {
    return { value: JSON.parse(text), trailingCommas: false };
  } catch (strictError) {
    const stripped = stripTrailingCommas(text);
    if (stripped === text) throw strictError;
    try {
      return { value: JSON.parse(stripped), trailingCommas: true };
    } catch {
      throw strictError;
    }
  }
}

function stripTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  let pendingComma = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      pendingComma = -1;
      inString = true;
      out += ch;
    } else if (ch === ',') {
      pendingComma = out.length;
      out += ch;
    } else if (ch === '}' || ch === ']') {
      if (pendingComma >= 0) out = out.slice(0, pendingComma) + out.slice(pendingComma + 1);
      pendingComma = -1;
      out += ch;
    } else {
      if (!/\s/.test(ch)) pendingComma = -1;
      out += ch;
    }
  }
  return out;
}
