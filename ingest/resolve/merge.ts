// One graph from many documents: a node or relationship said by several documents is one, with all their sources.
import type { DocumentGraph, Graph, GraphNode, GraphRelationship, PropertyValue, SourceRef } from '../model';
import { formatSource } from '../model';

/** An entity being merged: list properties as sets, so that a node said by thousands of documents stays cheap. */
interface Merged<T extends GraphNode | GraphRelationship> {
  item: T;
  lists?: Map<string, Set<string>>;
  names?: Set<string>;
  sources: SourceRef[];
}

export function mergeGraphs(documents: DocumentGraph[]): Graph {
  const nodes = new Map<string, Merged<GraphNode>>();
  const relationships = new Map<string, Merged<GraphRelationship>>();
  const paths = new Set<string>();
  for (const { document, graph } of documents) {
    // A document's sources are distinct and all in its own file, so they only need checking when a path comes twice.
    const seen = paths.has(document.path);
    paths.add(document.path);
    for (const node of graph.nodes) mergeInto(nodes, node.id, node, seen);
    for (const rel of graph.relationships) mergeInto(relationships, `${rel.type}|${rel.start}|${rel.end}|${rel.properties.role ?? ''}`, rel, seen);
  }
  const mergedNodes: GraphNode[] = [];
  for (const merged of nodes.values()) mergedNodes.push(finish(merged));
  const mergedRelationships: GraphRelationship[] = [];
  for (const merged of relationships.values()) mergedRelationships.push(finish(merged));
  return { nodes: mergedNodes, relationships: mergedRelationships };
}

function mergeInto<T extends GraphNode | GraphRelationship>(into: Map<string, Merged<T>>, key: string, incoming: T, pathSeen: boolean): void {
  let merged = into.get(key);
  if (!merged) {
    merged = { item: { ...incoming, properties: { ...incoming.properties } }, sources: [] };
    into.set(key, merged);
  }
  const properties = merged.item.properties;
  const given = incoming.properties;
  for (const name in given) {
    const value = given[name];
    if (Array.isArray(value)) {
      merged.lists ??= new Map();
      let list = merged.lists.get(name);
      if (!list) merged.lists.set(name, (list = new Set()));
      for (const v of value) list.add(v);
      continue;
    }
    const current = properties[name];
    if (current === undefined || current === null || current === '') properties[name] = value;
    else if (name === 'abstract' && typeof value === 'string' && typeof current === 'string' && value.length > current.length) properties[name] = value;
  }
  if (typeof given.name === 'string') (merged.names ??= new Set()).add(given.name);
  if (!pathSeen) {
    for (const source of incoming.sources) merged.sources.push(source);
    return;
  }
  const known = new Set(merged.sources.map(formatSource));
  for (const source of incoming.sources) if (!known.has(formatSource(source))) merged.sources.push(source);
}

function finish<T extends GraphNode | GraphRelationship>({ item, lists, names, sources }: Merged<T>): T {
  const properties: Record<string, PropertyValue> = item.properties;
  if (lists) for (const [name, list] of lists) properties[name] = [...list];
  if (Array.isArray(properties.aliases)) {
    // Every name another document gave the entity is one of its aliases; its own name is not.
    const aliases = new Set([...(properties.aliases as string[]), ...(names ?? [])]);
    aliases.delete(String(properties.name));
    properties.aliases = [...aliases];
  }
  item.sources = sources;
  return item;
}
