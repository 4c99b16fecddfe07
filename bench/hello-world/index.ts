/** The hello-world Worker of the cold-start benchmark: no data, no app, one constant answer. */
export default {
  fetch: () => new Response('{"pong":true}', { headers: { 'Content-Type': 'application/json' } }),
} satisfies ExportedHandler;
