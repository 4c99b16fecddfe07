import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { ANONYMOUS_CLIENT, clientKey, RATE_LIMIT } from '../../src/http/ratelimit';

describe('rate-limit configuration', () => {
  it('wrangler.toml binds RATE_LIMITER with the numbers the code documents (Retry-After, OpenAPI, README)', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml' }, {});
    expect(config.ratelimits).toEqual([
      { name: 'RATE_LIMITER', namespace_id: '1001', simple: { limit: RATE_LIMIT.limit, period: RATE_LIMIT.periodSeconds } },
    ]);
  });

  it('the load-test environment differs only by a quota no load generator reaches', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml', env: 'loadtest' }, {});
    expect(config.ratelimits).toEqual([
      { name: 'RATE_LIMITER', namespace_id: '1001', simple: { limit: 1_000_000_000, period: RATE_LIMIT.periodSeconds } },
    ]);
    const main = unstable_readConfig({ config: 'wrangler.toml' }, {});
    expect(config.vars).toEqual(main.vars);
    expect(config.main).toBe(main.main);
    expect(config.assets).toEqual(main.assets);
  });
});

describe('clientKey', () => {
  it('IPv4 addresses are their own key', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey(' 203.0.113.7 ')).toBe('203.0.113.7');
  });

  it('IPv6 addresses are counted per /64, however they are written', () => {
    const key = '2001:db8:1:2::/64';
    expect(clientKey('2001:db8:1:2::1')).toBe(key);
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientKey('2001:DB8:1:2:0:0:0:9')).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key);
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('no address (outside the edge) or a nonsensical one falls back to one shared bucket', () => {
    expect(clientKey(undefined)).toBe(ANONYMOUS_CLIENT);
    expect(clientKey('')).toBe(ANONYMOUS_CLIENT);
    expect(clientKey('x'.repeat(100))).toBe(ANONYMOUS_CLIENT);
    expect(clientKey(':'.repeat(100))).toBe(ANONYMOUS_CLIENT);
  });
});
