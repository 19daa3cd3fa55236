// The talkgraph command line: one commander program, one register() per command file.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { register as registerDb } from './commands/db';
import { register as registerExtract } from './commands/extract';
import { register as registerIngest } from './commands/ingest';
import { register as registerServe } from './commands/serve';
import { register as registerStart } from './commands/start';
import { register as registerBench } from './commands/bench';
import { register as registerSuggestMerges } from './commands/suggest-merges';
import { register as registerExport } from './commands/export';
// Each command file exports register(program); add one import above and one call below per command
// (extract, ingest, serve, start, bench, suggest-merges, export).

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('talkgraph')
  .description('Turn notes, blog posts and schedules about cloud-native conference talks into a Neo4j knowledge graph, with a GraphQL API and a browser explorer.')
  .version(packageJson.version)
  .showHelpAfterError('(add --help for usage)');

registerDb(program);
registerExtract(program);
registerIngest(program);
registerServe(program);
registerStart(program);
registerBench(program);
registerSuggestMerges(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`talkgraph: ${reasonOf(error)}\n`);
  if (process.env.TALKGRAPH_DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'failed without a message';
}
