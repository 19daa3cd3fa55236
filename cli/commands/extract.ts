// `talkgraph extract PATHS`: the resolved graph as JSON on stdout, no database needed.
import type { Command } from 'commander';
import { progress } from '../progress';
import { printMessages } from './messages';

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract talks, people, organizations, projects and events from documents and print the graph as JSON')
    .argument('<paths...>', 'files, folders (read recursively) or glob patterns of .md, .markdown, .mdx and .txt documents')
    .option('--compact', 'print the JSON on one line')
    .option('--corrections <file>', 'the corrections file (default: TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in each folder of PATHS)')
    .option('--explain', 'instead of JSON, say for each document what was read as a talk, a person and an organization, and why; and what was not, and why')
    .action(async (paths: string[], options: { compact?: boolean; explain?: boolean; corrections?: string }) => {
      // `talkgraph extract … | head`: a reader that stops early is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      // Each command loads what it runs when it runs (through ingest/'s front file): loading the extractors and the
      // gazetteer at start-up would add about a second to every command, `talkgraph db status` and `--help` included.
      const { explainFiles, extractDocuments, graphJson } = await import('../../ingest');
      if (options.explain) {
        for await (const line of explainFiles(paths)) process.stdout.write(`${line}\n`);
        return;
      }
      const bar = progress('extracting');
      const result = await extractDocuments(paths, { onProgress: bar.update, corrections: options.corrections });
      bar.done();
      process.stdout.write(`${JSON.stringify(graphJson(result), null, options.compact ? undefined : 2)}\n`);
      printMessages(result.messages);
      if (result.failed.length > 0) process.exitCode = 1;
    });
}
