// `talkgraph export --format graphml|csv|json`: the whole graph as files other tools open, streamed a page at a time.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats';
import { exportGraph } from '../../export/graph-export';
import { openExecutor } from '../../db/executor';

interface ExportCommandOptions {
  format: ExportFormat;
  out?: string;
  documents: boolean;
}

/** A chunk at a time, waiting when the stream's buffer is full: what keeps memory flat for a slow reader. */
function sinkOf(stream: Writable): { write(chunk: string): Promise<void> } {
  return {
    write: (chunk) => new Promise((resolve, reject) => {
      if (chunk === '') return resolve();
      stream.write(chunk, (error) => (error ? reject(error) : undefined));
      if (stream.writableNeedDrain) stream.once('drain', resolve);
      else resolve();
    }),
  };
}

function closed(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export function register(program: Command): void {
  program
    .command('export')
    .description('write the whole graph as GraphML (Gephi, yEd), CSV (nodes.csv and edges.csv) or JSON, a page at a time')
    .addOption(new Option('--format <format>', 'graphml, csv or json').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <path>', 'the file to write (graphml, json; standard output when omitted) or the folder for nodes.csv and edges.csv (csv)')
    .option('--no-documents', 'leave out Document nodes and their DESCRIBES edges')
    .action(async (options: ExportCommandOptions) => {
      if (options.format === 'csv' && !options.out) throw new Error('--format csv writes two files: give the folder for them with --out');
      const executor = openExecutor();
      const streams: Writable[] = [];
      try {
        // A reader that stops early (`| head`) is not an error.
        process.stdout.once('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') process.exit(0);
        });
        let main: Writable = process.stdout;
        let edges: Writable | undefined;
        if (options.format === 'csv') {
          mkdirSync(options.out as string, { recursive: true });
          main = createWriteStream(path.join(options.out as string, 'nodes.csv'));
          edges = createWriteStream(path.join(options.out as string, 'edges.csv'));
          streams.push(main, edges);
        } else if (options.out) {
          main = createWriteStream(options.out);
          streams.push(main);
        }
        const counts = await exportGraph(executor, options.format, { ...sinkOf(main), ...(edges ? { edges: sinkOf(edges) } : {}) }, { withoutDocuments: !options.documents });
        await Promise.all(streams.map(closed));
        process.stderr.write(`exported ${counts.nodes} nodes and ${counts.edges} edges as ${options.format}${options.out ? ` to ${options.out}` : ''}\n`);
      } finally {
        await executor.close();
      }
    });
}
