// Runs every server audit of graphql-http (the GraphQL-over-HTTP spec's own audit suite) against the
// URL given and prints the results as one JSON array: { id, name, status, reason?, response? }, where
// status is "ok", or "error" (a MUST), "warn" (a SHOULD) or "notice" (a MAY) with the reason and what
// the server answered. Exit code 0 when every audit ran, whatever the results; 2 on misuse.
//
//   node graphql-http-audit.mjs http://127.0.0.1:5000/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push(result.status === 'ok'
    ? { id: result.id, name: result.name, status: result.status }
    : { id: result.id, name: result.name, status: result.status, reason: result.reason, response: await describe(result.response) });
}

process.stdout.write(JSON.stringify(results, null, 2) + '\n');

// What the server answered, for the failure message; the audit may already have read the body.
async function describe(response) {
  const body = response.bodyUsed ? '(read by the audit)' : await response.text();
  return `${response.status} ${response.headers.get('content-type') ?? '(no content-type)'} ${body}`;
}
