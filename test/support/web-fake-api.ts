// An in-memory ExplorerApi over a small talk graph, for the explorer's headless tests: no server, same answers' shape.
import type { EdgeSummary, ExplorerApi, NodeSummary, ProjectOrganizationLink, Subgraph } from '../../web/src/api-types';

const node = (id: string, name: string, extra: Partial<NodeSummary> = {}): NodeSummary => ({
  id,
  label: id.split(':')[0] as NodeSummary['label'],
  name,
  ...extra,
});
const edge = (source: string, type: string, target: string): EdgeSummary => ({ id: `${source}|${type}|${target}`, type, source, target });

export const NODES: NodeSummary[] = [
  node('Event:kubecon-eu-2022', 'KubeCon Europe 2022', { year: 2022 }),
  node('Event:kcd-shanghai-2023', 'KCD Shanghai 2023', { year: 2023 }),
  node('Talk:fluent@kubecon-eu-2022', 'Fluent Operator in depth'),
  node('Talk:logs@kcd-shanghai-2023', '云原生日志实践'),
  node('Talk:ebpf@kcd-shanghai-2023', 'eBPF observability'),
  node('Person:benjamin-huo', 'Benjamin Huo'),
  node('Person:li-si', '李四'),
  node('Organization:kubesphere', 'KubeSphere'),
  node('Organization:ant-group', 'Ant Group'),
  node('Project:fluent-bit', 'Fluent Bit'),
  node('Topic:ebpf', 'eBPF'),
];

export const EDGES: EdgeSummary[] = [
  edge('Talk:fluent@kubecon-eu-2022', 'PART_OF', 'Event:kubecon-eu-2022'),
  edge('Talk:logs@kcd-shanghai-2023', 'PART_OF', 'Event:kcd-shanghai-2023'),
  edge('Talk:ebpf@kcd-shanghai-2023', 'PART_OF', 'Event:kcd-shanghai-2023'),
  edge('Person:benjamin-huo', 'PRESENTED', 'Talk:fluent@kubecon-eu-2022'),
  edge('Person:benjamin-huo', 'PRESENTED', 'Talk:logs@kcd-shanghai-2023'),
  edge('Person:li-si', 'PRESENTED', 'Talk:ebpf@kcd-shanghai-2023'),
  edge('Person:benjamin-huo', 'AFFILIATED_WITH', 'Organization:kubesphere'),
  edge('Person:li-si', 'AFFILIATED_WITH', 'Organization:ant-group'),
  edge('Talk:fluent@kubecon-eu-2022', 'MENTIONS', 'Project:fluent-bit'),
  edge('Talk:logs@kcd-shanghai-2023', 'MENTIONS', 'Project:fluent-bit'),
  edge('Talk:ebpf@kcd-shanghai-2023', 'ABOUT', 'Topic:ebpf'),
];

function neighbors(id: string): string[] {
  return EDGES.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
}

function induced(ids: Set<string>): Subgraph {
  return {
    nodes: NODES.filter((n) => ids.has(n.id)).map((n) => ({ ...n, degree: neighbors(n.id).length })),
    edges: EDGES.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

export interface FakeApi extends ExplorerApi {
  calls: string[];
}

export function fakeApi(links: ProjectOrganizationLink[] = []): FakeApi {
  const calls: string[] = [];
  return {
    calls,
    async search(text) {
      return NODES.filter((n) => n.name.toLowerCase().includes(text.toLowerCase())).map((n) => ({ ...n, context: null }));
    },
    async details() {
      return null;
    },
    async neighborhood(id) {
      calls.push(`neighborhood ${id}`);
      if (!NODES.some((n) => n.id === id)) throw new Error(`NOT_FOUND ${id}`);
      const subgraph = induced(new Set([id, ...neighbors(id)]));
      // The center first, as the API promises.
      subgraph.nodes.sort((a, b) => Number(b.id === id) - Number(a.id === id));
      return subgraph;
    },
    async relatedTalks() {
      return [];
    },
    async path(fromId, toId, maxLength = 4) {
      calls.push(`path ${fromId} ${toId}`);
      const previous = new Map<string, string | null>([[fromId, null]]);
      let frontier = [fromId];
      for (let hop = 0; hop < maxLength && !previous.has(toId); hop += 1) {
        frontier = frontier.flatMap((id) => neighbors(id).filter((next) => !previous.has(next) && previous.set(next, id)));
      }
      if (!previous.has(toId)) return null;
      const nodeIds: string[] = [];
      for (let at: string | null = toId; at !== null; at = previous.get(at) ?? null) nodeIds.unshift(at);
      const pairs = nodeIds.slice(1).map((id, index) => [nodeIds[index], id]);
      const edges = EDGES.filter((e) => pairs.some(([a, b]) => (e.source === a && e.target === b) || (e.source === b && e.target === a)));
      return {
        length: nodeIds.length - 1,
        paths: [{ nodeIds, edgeIds: edges.map((e) => e.id) }],
        subgraph: { nodes: induced(new Set(nodeIds)).nodes, edges },
      };
    },
    async projectOrganizationLinks(filters = {}) {
      calls.push(`links ${JSON.stringify(filters)}`);
      return links;
    },
    async linkEvidence(link, filters = {}) {
      calls.push(`link evidence ${link.organizationId} -> ${link.projectId} ${JSON.stringify(filters)}`);
      return { talks: [], people: [] };
    },
    async events() {
      return [];
    },
    async stats() {
      return [];
    },
  };
}
