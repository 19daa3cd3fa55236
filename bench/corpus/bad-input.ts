// A seeded corpus of hostile input mixed with good documents, for the fuzz test and the "Bad input" benchmark: files
// no reader can take (each with what its message must say), odd but readable ones, paths discovery passes over.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom, type Random } from './random';

export interface BadInputCorpus {
  good: string[];
  /** Each unreadable file and what the error naming it says. */
  broken: Map<string, RegExp>;
  /** Paths that are not read, each named in one warning. */
  passedOver: string[];
  odd: string[];
}

export interface BadInputOptions {
  seed: string | number;
  documents: number;
  /** Documents that cost a second or more to read (slow tables, front matter over its limit), at most. */
  slow: number;
  /** The share of good documents; the rest are split as below in the same proportions. Default 0.4. */
  goodShare?: number;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const FIRST = ['Jane', 'Wei', 'Priya', 'Lukas', 'Ana', 'Kenji', 'Fatima', 'Tomás'];
const LAST = ['Doe', 'Zhang', 'Nair', 'Meier', 'Silva', 'Sato', 'Haddad', 'Ruiz'];
const ORGS = ['Isovalent', 'Red Hat', 'Google', 'Microsoft', 'DaoCloud', 'Tetrate', 'Grafana Labs'];
const SUBJECTS = ['Scaling Envoy Gateway', 'eBPF Observability in Practice', 'GitOps with Flux', 'Securing Supply Chains with Sigstore', 'Autoscaling with KEDA'];

function goodDocument(random: Random, n: number): string {
  const talks = Array.from(
    { length: random.between(1, 6) },
    () => `- ${random.pick(SUBJECTS)} ${random.between(1, 99)} — ${random.pick(FIRST)} ${random.pick(LAST)} (${random.pick(ORGS)})`,
  );
  return `---\ntitle: "Picks from KubeCon Europe 202${n % 5}"\ndate: 202${n % 5}-03-2${n % 9}\n---\n\n## Day ${(n % 3) + 1}\n\n${talks.join('\n')}\n`;
}

type Unreadable = { bytes: (random: Random) => Uint8Array; reason: RegExp; slow?: true };

const UNREADABLE: Record<string, Unreadable> = {
  'alias-bomb': {
    bytes: (random) => {
      const width = random.between(5, 12);
      let yaml = `a0: &a0 [${Array(width).fill('x').join(', ')}]\n`;
      for (let level = 1; level < random.between(6, 10); level++) yaml += `a${level}: &a${level} [${Array(width).fill(`*a${level - 1}`).join(', ')}]\n`;
      return text(`---\n${yaml}---\n# Body\n`);
    },
    reason: /YAML front matter: .*aliases/,
  },
  'deep-yaml': { bytes: (random) => text(`---\nx: ${'['.repeat(random.between(70, 5000))}\n---\n`), reason: /YAML front matter/ },
  'deep-toml': { bytes: (random) => text(`+++\nx = ${'['.repeat(random.between(70, 2000))}${']'.repeat(70)}\n+++\n`), reason: /TOML front matter/ },
  'broken-yaml': { bytes: (random) => text(`---\ntitle: "never closed\ntags: [a, b\n---\n${goodDocument(random, 1)}`), reason: /YAML front matter/ },
  'broken-toml': { bytes: () => text(`+++\ntitle = 'x'\ntags = ["a" "b"]\n+++\n`), reason: /TOML front matter/ },
  unclosed: { bytes: (random) => text(`---\ntitle: x\n\n# Body ${random.between(1, 9)}\n`), reason: /never closed/ },
  'invalid-utf8': { bytes: (random) => new Uint8Array([...text(goodDocument(random, 2)), 0xc3, 0x28, ...text('\nmore\n')]), reason: /not valid UTF-8/ },
  binary: { bytes: (random) => new Uint8Array(Array.from({ length: random.between(10, 4000) }, () => random.int(256)).concat([0])), reason: /binary|UTF-16/ },
  'broken-utf16': { bytes: () => new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), reason: /not valid UTF-16LE/ },
  'too-many-aliases': { bytes: (random) => text(`---\nb: &b x\nl: [${Array(random.between(1001, 3000)).fill('*b').join(', ')}]\n---\n`), reason: /more than 1000 aliases/ },
  'huge-front-matter': { bytes: () => text(`---\ntitle: x\nnotes: "${'a'.repeat(1100 * 1024)}"\n---\n`), reason: /over the 1 MiB limit/, slow: true },
  // 90,000 talk headings, each with a "Speaker:" label (4.6 MB, under the 5 MiB cap): seconds of work, over a short budget.
  'slow-headings': {
    bytes: () => text(Array.from({ length: 90_000 }, (_, i) => `## Talk ${i} about Envoy\n\nSpeaker: Jane Doe${i}\n`).join('\n')),
    reason: /took longer than/,
    slow: true,
  },
};

/** Markdown that reads, however odd: runs of emphasis, brackets, pipes, tags, nesting. */
function oddDocument(random: Random): string {
  const runs = [
    () => '*'.repeat(random.between(1, 3000)),
    () => '['.repeat(random.between(1, 3000)) + ']('.repeat(random.between(1, 500)),
    () => '#'.repeat(random.between(1, 8)) + ' ' + '|'.repeat(random.between(1, 500)),
    () => '<div>'.repeat(random.between(1, 500)),
    () => '> '.repeat(random.between(1, 300)) + '- '.repeat(random.between(1, 300)) + 'x',
    () => Array.from({ length: random.between(1, 300) }, () => `| ${random.pick(FIRST)} | ${'**'.repeat(random.between(0, 9))} |`).join('\n'),
    () => '讲师：' + '，'.repeat(random.between(1, 500)) + '（' + '）'.repeat(random.between(1, 50)),
    () => `---\n---\n${'\n'.repeat(random.between(1, 50))}`,
  ];
  return Array.from({ length: random.between(1, 5) }, () => random.pick(runs)()).join('\n');
}

/** Writes the corpus under `root`, in seven folders: 40% good, 35% unreadable, 20% odd, 5% passed over (by default). */
export function writeBadInputCorpus(root: string, options: BadInputOptions): BadInputCorpus {
  const random = seededRandom(options.seed);
  const corpus: BadInputCorpus = { good: [], broken: new Map(), passedOver: [], odd: [] };
  let slow = 0;
  const good = options.goodShare ?? 0.4;
  // The bad share is split 35 : 20 : 5 as in the default.
  const unreadableBelow = good + ((1 - good) * 35) / 60;
  const oddBelow = good + ((1 - good) * 55) / 60;
  for (let n = 0; n < options.documents; n++) {
    const dir = path.join(root, `d${n % 7}`);
    mkdirSync(dir, { recursive: true });
    const roll = random.next();
    if (roll < good) {
      const file = path.join(dir, `good-${n}.md`);
      writeFileSync(file, goodDocument(random, n));
      corpus.good.push(file);
    } else if (roll < unreadableBelow) {
      const kind = random.pick(Object.keys(UNREADABLE).filter((name) => !UNREADABLE[name].slow || slow < options.slow));
      if (UNREADABLE[kind].slow) slow += 1;
      const file = path.join(dir, `${kind}-${n}.md`);
      writeFileSync(file, UNREADABLE[kind].bytes(random));
      corpus.broken.set(file, UNREADABLE[kind].reason);
    } else if (roll < oddBelow) {
      const file = path.join(dir, `odd-${n}.md`);
      writeFileSync(file, oddDocument(random));
      corpus.odd.push(file);
    } else {
      // Not read, and said so in a warning: hidden, a dangling link, a link loop, an empty file.
      const file = path.join(dir, random.pick([`.hidden-${n}.md`, `dangling-${n}.md`, `loop-${n}`, `empty-${n}.md`]));
      if (file.includes('.hidden')) writeFileSync(file, goodDocument(random, n));
      else if (file.includes('empty')) writeFileSync(file, '');
      else if (file.includes('dangling')) symlinkSync(`missing-${n}.md`, file);
      else symlinkSync('.', file);
      corpus.passedOver.push(file);
    }
  }
  return corpus;
}
