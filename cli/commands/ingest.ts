// `talkgraph ingest PATHS`: extract and load into Neo4j, replacing what changed documents said before.
import type { Command } from 'commander';
import { openExecutor } from '../../neo4j/executor';
import { ingestDocuments, type IngestSummary } from '../../ingest/pipeline';
import { progress } from '../progress';
import { printMessages } from './messages';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract documents and load the graph into Neo4j (unchanged documents are skipped)')
    .argument('<paths...>', 'files, folders (read recursively) or glob patterns')
    .option('--prune', 'also remove what deleted documents under the given folders said')
    .option('--force', 'rewrite documents even when their content did not change')
    .action(async (paths: string[], options: { prune?: boolean; force?: boolean }) => {
      const executor = openExecutor();
      try {
        const summary = await runIngest(executor, paths, options);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await executor.close();
      }
    });
}

export async function runIngest(
  executor: ReturnType<typeof openExecutor>,
  paths: string[],
  options: { prune?: boolean; force?: boolean } = {},
): Promise<IngestSummary> {
  const bar = progress('ingesting');
  const summary = await ingestDocuments(executor, paths, { ...options, onProgress: bar.update });
  bar.done();
  printMessages(summary.messages);
  process.stderr.write(`${describeSummary(summary)}\n`);
  return summary;
}

export function describeSummary(s: IngestSummary): string {
  const count = (label: string): number => s.counts[label] ?? 0;
  const warnings = s.messages.filter((m) => m.severity === 'warning').length;
  return [
    `${s.documents} documents (${s.written} written, ${s.unchanged} unchanged${s.pruned ? `, ${s.pruned} pruned` : ''}${s.failed.length ? `, ${s.failed.length} failed` : ''}):`,
    `${count('Talk')} talks, ${count('Person')} people, ${count('Organization')} organizations, ${count('Project')} projects,`,
    `${count('Event')} events, ${count('Topic')} topics; ${warnings} warnings`,
  ].join(' ');
}
