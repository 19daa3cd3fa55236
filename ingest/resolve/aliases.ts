// One person under two names across documents: when any document says "霍秉杰（Benjamin Huo）", every document's
// 霍秉杰 becomes the same node as Benjamin Huo.
import { nodeId, type DocumentGraph, type GraphNode, type GraphRelationship } from '../../graph/model';
import { SourcesOf } from './gathering';
import { personKey } from './keys';

/** "aliasKey\tpersonKey" for each name of a person the document gives under another key: the aliases it asserts. */
export function personAliasPairs(document: DocumentGraph): string[] {
  const pairs = new Set<string>();
  for (const node of document.graph.nodes) {
    if (node.label !== 'Person' || !Array.isArray(node.properties.aliases)) continue;
    for (const alias of node.properties.aliases) {
      const key = personKey(alias);
      if (key !== node.key) pairs.add(`${key}\t${node.key}`);
    }
  }
  return [...pairs].sort();
}

/**
 * The key each alias stands for, from pairs asserted by any number of documents in any order: an alias two people
 * claim goes to the first of them in key order, so the same documents always give the same map.
 */
export function aliasMap(pairs: Iterable<string>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('\t');
    const alias = pair.slice(0, at);
    const person = pair.slice(at + 1);
    const known = keys.get(alias);
    if (known === undefined || person < known) keys.set(alias, person);
  }
  return keys;
}

/** The person keys a document names, before aliases: what decides whether a new alias re-keys it. */
export function personKeysOf(document: DocumentGraph): string[] {
  return [...new Set(document.graph.nodes.filter((node) => node.label === 'Person').map((node) => node.key))].sort();
}

/** The key each of these person keys resolves to under the map, as one comparable string. */
export function mappingOf(keys: readonly string[], map: ReadonlyMap<string, string>): string {
  return keys.map((key) => map.get(key) ?? key).join('\n');
}

/** The document's graph with people re-keyed to the names they are known by; people merged within it stay one node. */
export function applyPersonAliases(document: DocumentGraph, keys: Map<string, string>): DocumentGraph {
  const renamed = new Map<string, string>();
  for (const node of document.graph.nodes) {
    const target = node.label === 'Person' ? keys.get(node.key) : undefined;
    if (target) renamed.set(node.id, nodeId('Person', target));
  }
  if (renamed.size === 0) return document;
  const id = (value: string): string => renamed.get(value) ?? value;
  // Many nodes may fall into one (a correction naming dozens of spellings): what each gathers is kept in sets as it
  // goes, so that merging costs the size of what is merged, not that times the number of nodes.
  const nodes = new Map<string, { node: GraphNode; aliases?: Set<string>; sources: SourcesOf }>();
  for (const node of document.graph.nodes) {
    const newId = id(node.id);
    const known = nodes.get(newId);
    if (!known) {
      nodes.set(newId, { node: { ...node, id: newId, key: newId.slice(newId.indexOf(':') + 1) }, sources: new SourcesOf(node.sources) });
      continue;
    }
    known.aliases ??= new Set(known.node.properties.aliases as string[]);
    for (const alias of (node.properties.aliases as string[]) ?? []) known.aliases.add(alias);
    known.sources.add(node.sources);
  }
  const relationships = new Map<string, { relationship: GraphRelationship; sources: SourcesOf }>();
  for (const rel of document.graph.relationships) {
    const moved = { ...rel, start: id(rel.start), end: id(rel.end) };
    const key = `${moved.type}|${moved.start}|${moved.end}|${moved.properties.role ?? ''}`;
    const known = relationships.get(key);
    if (!known) relationships.set(key, { relationship: moved, sources: new SourcesOf(moved.sources) });
    else known.sources.add(moved.sources);
  }
  const merged = [...nodes.values()].map(({ node, aliases, sources }) => ({
    ...node,
    ...(aliases ? { properties: { ...node.properties, aliases: [...aliases] } } : {}),
    sources: sources.list,
  }));
  const rels = [...relationships.values()].map(({ relationship, sources }) => ({ ...relationship, sources: sources.list }));
  return { document: document.document, graph: { nodes: merged, relationships: rels } };
}

