import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8');

describe('the README msw example', () => {
  it.each([
    ['front-end function', './example/payment-object.ts'],
    ['vitest test', './example/payment-object.test.ts'],
  ])('quotes the tested %s verbatim', async (_name, file) => {
    const readme = await read('../../README.md');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(await read(file));
  });
});
