import { beforeAll } from 'vitest';
import { get } from './http';

// The Worker builds its app on the first request of an isolate (src/index.ts); under the vitest pool
// that first request also loads every module through vite, which can take seconds on a busy machine.
// Pay it here, outside any test's timeout.
beforeAll(async () => {
  await (await get('/v1/ping')).arrayBuffer();
}, 120_000);
