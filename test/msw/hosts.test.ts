import { http } from 'msw/core/http';
import { describe, expect, it } from 'vitest';
import { appPathFor, DEFAULT_EPAY_HOSTS, matchesBase, parseInterceptedBase } from '../../server/msw/hosts.js';

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

  it('matches every path under a bare origin, query included, and nothing on another host', () => {
    const base = parseInterceptedBase('https://testepay.homebank.kz');
    expect(matchesBase(new URL('https://testepay.homebank.kz/'), base)).toBe(true);
    expect(matchesBase(new URL('https://testepay.homebank.kz/api/refund?amount=10'), base)).toBe(true);
    expect(matchesBase(new URL('https://testoauth.homebank.kz/epay2/oauth2/token'), base)).toBe(false);
    expect(matchesBase(new URL('http://testepay.homebank.kz/api/refund'), base)).toBe(false);
  });

  it('matches a custom base only under its path prefix and port, as msw matches its pattern', () => {
    const base = parseInterceptedBase('http://localhost:8080/proxy/epay/');
    expect(matchesBase(new URL('http://localhost:8080/proxy/epay/oauth2/token'), base)).toBe(true);
    expect(matchesBase(new URL('http://localhost:8080/PROXY/Epay/oauth2/token'), base)).toBe(true);
    expect(matchesBase(new URL('http://localhost:8080/proxy/epay'), base)).toBe(false);
    expect(matchesBase(new URL('http://localhost:8080/proxy/epayment/x'), base)).toBe(false);
    expect(matchesBase(new URL('http://localhost:8081/proxy/epay/oauth2/token'), base)).toBe(false);
  });

  it('resolves a same-origin prefix against the page and matches nothing without one', () => {
    const base = parseInterceptedBase('/epay');
    const url = new URL('http://127.0.0.1:5173/epay/api/operations');
    expect(matchesBase(url, base, 'http://127.0.0.1:5173/checkout')).toBe(true);
    expect(matchesBase(url, base, 'http://127.0.0.1:4000/')).toBe(false);
    expect(matchesBase(url, base)).toBe(false);
  });

  it('agrees with msw matching the base pattern itself', async () => {
    const urls = [
      'https://testepay.homebank.kz/',
      'https://testepay.homebank.kz/api/operations?x=1#y',
      'https://testoauth.homebank.kz/epay2/oauth2/token',
      'http://localhost:8080/proxy/epay/oauth2/token',
      'http://localhost:8080/PROXY/epay/api/x',
      'http://localhost:8080/proxy/epay',
      'http://localhost:8080/proxy/epayz/x',
      'http://localhost:8081/proxy/epay/x',
    ];
    for (const value of ['https://testepay.homebank.kz', 'http://localhost:8080/proxy/epay']) {
      const base = parseInterceptedBase(value);
      const msw = http.all(base.pattern, () => undefined);
      for (const url of urls) {
        const { match } = await msw.parse({ request: new Request(url) });
        expect([value, url, matchesBase(new URL(url), base)]).toEqual([value, url, match.matches]);
      }
    }
  });
});
