/**
 * The hello-world Worker of the cold-start benchmark: no app, one constant answer. `GET /` answers at once;
 * `GET /read-data` first reads the two assets a cold lookup of the API reads (the data's meta and the table), so the
 * benchmark can tell what the asset reads cost from what the API's own code costs.
 */
const READS = ['/_data/meta.json', '/_data/tables/employee-medical-insurance.json'];

export default {
  async fetch(request: Request, env: { ASSETS: Fetcher }) {
    if (new URL(request.url).pathname === '/read-data')
      for (const path of READS) {
        const res = await env.ASSETS.fetch(new URL(path, request.url));
        await res.arrayBuffer();
        if (!res.ok) return new Response(`${path}: ${res.status}`, { status: 502 });
      }
    return new Response('{"pong":true}', { headers: { 'Content-Type': 'application/json' } });
  },
} satisfies ExportedHandler<{ ASSETS: Fetcher }>;
