// `talkgraph bench generate` writes synthetic corpora; `talkgraph bench [run]` measures against them (bench/RESULTS.md).

import { Command, InvalidArgumentError, Option } from 'commander';
import { corpusDir, DEFAULT_SEED, DEFAULT_SIZES, generateCorpus } from '../../bench/generate';

function positiveInteger(value: string): number {
  const n = Number(value.replace(/_/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number such as 1000 or 10k');
  return n;
}

function sizeList(value: string, previous: number[] | undefined): number[] {
  return [...(previous ?? []), ...value.split(',').map(positiveInteger)];
}

function counts(value: string, n: number): number[] {
  const list = value.split(',').map(positiveInteger);
  if (list.length !== n) throw new InvalidArgumentError(`expected ${n} comma-separated numbers`);
  return list;
}

export function register(program: Command): void {
  const bench = program.command('bench').description('generate synthetic corpora and measure ingest, query and web speed against their limits');

  bench
    .command('generate')
    .description(`write seeded, deterministic corpora (default sizes ${DEFAULT_SIZES.join(', ')} into bench/out/docs-N)`)
    .addOption(new Option('--docs <n>', 'number of documents; repeat or comma-separate for several corpora').argParser(sizeList))
    .option('--out <dir>', 'output folder (only with a single --docs)')
    .option('--seed <seed>', 'random seed: the same seed writes byte-identical files', DEFAULT_SEED)
    .action(async (options: { docs?: number[]; out?: string; seed: string }) => {
      const sizes = options.docs ?? DEFAULT_SIZES;
      if (options.out && sizes.length !== 1) throw new InvalidArgumentError('--out needs exactly one --docs size');
      for (const docs of sizes) {
        const out = options.out ?? corpusDir(docs);
        const started = performance.now();
        const manifest = await generateCorpus({ docs, out, seed: options.seed, log: (line) => process.stderr.write(`  ${line}\n`) });
        const seconds = (performance.now() - started) / 1000;
        console.log(`${out}: ${manifest.docs} documents, ${(manifest.bytes / 1048576).toFixed(1)} MiB, ${manifest.talks} talks, ${manifest.people} speakers (${seconds.toFixed(1)} s)`);
      }
    });

  bench
    .command('run', { isDefault: true })
    .description('run the benchmarks and write bench/RESULTS.md')
    .option('--only <names>', 'comma-separated benchmarks to run: extraction, shapes, load, reingest, memory, queries, serving, bad-input, recovery, web; their sections replace those of the results file')
    .addOption(new Option('--sizes <n>', 'corpus sizes in documents, comma-separated').argParser(sizeList))
    .option('--seed <seed>', 'corpus seed', DEFAULT_SEED)
    .option('--results <file>', 'where to write the results', 'bench/RESULTS.md')
    .addOption(new Option('--bad-input <bad,good>', 'bad input: malformed and good documents (default 10000,1000)').argParser((v: string) => counts(v, 2)))
    .addOption(new Option('--recovery <docs,first,incremental>', 'kill recovery: corpus size, kills of a first and of an incremental ingest (default 3000,10,5)').argParser((v: string) => counts(v, 3)))
    .action(async (options: { only?: string; sizes?: number[]; seed: string; results: string; badInput?: number[]; recovery?: number[] }) => {
      const { runBenchmarks } = await import('../../bench/run');
      await runBenchmarks({
        only: options.only?.split(',').map((s) => s.trim()).filter(Boolean),
        sizes: options.sizes,
        seed: options.seed,
        resultsFile: options.results,
        badInput: options.badInput && { bad: options.badInput[0], good: options.badInput[1] },
        recovery: options.recovery && { docs: options.recovery[0], first: options.recovery[1], incremental: options.recovery[2] },
        command: `talkgraph ${process.argv.slice(2).join(' ')}`.trim(),
      });
    });
}
