import { describe, expect, it } from 'vitest';
import { readSimpleMultipart } from '../../server/http/simple-multipart.js';

const B = 'XyZ-123';
const TYPE = `multipart/form-data; boundary=${B}`;
const part = (header: string, value: string) => `--${B}\r\n${header}\r\n\r\n${value}\r\n`;
const field = (name: string, value: string) => part(`Content-Disposition: form-data; name="${name}"`, value);

/** What the platform parser (undici's `Response.formData`) reads: text entries, files marked, or an error. */
async function platform(body: ArrayBuffer | string, type: string): Promise<[string, string][] | 'error'> {
  try {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    return [...form].map(([name, value]) => [name, typeof value === 'string' ? value : '[file]']);
  } catch {
    return 'error';
  }
}

async function formBody(entries: [string, string][]): Promise<{ bytes: ArrayBuffer; type: string }> {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  const request = new Request('http://sandbox.test/', { method: 'POST', body: form });
  return { bytes: await request.arrayBuffer(), type: request.headers.get('content-type') ?? '' };
}

describe('readSimpleMultipart', () => {
  it('reads the fields of a FormData body as the platform parser does, in order, duplicates kept', async () => {
    const entries: [string, string][] = [
      ['grant_type', 'client_credentials'],
      ['client_id', 'test'],
      ['scope', 'payment usermanagement'],
      ['empty', ''],
      ['multiline', 'line 1\r\nline 2\r\nline 3'],
      ['unicode', 'Дана Тугумбаева, Қазақстан ✓'],
      ['name with spaces', 'x'],
      ['scope', 'webapi'],
      ['dashes', `--${B} -- ${B}--`],
    ];
    const { bytes, type } = await formBody(entries);
    const read = readSimpleMultipart(bytes, type);
    expect(read).toEqual(entries);
    expect(read).toEqual(await platform(bytes, type));
  });

  it('reads curl-style and lower-case part headers, with or without the last line break', async () => {
    for (const body of [
      `${field('a', '1')}${field('b', '2')}--${B}--\r\n`,
      `${field('a', '1')}${field('b', '2')}--${B}--`,
      `${part('content-disposition: form-data; name="a"', '1')}${field('b', '2')}--${B}--\r\n`,
    ]) {
      expect(readSimpleMultipart(body, TYPE)).toEqual([
        ['a', '1'],
        ['b', '2'],
      ]);
      expect(await platform(body, TYPE)).toEqual(readSimpleMultipart(body, TYPE));
    }
  });

  it('leaves every other body to the platform parser, which reads or rejects it', async () => {
    const others: [string, string | ArrayBuffer, string?][] = [
      ['file part', `${part('Content-Disposition: form-data; name="f"; filename="a.txt"', 'x')}--${B}--\r\n`],
      [
        'content type of a part',
        `${part('Content-Disposition: form-data; name="a"\r\nContent-Type: text/plain', '1')}--${B}--\r\n`,
      ],
      ['escaped name', `${field('a%22b', '1')}--${B}--\r\n`],
      ['byte order mark', `${field('a', '\uFEFF1')}--${B}--\r\n`],
      ['preamble', `preamble\r\n${field('a', '1')}--${B}--\r\n`],
      ['leading line break', `\r\n${field('a', '1')}--${B}--\r\n`],
      ['epilogue', `${field('a', '1')}--${B}--\r\nepilogue`],
      ['bare LF', `--${B}\nContent-Disposition: form-data; name="a"\n\n1\n--${B}--\n`],
      ['no space', `${part('Content-Disposition:form-data;name="a"', '1')}--${B}--\r\n`],
      ['upper-case form-data', `${part('Content-Disposition: Form-Data; name="a"', '1')}--${B}--\r\n`],
      ['space after the name', `${part('Content-Disposition: form-data; name="a" ', '1')}--${B}--\r\n`],
      [
        'padding after a delimiter',
        `--${B}  \r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${B}--\r\n`,
      ],
      ['no part', `--${B}--\r\n`],
      ['unterminated', `--${B}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1`],
      ['delimiter inside a value', `${field('a', `1\r\n--${B}x`)}--${B}--\r\n`],
      [
        'invalid UTF-8',
        new Uint8Array([
          ...new TextEncoder().encode(`${field('a', '')}`).slice(0, -2),
          0xff,
          0x0d,
          0x0a,
          ...new TextEncoder().encode(`--${B}--\r\n`),
        ]).buffer,
      ],
      ['quoted boundary', `${field('a', '1')}--${B}--\r\n`, `multipart/form-data; boundary="${B}"`],
      [
        'two boundaries',
        `${field('a', '1')}--${B}--\r\n`,
        `multipart/form-data; boundary=${B}; boundary=other`,
      ],
      ['no boundary', `${field('a', '1')}--${B}--\r\n`, 'multipart/form-data'],
    ];
    for (const [label, body, type = TYPE] of others) {
      expect([label, readSimpleMultipart(body, type)]).toEqual([label, undefined]);
    }
    // What the platform makes of a few of them: the fallback keeps its answer, accepted or rejected.
    expect(await platform(others[0]?.[1] ?? '', TYPE)).toEqual([['f', '[file]']]);
    expect(await platform(others[5]?.[1] ?? '', TYPE)).toEqual([['a', '1']]);
    expect(await platform(others[6]?.[1] ?? '', TYPE)).toBe('error');
  });

  it('reads an upper-case boundary parameter and a text body', async () => {
    const body = `${field('a', '1')}--${B}--\r\n`;
    expect(readSimpleMultipart(body, `Multipart/Form-Data; BOUNDARY=${B}; charset=utf-8`)).toEqual([
      ['a', '1'],
    ]);
    expect(readSimpleMultipart(new TextEncoder().encode(body).buffer, TYPE)).toEqual([['a', '1']]);
  });

  it('never reads a mutated body differently from the platform parser', async () => {
    const base = `${field('a', '1')}${part('content-disposition: form-data; name="b c"', 'x\r\ny')}--${B}--\r\n`;
    const pieces = [
      'XyZ',
      '-123',
      '\r',
      '\n',
      '\r\n',
      '-',
      '--',
      '"',
      ' ',
      ';',
      'a',
      B,
      `\r\n--${B}`,
      '%',
      '\uFEFF',
      'é',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      let body = base;
      for (let edits = 1 + next(3); edits > 0; edits--) {
        const at = next(body.length + 1);
        body =
          next(2) === 0
            ? `${body.slice(0, at)}${pieces[next(pieces.length)]}${body.slice(at)}`
            : `${body.slice(0, at)}${body.slice(at + 1 + next(3))}`;
      }
      const read = readSimpleMultipart(body, TYPE);
      if (read === undefined) continue;
      fast++;
      expect([body, read]).toEqual([body, await platform(body, TYPE)]);
    }
    expect(fast).toBeGreaterThan(20);
  });
});
