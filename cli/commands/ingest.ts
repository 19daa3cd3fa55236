// `talkgraph ingest PATHS`: extract and load into Neo4j, replacing what changed documents said before.
import type { Command } from 'commander';
import { openExecutor } from '../../db/executor';
import type { IngestSummary } from '../../ingest';
import { progress } from '../progress';
import { printMessages } from './messages';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract documents and load the graph into Neo4j (unchanged documents are skipped)')
    .argument('<paths...>', 'files, folders (read recursively) or glob patterns')
    .option('--prune', 'also remove what deleted documents under the given folders said')
    .option('--force', 'rewrite documents even when their content did not change')
    .option('--rebuild', 'delete the whole graph first, then ingest PATHS into the empty database')
    .option('--corrections <file>', 'the corrections file (default: TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in each folder of PATHS)')
    .option('--drop-failed', 'take out what a document that fails this time said before (by default its previous version stays)')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const executor = openExecutor();
      try {
        const summary = await runIngest(executor, paths, options);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await executor.close();
      }
    });
}

export interface IngestCommandOptions {
  prune?: boolean;
  force?: boolean;
  rebuild?: boolean;
  corrections?: string;
  dropFailed?: boolean;
}

export async function runIngest(executor: ReturnType<typeof openExecutor>, paths: string[], options: IngestCommandOptions = {}): Promise<IngestSummary> {
  // Loaded when it runs, as in every command: see extract.ts.
  const { clearGraph, ingestDocuments } = await import('../../ingest');
  const { rebuild, ...ingestOptions } = options;
  if (rebuild) {
    process.stderr.write('deleting the graph before ingesting anew (--rebuild)\n');
    await clearGraph(executor);
  }
  const bar = progress('ingesting');
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const summary = await ingestDocuments(executor, paths, { ...ingestOptions, onProgress: bar.update, log });
  bar.done();
  printMessages(summary.messages);
  process.stderr.write(`${describeSummary(summary)}\n`);
  return summary;
}

export function describeSummary(s: IngestSummary): string {
  const count = (label: string): number => s.counts[label] ?? 0;
  const warnings = s.messages.filter((m) => m.severity === 'warning').length;
  const kept = s.kept.length ? ` (${plural(s.kept.length, 'previous version')} kept in the graph)` : s.dropped.length ? ` (${plural(s.dropped.length, 'previous version')} taken out)` : '';
  const also = [s.pruned ? `${s.pruned} pruned` : '', s.rekeyed ? `${s.rekeyed} re-keyed for new aliases` : '', s.failed.length ? `${s.failed.length} failed${kept}` : '']
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  return [
    `${plural(s.documents, 'document')} (${s.written} written, ${s.unchanged} unchanged${also}); the graph holds`,
    `${plural(count('Talk'), 'talk')}, ${plural(count('Person'), 'person', 'people')}, ${plural(count('Organization'), 'organization')}, ${plural(count('Project'), 'project')},`,
    `${plural(count('Event'), 'event')}, ${plural(count('Topic'), 'topic')}; ${plural(warnings, 'warning')}`,
  ].join(' ');
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
