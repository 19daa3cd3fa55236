// Runs the sample-corpus server in its own process (`node cli/... ` style, outside vitest's module graph, where
// Apollo and graphql load exactly as they do for users); prints `READY <url>` and stops cleanly on SIGTERM.
// `--corpus FOLDER --allow-corrections`: that corpus instead, with the API allowed to write its corrections file.
import { startExplorerServer } from './explorer-server';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? [args[args.indexOf('--corpus') + 1]] : undefined;
const server = await startExplorerServer({ corpus, allowCorrections: args.includes('--allow-corrections'), log: (line) => process.stderr.write(`${line}\n`) });
// A fresh Neo4j plans its first queries slowly; warm it so the browser's first requests meet the usual latency.
for (const query of ['{ stats { talks } }', '{ search(text: "kubernetes") { score } }', '{ events(first: 100) { nodes { id } } }']) {
  await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}
process.stdout.write(`READY ${server.url}\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
