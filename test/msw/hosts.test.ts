import { describe, expect, it } from 'vitest';
import { appPathFor, DEFAULT_EPAY_HOSTS, parseInterceptedBase } from '../../server/msw/hosts.js';

describe('intercepted bases', () => {
  it('intercepts the older and newer test hosts and the production hosts by default', () => {
    expect(DEFAULT_EPAY_HOSTS).toEqual(
      expect.arrayContaining([
        'https://testoauth.homebank.kz',
        'https://testepay.homebank.kz',
        'https://test-epay.homebank.kz',
        'https://test-epay-oauth.epayment.kz',
        'https://test-epay-api.epayment.kz',
        'https://test-epay.epayment.kz',
        'https://epay-oauth.homebank.kz',
        'https://epay-api.homebank.kz',
        'https://epay.homebank.kz',
      ]),
    );
  });

  it('keeps the whole path of a bare origin, query included', () => {
    const { pattern, prefix } = parseInterceptedBase('https://testepay.homebank.kz/');
    expect(pattern).toBe('https://testepay.homebank.kz/*');
    expect(appPathFor(new URL('https://testepay.homebank.kz/api/refund?amount=10'), prefix)).toBe(
      '/api/refund?amount=10',
    );
  });

  it('strips the path prefix of a custom base URL', () => {
    const { pattern, prefix } = parseInterceptedBase('http://localhost:8080/proxy/epay/');
    expect(pattern).toBe('http://localhost:8080/proxy/epay/*');
    expect(appPathFor(new URL('http://localhost:8080/proxy/epay/oauth2/token'), prefix)).toBe(
      '/oauth2/token',
    );
  });

  it('accepts a same-origin path prefix for the browser', () => {
    const { pattern, prefix } = parseInterceptedBase('/epay');
    expect(pattern).toBe('/epay/*');
    expect(appPathFor(new URL('http://127.0.0.1:5173/epay/api/operations'), prefix)).toBe('/api/operations');
  });

  it.each(['not a url', 'ftp://example.com', 'https://example.com/?x=1'])('refuses %j as a base', (value) => {
    expect(() => parseInterceptedBase(value)).toThrow(TypeError);
  });
});
