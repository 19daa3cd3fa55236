// One graph from many documents: a node or relationship said by several documents is one, with all their sources.
import type { DocumentGraph, Graph, GraphNode, GraphRelationship, PropertyValue, SourceRef } from '../../graph/model';
import { formatSource, RELATIONSHIP_TYPES } from '../../graph/model';

/** An entity being merged: a list property stays the first document's array until a second document adds to it. */
interface Merged<T extends GraphNode | GraphRelationship> {
  item: T;
  lists?: Map<string, string[] | Set<string>>;
  /** Every name the documents gave it, in order. */
  names?: string[];
  sources: SourceRef[];
}

// Ids are numbered in order of appearance, and a node's relationships are kept by their end, type and role as one
// number: small tables that stay in the cache, where one table of long string keys for all relationships did not.
const END_LIMIT = 2 ** 21;
const TYPE_NUMBERS = new Map<string, number>(RELATIONSHIP_TYPES.map((type, index) => [type, index]));

export function mergeGraphs(documents: DocumentGraph[]): Graph {
  const nodes: Merged<GraphNode>[] = [];
  const relationships: Merged<GraphRelationship>[] = [];
  /** By the number of an id: its node, and the relationships that start there. */
  const nodeOf: (Merged<GraphNode> | undefined)[] = [];
  const relationshipsFrom: (Map<number | string, Merged<GraphRelationship>> | undefined)[] = [];
  const ids = new Map<string, number>();
  const roles = new Map<string, number>([['', 0]]);
  const paths = new Set<string>();
  for (const { document, graph } of documents) {
    // A document's sources are distinct and all in its own file, so they only need checking when a path comes twice.
    const seen = paths.has(document.path);
    paths.add(document.path);
    const own = new Map<string, number>();
    for (const node of graph.nodes) {
      const number = numberOf(ids, node.id);
      own.set(node.id, number);
      let merged = nodeOf[number];
      if (!merged) nodes.push((nodeOf[number] = merged = startMerging(node)));
      mergeInto(merged, node, seen);
    }
    for (const rel of graph.relationships) {
      const start = own.get(rel.start) ?? numberOf(ids, rel.start);
      const end = own.get(rel.end) ?? numberOf(ids, rel.end);
      const key = endKey(end, TYPE_NUMBERS.get(rel.type) ?? 15, numberOf(roles, String(rel.properties.role ?? '')));
      const from = (relationshipsFrom[start] ??= new Map());
      let merged = from.get(key);
      if (!merged) {
        from.set(key, (merged = startMerging(rel)));
        relationships.push(merged);
      }
      mergeInto(merged, rel, seen);
    }
  }
  return { nodes: nodes.map(finish), relationships: relationships.map(finish) };
}

/** End, type and role as one number; beyond two million ids, as a string. */
function endKey(end: number, type: number, role: number): number | string {
  return end < END_LIMIT && role < 64 ? (end * 16 + type) * 64 + role : `${end},${type},${role}`;
}

function numberOf(numbers: Map<string, number>, text: string): number {
  let number = numbers.get(text);
  if (number === undefined) numbers.set(text, (number = numbers.size));
  return number;
}

function startMerging<T extends GraphNode | GraphRelationship>(incoming: T): Merged<T> {
  return { item: { ...incoming, properties: { ...incoming.properties } }, sources: [] };
}

function mergeInto<T extends GraphNode | GraphRelationship>(merged: Merged<T>, incoming: T, pathSeen: boolean): void {
  const properties = merged.item.properties;
  const given = incoming.properties;
  for (const name in given) {
    const value = given[name];
    if (Array.isArray(value)) {
      addToList((merged.lists ??= new Map()), name, value);
      continue;
    }
    const current = properties[name];
    if (current === undefined || current === null || current === '') properties[name] = value;
    else if (name === 'abstract' && typeof value === 'string' && typeof current === 'string' && value.length > current.length) properties[name] = value;
  }
  if (typeof given.name === 'string') {
    const names = (merged.names ??= []);
    if (!names.includes(given.name)) names.push(given.name);
  }
  if (!pathSeen) {
    for (const source of incoming.sources) merged.sources.push(source);
    return;
  }
  const known = new Set(merged.sources.map(formatSource));
  for (const source of incoming.sources) if (!known.has(formatSource(source))) merged.sources.push(source);
}

function addToList(lists: Map<string, string[] | Set<string>>, name: string, values: string[]): void {
  const list = lists.get(name);
  if (list === undefined) lists.set(name, values);
  else if (Array.isArray(list)) lists.set(name, new Set([...list, ...values]));
  else for (const value of values) list.add(value);
}

function finish<T extends GraphNode | GraphRelationship>({ item, lists, names, sources }: Merged<T>): T {
  const properties: Record<string, PropertyValue> = item.properties;
  if (lists) for (const [name, list] of lists) properties[name] = Array.isArray(list) ? distinct(list) : [...list];
  if (Array.isArray(properties.aliases)) {
    // Every name another document gave the entity is one of its aliases; its own name is not.
    const aliases = new Set([...(properties.aliases as string[]), ...(names ?? [])]);
    aliases.delete(String(properties.name));
    properties.aliases = [...aliases];
  }
  item.sources = sources;
  return item;
}

/** The values in order without repeats, as a new array (one document's list, usually repeat-free already). */
function distinct(values: string[]): string[] {
  for (let index = 1; index < values.length; index += 1) if (values.lastIndexOf(values[index], index - 1) !== -1) return [...new Set(values)];
  return [...values];
}
