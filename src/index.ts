import { createApp } from './app';
import { bundle } from './data';

const app = createApp(bundle);

export default app;
/** For typed clients: `hc<AppType>(url)` from hono/client. */
export type AppType = typeof app;
