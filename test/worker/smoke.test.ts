import { SELF } from 'cloudflare:test';
import { it, expect } from 'vitest';
it('works', async () => {
  const r = await SELF.fetch('http://x/healthz');
  expect(r.status).toBe(200);
});
