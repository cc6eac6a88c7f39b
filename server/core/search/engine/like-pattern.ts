/** One piece of a LIKE pattern: literal text, `%` (any run) or `_` (any one character). */
type Token = { readonly kind: 'text'; readonly text: string } | { readonly kind: '%' | '_' };

/** Splits a LIKE pattern; `\` escapes the next character (PostgreSQL's default escape). */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\' && i + 1 < pattern.length) {
      text += pattern[++i];
    } else if (ch === '%' || ch === '_') {
      flush();
      if (!(ch === '%' && tokens[tokens.length - 1]?.kind === '%')) tokens.push({ kind: ch });
    } else {
      text += ch;
    }
  }
  flush();
  return tokens;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `pattern` has an unescaped `%` (the documents require one in a `like` value).
 *
 * @example
 * hasWildcard('dana%'); // true
 * hasWildcard('50\\%'); // false: an escaped percent sign
 */
export function hasWildcard(pattern: string): boolean {
  return tokenize(pattern).some((t) => t.kind === '%');
}

/**
 * Compiles an SQL LIKE pattern to a matcher with PostgreSQL semantics: case-sensitive, `%` any run of
 * characters, `_` exactly one, `\` escapes. Common shapes (`abc%`, `%abc`, `%abc%`) avoid regular
 * expressions.
 *
 * @example
 * const match = compileLike('danatugumbayeva%');
 * match('danatugumbayeva@gmail.com'); // true
 */
export function compileLike(pattern: string): (value: string) => boolean {
  const tokens = tokenize(pattern);
  const texts = tokens.filter((t) => t.kind === 'text').map((t) => (t as { text: string }).text);
  const shape = tokens.map((t) => (t.kind === 'text' ? 't' : t.kind)).join('');
  const [first = ''] = texts;
  switch (shape) {
    case '':
      return (value) => value === '';
    case 't':
      return (value) => value === first;
    case '%':
      return () => true;
    case 't%':
      return (value) => value.startsWith(first);
    case '%t':
      return (value) => value.endsWith(first);
    case '%t%':
      return (value) => value.includes(first);
    default: {
      const source = tokens
        .map((t) => (t.kind === 'text' ? escapeRegExp(t.text) : t.kind === '%' ? '[\\s\\S]*' : '[\\s\\S]'))
        .join('');
      const regex = new RegExp(`^${source}$`, 'u');
      return (value) => regex.test(value);
    }
  }
}
