import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { deployRefusal, selectedEnvironment } from '../../scripts/lib/deploy';
import { checkOrigin, isLocalOrigin, publicOrigin, wranglerPublicOrigin } from '../../scripts/lib/public-origin';

const PUBLIC = { PUBLIC_ORIGIN: 'https://api.example.gov.cn' };

describe('npm run deploy', () => {
  it('refuses the loadtest environment however it is named on the command line or in CLOUDFLARE_ENV', () => {
    for (const args of [['--env', 'loadtest'], ['--env=loadtest'], ['-e', 'loadtest'], ['-eloadtest'], ['--dry-run', '--env', 'loadtest']])
      expect(deployRefusal(args, PUBLIC), args.join(' ')).toMatch(/refuses the "loadtest" environment/);
    expect(deployRefusal([], { ...PUBLIC, CLOUDFLARE_ENV: 'loadtest' })).toMatch(/loadtest/);
    expect(selectedEnvironment(['--env', 'staging'], { CLOUDFLARE_ENV: 'loadtest' })).toBe('staging');
  });

  it('refuses a loopback public origin (the default of wrangler.toml), and deploys the top level with a public one', () => {
    expect(deployRefusal([], {})).toMatch(/PUBLIC_ORIGIN is http:\/\/localhost:8787/);
    expect(deployRefusal([], { PUBLIC_ORIGIN: 'http://127.0.0.1:9000' })).toMatch(/PUBLIC_ORIGIN/);
    expect(deployRefusal([], { PUBLIC_ORIGIN: 'https://api.example.gov.cn/' })).toMatch(/without path or trailing slash/);
    expect(deployRefusal([], PUBLIC)).toBeNull();
    expect(deployRefusal(['--dry-run'], PUBLIC)).toBeNull();
  });

  it('the script itself stops before building: exit 2 and the reason', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/deploy.ts', '--env', 'loadtest'], { encoding: 'utf8', env: { ...process.env, ...PUBLIC } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refuses the "loadtest" environment/);
    expect(r.stdout).not.toMatch(/tables:build|wrangler deploy/);
  }, 60_000);
});

describe('the public origin', () => {
  it('is wrangler.toml [vars] PUBLIC_ORIGIN, the same for the loadtest environment, unless the environment sets one', () => {
    const config = unstable_readConfig({ config: 'wrangler.toml' }, {});
    expect(wranglerPublicOrigin()).toBe(config.vars.PUBLIC_ORIGIN);
    expect(unstable_readConfig({ config: 'wrangler.toml', env: 'loadtest' }, {}).vars.PUBLIC_ORIGIN).toBe(config.vars.PUBLIC_ORIGIN);
    expect(isLocalOrigin(wranglerPublicOrigin())).toBe(true);
    expect(publicOrigin({})).toBe(wranglerPublicOrigin());
    expect(publicOrigin(PUBLIC)).toBe(PUBLIC.PUBLIC_ORIGIN);
  });

  it('must be an http(s) origin: scheme, host, port, nothing else', () => {
    expect(checkOrigin('https://api.example.gov.cn:8443', 'x')).toBe('https://api.example.gov.cn:8443');
    for (const bad of ['api.example.gov.cn', 'https://api.example.gov.cn/v1', 'ftp://api.example.gov.cn', 'https://API.example.gov.cn'])
      expect(() => checkOrigin(bad, 'x'), bad).toThrow(/PUBLIC_ORIGIN/);
  });
});
