// The nodes and relationships one document asserts, each once, with every line that asserts it. Relationships are
// found by their start and end ids, strings that are already hashed, rather than by a key string built per call.
import type { GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelationshipType, SourceRef } from '../../graph/model';

type Properties = Record<string, PropertyValue>;

export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships: GraphRelationship[] = [];
  /** The relationships by start id, then end id; a few of them per pair, told apart by type and role. */
  private readonly byEnds = new Map<string, Map<string, GraphRelationship[]>>();
  /** The lines already in each node's and relationship's sources: an organization every speaker names gets thousands. */
  private readonly sourceLines = new WeakMap<SourceRef[], Set<number>>();

  constructor(readonly path: string) {}

  /** Adds a node, or what `properties` (which it may keep) says beyond what the node already has. */
  node(label: NodeLabel, id: string, key: string, properties: Properties, line: number): string {
    const known = this.nodes.get(id);
    if (!known) {
      this.nodes.set(id, { id, label, key, properties, sources: [{ path: this.path, line }] });
      return id;
    }
    for (const name in properties) {
      const value = properties[name];
      const current = known.properties[name];
      if (Array.isArray(value) && Array.isArray(current)) known.properties[name] = union(current, value);
      else if (current === undefined || current === null || current === '') known.properties[name] = value;
    }
    this.addSource(known.sources, line);
    return id;
  }

  relationship(type: RelationshipType, start: string, end: string, properties: Properties, line: number): void {
    let fromStart = this.byEnds.get(start);
    if (!fromStart) this.byEnds.set(start, (fromStart = new Map()));
    let between = fromStart.get(end);
    if (!between) fromStart.set(end, (between = []));
    const role = properties.role ?? '';
    const known = between.find((rel) => rel.type === type && (rel.properties.role ?? '') === role);
    if (!known) {
      const rel: GraphRelationship = { type, start, end, properties, sources: [{ path: this.path, line }] };
      between.push(rel);
      this.relationships.push(rel);
      return;
    }
    for (const name in properties) {
      const value = properties[name];
      const current = known.properties[name];
      if (Array.isArray(value) && Array.isArray(current)) known.properties[name] = union(current, value);
    }
    this.addSource(known.sources, line);
  }

  // Every source of a builder is in its one file: a line says whether it is known.
  private addSource(sources: SourceRef[], line: number): void {
    let lines = this.sourceLines.get(sources);
    if (!lines) this.sourceLines.set(sources, (lines = new Set(sources.map((source) => source.line))));
    if (lines.has(line)) return;
    lines.add(line);
    sources.push({ path: this.path, line });
  }
}

function union(current: string[], added: string[]): string[] {
  return [...new Set([...current, ...added])];
}
