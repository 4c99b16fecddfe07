import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { ANONYMOUS_CLIENT, BATCH_RATE_LIMIT, clientKey, RATE_LIMIT } from '../../src/http/ratelimit';

describe('rate-limit configuration', () => {
  it('wrangler.toml binds RATE_LIMITER and BATCH_RATE_LIMITER with the numbers the code documents (Retry-After, OpenAPI, README)', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml' }, {});
    expect(config.ratelimits).toEqual([
      { name: 'RATE_LIMITER', namespace_id: '1001', simple: { limit: RATE_LIMIT.limit, period: RATE_LIMIT.periodSeconds } },
      {
        name: 'BATCH_RATE_LIMITER',
        namespace_id: '1002',
        simple: { limit: BATCH_RATE_LIMIT.limit, period: BATCH_RATE_LIMIT.periodSeconds },
      },
    ]);
  });

  it('the load-test environment differs only by a quota no load generator reaches', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml', env: 'loadtest' }, {});
    expect(config.ratelimits).toEqual([
      { name: 'RATE_LIMITER', namespace_id: '1001', simple: { limit: 1_000_000_000, period: RATE_LIMIT.periodSeconds } },
      { name: 'BATCH_RATE_LIMITER', namespace_id: '1002', simple: { limit: 1_000_000_000, period: BATCH_RATE_LIMIT.periodSeconds } },
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
    expect(clientKey('0.0.0.0')).toBe('0.0.0.0');
  });

  it('an IPv4-mapped IPv6 address is its IPv4 address, however it is written', () => {
    for (const mapped of ['::ffff:1.2.3.4', '::FFFF:1.2.3.4', '0:0:0:0:0:ffff:1.2.3.4', '::ffff:102:304', '0000::ffff:0102:0304'])
      expect(clientKey(mapped), mapped).toBe('1.2.3.4');
    // not mapped: an IPv6 address of its own (an IPv4-compatible or NAT64 spelling is a different address)
    expect(clientKey('::1.2.3.4')).toBe('::/64');
    expect(clientKey('64:ff9b::1.2.3.4')).toBe('64:ff9b::/64');
  });

  it('IPv6 addresses are counted per /64, written canonically (RFC 5952) however they arrive', () => {
    const key = '2001:db8:1:2::/64';
    expect(clientKey('2001:db8:1:2::1')).toBe(key);
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientKey('2001:DB8:1:2:0:0:0:9')).toBe(key);
    expect(clientKey('2001:db8:1:2:0::9')).toBe(key);
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:1.2.3.4')).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key);
    expect(clientKey('::1')).toBe('::/64');
    expect(clientKey('2001:db8::')).toBe('2001:db8::/64');
    expect(clientKey('2001:0:0:1::5')).toBe('2001:0:0:1::/64');
    expect(clientKey('0:0:0:0:0:0:0:1')).toBe('::/64');
    expect(clientKey('fe80:0:0:0:1:2:3:4')).toBe('fe80::/64');
  });

  it('what is not an address (outside the edge) falls back to one shared bucket', () => {
    expect(clientKey(undefined)).toBe(ANONYMOUS_CLIENT);
    expect(clientKey('')).toBe(ANONYMOUS_CLIENT);
    expect(clientKey('x'.repeat(100))).toBe(ANONYMOUS_CLIENT);
    expect(clientKey(':'.repeat(100))).toBe(ANONYMOUS_CLIENT);
    // spellings no stack produces: leading zeros (octal in some parsers), short forms, out-of-range octets
    for (const bad of ['203.0.113.07', '010.1.1.1', '1.2.3', '1.2.3.256', '1.2.3.4.5', '0x7f.0.0.1', '127.1'])
      expect(clientKey(bad), bad).toBe(ANONYMOUS_CLIENT);
    for (const bad of [
      '1::2::3',
      '2001:db8:1:2:3:4:5:6:7',
      '2001:db8::1%eth0',
      '12345::1',
      '::ffff:1.2.3.04',
      'g::1',
      '1:2:3:4:5:6:7::8:9',
    ])
      expect(clientKey(bad), bad).toBe(ANONYMOUS_CLIENT);
  });
});
