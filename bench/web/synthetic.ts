// A subgraph shaped like the views talkgraph shows, of any size: seeded, so that every round draws the same picture.
import type { EdgeSummary, NodeSummary, Subgraph } from '../../web/src/api-types';

type Label = NodeSummary['label'];

// Shares of the nodes per type, as in neighborhoods of the benchmark corpus grown by a few expansions.
const SHARE: [Label, number][] = [
  ['Event', 0.03],
  ['Talk', 0.35],
  ['Person', 0.3],
  ['Organization', 0.1],
  ['Project', 0.19],
  ['Topic', 0.03],
];
const WORDS = ['Scaling', 'Kubernetes', 'observability', 'with', 'eBPF', 'operators', 'in', 'production', 'GitOps', 'service', 'mesh', 'lessons'];
const CHINESE = ['云原生', '可观测性', '实践', '服务网格', '调度', '日志'];

/** A random number generator of its own (LCG): the same seed, the same graph. */
function generator(seed: number): (n: number) => number {
  let state = (seed * 2654435761) >>> 0;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

/**
 * About 2.5 elements per node: every node hangs on at least one edge (a view grows from neighborhoods, so nothing
 * floats alone), and a few events and projects are hubs, as popular ones are.
 */
export function syntheticSubgraph(elements: number, seed = 1): Subgraph {
  const next = generator(seed);
  // Skewed choice: low indexes come up far more often, so the first events and projects gather most edges.
  const skewed = (n: number) => Math.floor(Math.pow(next(1_000_000) / 1_000_000, 2.5) * n);
  const nodeCount = Math.round(elements / 2.5);
  const nodes: NodeSummary[] = [];
  const byLabel = new Map<Label, NodeSummary[]>();
  for (const [label, share] of SHARE) {
    const group: NodeSummary[] = [];
    for (let i = 0; i < Math.max(1, Math.round(nodeCount * share)); i++) {
      const node: NodeSummary = { id: `${label}:${label.toLowerCase()}-${i}`, label, name: nameOf(label, i, next) };
      if (label === 'Event') node.year = 2019 + (i % 6);
      group.push(node);
      nodes.push(node);
    }
    byLabel.set(label, group);
  }
  const pick = (label: Label, skew = false) => {
    const group = byLabel.get(label)!;
    return group[skew ? skewed(group.length) : next(group.length)];
  };
  const edges: EdgeSummary[] = [];
  const seen = new Set<string>();
  const link = (source: NodeSummary, type: string, target: NodeSummary) => {
    const id = `${source.id}|${type}|${target.id}`;
    if (seen.has(id) || edges.length + nodes.length >= elements) return;
    seen.add(id);
    edges.push({ id, type, source: source.id, target: target.id });
  };
  // One edge per node first, so that nobody is left alone; then more, from the same kinds of facts, with hubs.
  for (const talk of byLabel.get('Talk')!) {
    const event = pick('Event', true);
    talk.eventId = event.id;
    talk.year = event.year;
    link(talk, 'PART_OF', event);
  }
  for (const person of byLabel.get('Person')!) link(person, 'PRESENTED', pick('Talk'));
  for (const organization of byLabel.get('Organization')!) link(pick('Person'), 'AFFILIATED_WITH', organization);
  for (const project of byLabel.get('Project')!) link(pick('Talk'), 'MENTIONS', project);
  for (const topic of byLabel.get('Topic')!) link(pick('Talk'), 'ABOUT', topic);
  const more: [Label, string, Label][] = [
    ['Person', 'PRESENTED', 'Talk'],
    ['Talk', 'MENTIONS', 'Project'],
    ['Talk', 'MENTIONS', 'Project'],
    ['Person', 'AFFILIATED_WITH', 'Organization'],
    ['Talk', 'ABOUT', 'Topic'],
    ['Organization', 'MAINTAINS', 'Project'],
  ];
  for (let attempt = 0; edges.length + nodes.length < elements && attempt < elements * 20; attempt++) {
    const [from, type, to] = more[next(more.length)];
    link(pick(from), type, pick(to, to === 'Project' || to === 'Organization'));
  }
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const node of nodes) node.degree = degree.get(node.id) ?? 0;
  return { nodes, edges };
}

/** Names as long as real ones (talk titles are cut at 32 characters on the canvas), about a third of them Chinese. */
function nameOf(label: Label, index: number, next: (n: number) => number): string {
  const chinese = next(3) === 0;
  if (label === 'Talk') {
    if (chinese) return `${CHINESE[next(CHINESE.length)]}${CHINESE[next(CHINESE.length)]}的${CHINESE[next(CHINESE.length)]} ${index}`;
    const words = Array.from({ length: 4 + next(5) }, () => WORDS[next(WORDS.length)]);
    return `${words.join(' ')} ${index}`;
  }
  if (label === 'Person') return chinese ? `张${CHINESE[next(CHINESE.length)].slice(0, 1)}${index}` : `Speaker Name ${index}`;
  return `${label} ${chinese ? CHINESE[next(CHINESE.length)] : 'Example'} ${index}`;
}
