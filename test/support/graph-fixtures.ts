import { createHash } from 'node:crypto';
import {
  nodeId,
  type DocumentGraph,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type PropertyValue,
  type RelationshipType,
} from '../../graph/model';

/** Builds a DocumentGraph by hand: nodes and relationships carry their line in the document being built. */
export class DocumentFixture {
  private readonly nodes: GraphNode[] = [];
  private readonly relationships: GraphRelationship[] = [];

  constructor(
    readonly path: string,
    private readonly title = path,
  ) {}

  node(label: NodeLabel, key: string, properties: Record<string, PropertyValue>, line = 1): string {
    const id = nodeId(label, key);
    this.nodes.push({ id, label, key, properties, sources: [{ path: this.path, line }] });
    return id;
  }

  talk(key: string, title: string, line = 1, more: Record<string, PropertyValue> = {}): string {
    return this.node('Talk', key, { title, altTitles: [], ...more }, line);
  }

  person(key: string, name: string, line = 1, aliases: string[] = []): string {
    return this.node('Person', key, { name, aliases }, line);
  }

  organization(key: string, name: string, line = 1, aliases: string[] = []): string {
    return this.node('Organization', key, { name, aliases }, line);
  }

  event(key: string, name: string, year: number, line = 1): string {
    return this.node('Event', key, { name, aliases: [], year, kind: 'conference' }, line);
  }

  relate(type: RelationshipType, start: string, end: string, line = 1, properties: Record<string, PropertyValue> = {}): this {
    this.relationships.push({ type, start, end, properties, sources: [{ path: this.path, line }] });
    return this;
  }

  build(): DocumentGraph {
    const content = JSON.stringify([this.title, this.nodes, this.relationships]);
    return {
      document: { path: this.path, title: this.title, sha256: createHash('sha256').update(content).digest('hex'), lang: 'en' },
      graph: { nodes: [...this.nodes], relationships: [...this.relationships] },
    };
  }
}
