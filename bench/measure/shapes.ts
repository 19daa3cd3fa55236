// Extraction cost against document size: each pathological shape (many labeled headings, one organization named by
// every speaker, long tables, runs of emphasis…) at 1×, 4× and 16× its size, read and extracted in this thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '../../ingest/extract-file';
import { loadAverage, type Measurement } from '../results';

/** From 4× to 16× the size, linear work grows 4×, quadratic work 16×: the target leaves room for noise. */
export const MAX_GROWTH = 6;
const SCALES = [1, 4, 16] as const;
const ROUNDS = 3;

/** Each shape's document of `n` units (talks, rows, runs). */
export const SHAPES: Record<string, (n: number) => string> = {
  'headings with a Speaker: label': (n) => Array.from({ length: n }, (_, i) => `## Talk ${i} about Envoy\n\nSpeaker: Jane Doe${i}\n`).join('\n'),
  'the same heading and speaker again and again': (n) => Array.from({ length: n }, () => '## Talk\n\nSpeaker: Jane Doe\n').join('\n'),
  'headings crediting their speaker': (n) => Array.from({ length: n }, (_, i) => `## Scaling Envoy number ${i} by Jane Doe${i}\n\nSome text.\n`).join('\n'),
  'Chinese labeled sections': (n) => Array.from({ length: n }, (_, i) => `### 议题${i}\n\n讲师：张三${i}，青云科技\n\n演讲概要：这是一个议题\n`).join('\n'),
  'Title: and Speaker: lines in one section': (n) => ['# Meetup', '', ...Array.from({ length: n }, (_, i) => `Title: Scaling gateway ${i}\nSpeaker: Jane Doe${i}, Acme\n`)].join('\n'),
  'table rows, one organization': (n) =>
    ['# KCD Agenda', '', '| Time | Talk | Speaker |', '| --- | --- | --- |', ...Array.from({ length: n }, (_, i) => `| 10:${i % 60} | Scaling gateway ${i} | Jane Doe${i} (Acme) |`)].join('\n'),
  'list items, one organization': (n) => ['# KubeCon Europe 2024', '', ...Array.from({ length: n }, (_, i) => `- Scaling gateway ${i} — Jane Doe${i} (Acme)`)].join('\n'),
  'nested list items': (n) => ['# KubeCon Europe 2024', '', ...Array.from({ length: n }, (_, i) => `- **Scaling gateway ${i}**\n  - Jane Doe${i}, Acme`)].join('\n'),
  'bold titles in paragraphs': (n) => ['# KubeCon Europe 2024', '', ...Array.from({ length: n }, (_, i) => `**Scaling gateway ${i}** by Jane Doe${i} from Acme.\n`)].join('\n'),
  'session blocks (Abstract, Speakers)': (n) => Array.from({ length: n }, (_, i) => `## Scaling gateway ${i}\n\n### Abstract\n\nAbout things.\n\n### Speakers\n\n- Jane Doe${i}, Acme\n`).join('\n'),
  'runs of emphasis': (n) => '*a **b '.repeat(n * 10),
  'runs of brackets': (n) => '[a]('.repeat(n * 10),
};

export interface ShapeResult {
  shape: string;
  units: number;
  seconds: number[];
  load: string;
}

/** The fastest of a few rounds: the least disturbed by other work on the machine. */
async function secondsToExtract(file: string): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const extraction = await extractFile(file);
    best = Math.min(best, (performance.now() - started) / 1000);
    // A document refused (over the size limit, say) is fast for the wrong reason: no figure rather than a false one.
    if ('reason' in extraction) throw new Error(`${path.basename(file)} was not extracted: ${extraction.reason}`);
  }
  return best;
}

export async function measureShapes(units: number, log: (line: string) => void): Promise<ShapeResult[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'talkgraph-shapes-'));
  try {
    // Warms up the reader's code and tables, which would otherwise count against the 1× size alone.
    writeFileSync(path.join(root, 'warm.md'), SHAPES['list items, one organization'](units));
    await secondsToExtract(path.join(root, 'warm.md'));
    const results: ShapeResult[] = [];
    for (const [shape, make] of Object.entries(SHAPES)) {
      const seconds: number[] = [];
      for (const scale of SCALES) {
        const file = path.join(root, `${scale}.md`);
        writeFileSync(file, make(units * scale));
        seconds.push(await secondsToExtract(file));
      }
      const result = { shape, units, seconds, load: loadAverage() };
      log(`shapes: ${shape}: ${seconds.map((s) => `${s.toFixed(3)} s`).join(', ')} (load ${result.load})`);
      results.push(result);
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function shapeRows(results: ShapeResult[]): Measurement[] {
  return results.map(({ shape, units, seconds, load }) => {
    // The 1× size is given but not counted: fixed costs and a cold reader weigh too much in it.
    const growth = seconds[2] / seconds[1];
    return {
      what: `Extraction growth, ${shape}`,
      measured: `${SCALES.map((scale, n) => `${(units * scale).toLocaleString('en-US')}: ${seconds[n].toFixed(3)} s`).join(', ')} (load ${load})`,
      ratio: `${growth.toFixed(1)}× from 4× to 16×`,
      target: `≤ ${MAX_GROWTH}×`,
      pass: growth <= MAX_GROWTH,
    };
  });
}
