// `talkgraph suggest-merges PATHS`: likely duplicate people and organizations, ranked with their evidence; --accept
// writes the first ones into the corrections file as same-as entries.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { MergeSuggestion } from '../../ingest';
import { progress } from '../progress';
import { printMessages } from './messages';

interface SuggestOptions {
  limit: string;
  json?: boolean;
  accept?: string;
  corrections?: string;
}

export function register(program: Command): void {
  program
    .command('suggest-merges')
    .description('list people and organizations that are likely one, ranked, with the evidence; --accept N writes the first N into the corrections file')
    .argument('<paths...>', 'files, folders (read recursively) or glob patterns, as for extract')
    .option('--limit <n>', 'how many suggestions to list', '20')
    .option('--json', 'print the suggestions as JSON')
    .option('--accept <n>', 'add the first N suggestions to the corrections file as same-as entries')
    .option('--corrections <file>', 'the corrections file (default: TALKGRAPH_CORRECTIONS, else talkgraph.corrections.yml in the first folder of PATHS)')
    .action(async (paths: string[], options: SuggestOptions) => {
      const { addCorrections, CORRECTIONS_FILE, correctionsFiles, extractDocuments, mergeCandidates, sameAsOf, suggestMerges } = await import('../../ingest');
      // A file --accept is to start: it holds nothing yet.
      if (options.accept !== undefined && options.corrections && !existsSync(options.corrections)) writeFileSync(options.corrections, addCorrections('', []));
      const bar = progress('extracting');
      const result = await extractDocuments(paths, { onProgress: bar.update, corrections: options.corrections });
      bar.done();
      printMessages(result.messages.filter((m) => m.severity === 'error'));
      if (!result.corrections) {
        process.exitCode = 1;
        return;
      }
      const suggestions = suggestMerges(mergeCandidates(result.graph), result.corrections.set, Math.max(Number(options.limit) || 20, Number(options.accept) || 0));
      if (options.accept !== undefined) {
        const file = correctionsFiles(paths, options.corrections)[0] ?? join(firstFolder(paths), CORRECTIONS_FILE);
        const accepted = suggestions.slice(0, Number(options.accept));
        writeFileSync(file, addCorrections(existsSync(file) ? readFileSync(file, 'utf8') : '', accepted.map(sameAsOf)));
        process.stderr.write(`added ${accepted.length} same-as corrections to ${file}\n`);
        return;
      }
      if (options.json) process.stdout.write(`${JSON.stringify(suggestions.slice(0, Number(options.limit) || 20), null, 2)}\n`);
      else process.stdout.write(describe(suggestions.slice(0, Number(options.limit) || 20)));
    });
}

function describe(suggestions: MergeSuggestion[]): string {
  if (suggestions.length === 0) return 'no likely duplicates\n';
  const lines = suggestions.map(
    (s, i) => `${String(i + 1).padStart(3)}. ${s.score.toFixed(1).padStart(4)}  ${s.label.toLowerCase()} "${s.keep.name}" = "${s.merge.name}"\n        ${s.evidence.join('; ')}\n`,
  );
  return `${lines.join('')}\naccept the first N with: talkgraph suggest-merges PATHS --accept N\n`;
}

function firstFolder(paths: string[]): string {
  const folder = paths.find((p) => existsSync(p) && statSync(p).isDirectory());
  if (!folder) throw new Error('--accept needs a folder among PATHS (or --corrections FILE) to keep the corrections file in');
  return folder;
}
