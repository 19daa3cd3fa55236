// "Bad input": `talkgraph extract` over hostile documents mixed with good ones, as a user runs it. Exit code, every
// broken file named once, wall time and peak memory (/usr/bin/time), and the good files' facts against a run of only
// the good files. Run: npx tsx bench/bad-input.ts [documents] [slow]
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeBadInputCorpus } from './corpus/bad-input';

const CLI = path.join(import.meta.dirname, '..', 'cli', 'talkgraph.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  peakMiB: number;
}

function extract(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, CLI, 'extract', '--compact', ...args], { maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      const peak = Number(/PEAK_KB (\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, seconds: 0, peakMiB: peak / 1024 });
    });
  });
}

async function main(): Promise<void> {
  const documents = Number(process.argv[2] ?? 2000);
  const slow = Number(process.argv[3] ?? 20);
  const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-bad-input-'));
  try {
    const corpus = writeBadInputCorpus(path.join(root, 'corpus'), { seed: 'talkgraph', documents, slow });
    let started = performance.now();
    const mixed = await extract([path.join(root, 'corpus')]);
    mixed.seconds = (performance.now() - started) / 1000;
    const named = new Map<string, number>();
    for (const line of mixed.stderr.split('\n')) {
      const match = /^(.*?):(?:\d+:)? (error|warning): /.exec(line);
      if (match) named.set(match[1], (named.get(match[1]) ?? 0) + 1);
    }
    const brokenOnce = [...corpus.broken.keys()].filter((file) => named.get(file) === 1).length;
    const passedOverOnce = corpus.passedOver.filter((file) => named.get(file) === 1).length;

    const list = path.join(root, 'good.txt');
    writeFileSync(list, corpus.good.join('\n'));
    started = performance.now();
    const goodOnly = await extract(corpus.good);
    const factsOf = (run: Run) => {
      const graph = JSON.parse(run.stdout) as { documents: { path: string; sha256: string }[]; nodes: { sources: string[] }[] };
      const good = new Set(corpus.good);
      // Every node source that points into a good file, as "id path:line": the facts the good files give.
      return JSON.stringify(
        graph.nodes
          .flatMap((node) => node.sources.filter((source) => good.has(source.slice(0, source.lastIndexOf(':')))).map((source) => `${JSON.stringify(node)} ${source}`))
          .sort(),
      );
    };
    const identical = factsOf(mixed) === factsOf(goodOnly);
    const crashed = /RangeError|TypeError|out of memory|FATAL/i.test(mixed.stderr) || mixed.stdout.trim() === '';
    console.log(`| documents | ${documents} (${corpus.good.length} good, ${corpus.broken.size} unreadable of which ≤ ${slow} slow, ${corpus.odd.length} odd, ${corpus.passedOver.length} passed over) |`);
    console.log(`| exit code | ${mixed.code} |`);
    console.log(`| crashes | ${crashed ? 'yes' : 0} |`);
    console.log(`| unreadable files named exactly once | ${brokenOnce} of ${corpus.broken.size} |`);
    console.log(`| passed-over paths named exactly once | ${passedOverOnce} of ${corpus.passedOver.length} |`);
    console.log(`| good files' facts identical to a run of only the good files | ${identical ? 'yes' : 'NO'} |`);
    console.log(`| wall time, peak memory (whole process, threads included) | ${mixed.seconds.toFixed(1)} s, ${mixed.peakMiB.toFixed(0)} MiB |`);
    console.log(`| the good files alone | ${((performance.now() - started) / 1000).toFixed(1)} s, ${goodOnly.peakMiB.toFixed(0)} MiB |`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
