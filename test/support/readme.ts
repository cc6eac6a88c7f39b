import { readFileSync } from 'node:fs';

/** The project's README.md. */
export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The table rows of a piece of markdown, as trimmed cells (header and separator rows included).
 *
 * @example
 * tableRows('| a | b |\n| - | - |\n| 1 | 2 |'); // [['a', 'b'], ['-', '-'], ['1', '2']]
 */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}
