// Corrections applied to the graph one document asserts, after extraction and person aliases and before loading:
// every document is corrected alike, so the merged graph is too, and each change names its correction.
import { slug } from '../extract/events';
import { nodeId, type DocumentGraph, type GraphNode, type GraphRelationship, type NodeLabel, type PropertyValue, type SourceRef } from '../../graph/model';
import { creditedOrganization, personEntity, projectEntity } from '../resolve/entities';
import { Gathering } from '../resolve/gathering';
import { foldName, personKey } from '../resolve/keys';
import { matchKey, type EntityLabel, type PlacedCorrection } from './model';
import { resolve } from 'node:path';

/** What correcting one document did: the graph, and which corrections changed it and which of their names matched. */
export interface CorrectedDocument {
  document: DocumentGraph;
  /** Ids of the corrections that changed the document (also kept on its Document node). */
  applied: string[];
  /** "id\tname" for each name of a correction that matched something in the document. */
  matched: string[];
}

/** The key a name of an entity would have: what a node and a name in a correction are compared by. */
export function entityKey(label: NodeLabel, name: string): string {
  switch (label) {
    case 'Person':
      return personKey(name);
    case 'Organization':
      return creditedOrganization(name).key;
    case 'Project':
      return projectEntity(name).key;
    default:
      return slug(name);
  }
}

/** A merge or rename: the names it catches, and what a caught node becomes. */
interface Merge {
  placed: PlacedCorrection;
  label: EntityLabel;
  /** The names the correction gives, by their key. */
  names: Map<string, string[]>;
  /** The names the correction gives, as written (a node whose key or id is one is caught too). */
  literals: Set<string>;
  /** The key and name of the merged node; for a rename the node keeps its key. */
  key?: string;
  name: string;
  aliases: string[];
}

/** A corrections file made ready to apply to document after document. */
export class CompiledCorrections {
  readonly merges = new Map<EntityLabel, MergeIndex>();
  readonly renames = new Map<EntityLabel, MergeIndex>();
  /** Person keys that must not be made one, as "a\tb" in both orders. */
  readonly apart = new Set<string>();
  readonly credits: PlacedCorrection[] = [];
  readonly notTalks: PlacedCorrection[] = [];
  /** Projects whose extra names are looked for in talks' titles and abstracts. */
  readonly projectNames: { placed: PlacedCorrection; key: string; name: string; surfaces: string[] }[] = [];

  constructor(readonly corrections: PlacedCorrection[]) {
    for (const placed of corrections) {
      const c = placed.correction;
      if (c.kind === 'same-as' || c.kind === 'aliases') {
        const given = c.kind === 'same-as' ? c.names : c.aliases;
        const merge = this.merge(placed, c.label, [c.name, ...given], c.name, entityKey(c.label, c.name), given);
        indexOf(this.merges, c.label).add(merge);
        if (c.kind === 'aliases' && c.label === 'Project') this.projectNames.push({ placed, key: merge.key!, name: c.name, surfaces: [c.name, ...c.aliases] });
      } else if (c.kind === 'rename') {
        indexOf(this.renames, c.label).add(this.merge(placed, c.label, [c.name], c.to, undefined, [c.name]));
      } else if (c.kind === 'not-same') {
        const [a, b] = c.names.map((name) => entityKey(c.label, name));
        this.apart.add(`${c.label}\t${a}\t${b}`).add(`${c.label}\t${b}\t${a}`);
      } else if (c.kind === 'not-a-talk') this.notTalks.push(placed);
      else this.credits.push(placed);
    }
  }

  private merge(placed: PlacedCorrection, label: EntityLabel, given: string[], name: string, key: string | undefined, aliases: string[]): Merge {
    const names = new Map<string, string[]>();
    for (const g of given) push(names, entityKey(label, g), g);
    return { placed, label, names, literals: new Set(given), key, name, aliases };
  }

  /** Whether a person alias a document asserts ("aliasKey\tpersonKey") joins two people a correction keeps apart. */
  allowsAlias(pair: string): boolean {
    return this.apart.size === 0 || !this.apart.has(`Person\t${pair}`);
  }

  /** Whether two nodes may be suggested as one: not when a correction keeps them apart. */
  allowsMerge(label: NodeLabel, a: string, b: string): boolean {
    const key = (id: string): string => id.slice(id.indexOf(':') + 1);
    return !this.apart.has(`${label}\t${key(a)}\t${key(b)}`);
  }

  get isEmpty(): boolean {
    return this.corrections.length === 0;
  }
}

export function applyCorrections(input: DocumentGraph, set: CompiledCorrections): CorrectedDocument {
  if (set.isEmpty) return { document: input, applied: [], matched: [] };
  const run = new Run(input);
  run.mergeAndRename(set);
  run.findProjects(set);
  for (const placed of set.credits) run.credit(placed);
  for (const placed of set.notTalks) run.notATalk(placed);
  return run.finish();
}

class Run {
  nodes = new Map<string, GraphNode>();
  relationships: GraphRelationship[];
  readonly applied = new Set<string>();
  readonly matched = new Set<string>();
  /** Old id → new id of every node a merge moved, so that a talk can be named by its key before the merge. */
  readonly moved = new Map<string, string>();
  private removed = false;
  private readonly path: string;

  constructor(private readonly input: DocumentGraph) {
    this.path = input.document.path;
    for (const node of input.graph.nodes) this.nodes.set(node.id, copy(node));
    this.relationships = input.graph.relationships.map(copy);
  }

  mergeAndRename(set: CompiledCorrections): void {
    const renamed = new Map<string, string>();
    const seeded = new Set<string>();
    for (const node of this.nodes.values()) {
      if (!isEntity(node.label)) continue;
      const merge = this.caught(node, set.merges.get(node.label));
      if (merge) {
        const id = nodeId(node.label, merge.key!);
        // The correction's own aliases go to the first node it makes this one; the others join that node, aliases and all.
        const first = !seeded.has(matchKey(merge.placed, id));
        seeded.add(matchKey(merge.placed, id));
        this.change(node, merge, merge.name, first);
        if (id !== node.id) renamed.set(node.id, id);
      }
      const rename = this.caught(node, set.renames.get(node.label));
      if (rename) this.change(node, rename, rename.name, true);
    }
    // A talk's key holds its event's: a talk of two events made one is one talk.
    for (const node of this.nodes.values()) {
      if (node.label !== 'Talk') continue;
      const at = node.key.lastIndexOf('@');
      const event = at >= 0 ? renamed.get(nodeId('Event', node.key.slice(at + 1))) : undefined;
      if (event) renamed.set(node.id, nodeId('Talk', `${node.key.slice(0, at)}@${event.slice('Event:'.length)}`));
    }
    if (renamed.size > 0) this.rekey(renamed);
  }

  /** The merge whose names catch the node: by its key, or by the key of its name or one of its aliases. */
  private caught(node: GraphNode, merges: MergeIndex | undefined): Merge | undefined {
    if (!merges) return undefined;
    const names = [String(node.properties.name ?? ''), ...stringList(node.properties.aliases)].filter(Boolean);
    const keys = new Set([node.key, node.id, ...names.map((name) => entityKey(node.label, name))]);
    const merge = merges.find(keys);
    if (!merge) return undefined;
    // Looked up from the node's side: a correction may give thousands of names.
    for (const key of keys) for (const name of merge.names.get(key) ?? []) this.matched.add(matchKey(merge.placed, name));
    for (const name of [node.key, node.id]) if (merge.literals.has(name)) this.matched.add(matchKey(merge.placed, name));
    return merge;
  }

  private change(node: GraphNode, merge: Merge, name: string, withAliases: boolean): void {
    const before = String(node.properties.name ?? '');
    const aliases = new Set([...stringList(node.properties.aliases), ...(withAliases ? merge.aliases : []), before]);
    aliases.delete(name);
    aliases.delete('');
    node.properties = { ...node.properties, name, aliases: [...aliases], corrections: addTo(node.properties.corrections, merge.placed.id) };
    if (node.label === 'Talk') node.properties.title = name;
    this.applied.add(merge.placed.id);
  }

  /** Moves nodes to new ids; nodes and relationships that meet at one id become one. */
  private rekey(renamed: Map<string, string>): void {
    const id = (value: string): string => renamed.get(value) ?? value;
    const nodes = new Map<string, Gathering<GraphNode>>();
    for (const node of this.nodes.values()) {
      const newId = id(node.id);
      if (newId !== node.id) this.moved.set(node.id, newId);
      const known = nodes.get(newId);
      if (!known) nodes.set(newId, new Gathering({ ...node, id: newId, key: newId.slice(newId.indexOf(':') + 1) }));
      else known.add(node);
    }
    this.nodes = new Map([...nodes].map(([nodeId, gathering]) => [nodeId, gathering.done()]));
    const relationships = new Map<string, Gathering<GraphRelationship>>();
    for (const rel of this.relationships) {
      const moved = { ...rel, start: id(rel.start), end: id(rel.end) };
      if (Array.isArray(moved.properties.talks)) moved.properties = { ...moved.properties, talks: [...new Set(moved.properties.talks.map(id))] };
      const key = `${moved.type}|${moved.start}|${moved.end}|${moved.properties.role ?? ''}`;
      const known = relationships.get(key);
      if (!known) relationships.set(key, new Gathering(moved));
      else known.add(moved);
    }
    this.relationships = [...relationships.values()].map((gathering) => gathering.done());
  }

  /** Talks whose title or abstract gives a project's extra name mention the project. */
  findProjects(set: CompiledCorrections): void {
    if (set.projectNames.length === 0) return;
    for (const talk of [...this.nodes.values()].filter((node) => node.label === 'Talk')) {
      const text = [talk.properties.title, ...stringList(talk.properties.altTitles), talk.properties.abstract].filter((t) => typeof t === 'string').join('\n');
      for (const project of set.projectNames) {
        const surface = project.surfaces.find((s) => namesIn(text, s));
        if (!surface) continue;
        this.matched.add(matchKey(project.placed, surface));
        const id = nodeId('Project', project.key);
        if (this.relationships.some((rel) => rel.type === 'MENTIONS' && rel.start === talk.id && rel.end === id)) continue;
        const line = talk.sources[0].line;
        this.addNode('Project', project.key, { name: project.name, aliases: project.surfaces.filter((s) => s !== project.name) }, line, project.placed.id);
        this.addRelationship('MENTIONS', talk.id, id, {}, talk.sources, project.placed.id);
      }
    }
  }

  credit(placed: PlacedCorrection): void {
    const c = placed.correction;
    if (c.kind !== 'add-speaker' && c.kind !== 'remove-speaker' && c.kind !== 'set-organization') return;
    for (const talk of this.talksNamed(c.talk)) {
      this.matched.add(matchKey(placed, c.talk));
      const speakerKey = personKey(c.speaker);
      const presented = this.relationships.filter((rel) => rel.type === 'PRESENTED' && rel.end === talk.id && this.isPerson(rel.start, speakerKey));
      if (c.kind === 'add-speaker') {
        const person = personEntity(c.speaker);
        const id = presented[0]?.start ?? this.addNode('Person', person.key, { name: person.name, aliases: [person.name] }, talk.sources[0].line, placed.id);
        if (presented.length === 0) this.addRelationship('PRESENTED', id, talk.id, {}, talk.sources, placed.id);
        if (c.organization) this.setOrganization(id, talk, c.organization, talk.sources, placed.id);
        this.matched.add(matchKey(placed, c.speaker));
        continue;
      }
      for (const rel of presented) {
        this.matched.add(matchKey(placed, c.speaker));
        if (c.kind === 'remove-speaker') {
          this.relationships = this.relationships.filter((r) => r !== rel);
          this.dropCredit(rel.start, talk.id, undefined);
          this.removed = true;
          this.applied.add(placed.id);
        } else {
          this.setOrganization(rel.start, talk, c.organization, rel.sources, placed.id);
        }
      }
    }
  }

  notATalk(placed: PlacedCorrection): void {
    const c = placed.correction;
    if (c.kind !== 'not-a-talk') return;
    const talks =
      'talk' in c
        ? this.talksNamed(c.talk)
        : resolve(c.document) === resolve(this.path)
          ? [...this.nodes.values()].filter((node) => node.label === 'Talk' && node.sources.some((s) => s.line === c.line))
          : [];
    for (const talk of talks) {
      this.matched.add(matchKey(placed, 'talk' in c ? c.talk : `${c.document}:${c.line}`));
      this.nodes.delete(talk.id);
      this.relationships = this.relationships.filter((rel) => rel.start !== talk.id && rel.end !== talk.id);
      for (const rel of this.relationships) if (rel.type === 'AFFILIATED_WITH') this.dropCredit(rel.start, talk.id, rel.end);
      this.removed = true;
      this.applied.add(placed.id);
    }
  }

  finish(): CorrectedDocument {
    if (this.removed) this.dropUnreachable();
    const applied = [...this.applied].sort();
    const document = {
      ...this.input,
      document: applied.length > 0 ? { ...this.input.document, corrections: applied } : this.input.document,
      graph: { nodes: [...this.nodes.values()], relationships: this.relationships },
    };
    return { document, applied, matched: [...this.matched] };
  }

  private talksNamed(given: string): GraphNode[] {
    const folded = foldName(given);
    const id = given.startsWith('Talk:') ? given : `Talk:${given}`;
    const target = this.moved.get(id) ?? id;
    return [...this.nodes.values()].filter(
      (node) => node.label === 'Talk' && (node.id === target || [node.properties.title, ...stringList(node.properties.altTitles)].some((t) => typeof t === 'string' && foldName(t) === folded)),
    );
  }

  private isPerson(id: string, key: string): boolean {
    const node = this.nodes.get(id);
    if (!node) return false;
    return node.key === key || [node.properties.name, ...stringList(node.properties.aliases)].some((name) => typeof name === 'string' && personKey(name) === key);
  }

  /** The speaker's organization for this talk is the given one, whatever the document credited. */
  private setOrganization(personId: string, talk: GraphNode, written: string, sources: SourceRef[], correction: string): void {
    const org = creditedOrganization(written);
    const orgId = this.addNode('Organization', org.key, { name: org.name, aliases: [...org.aliases] }, sources[0].line, correction);
    this.dropCredit(personId, talk.id, orgId);
    const known = this.relationships.find((rel) => rel.type === 'AFFILIATED_WITH' && rel.start === personId && rel.end === orgId);
    const talks = addTo(known?.properties.talks, talk.id);
    if (known) known.properties = { ...known.properties, talks, corrections: addTo(known.properties.corrections, correction) };
    else this.addRelationship('AFFILIATED_WITH', personId, orgId, { talks }, sources, correction);
    this.applied.add(correction);
  }

  /** Takes the talk out of the person's credits with other organizations than `keep`; a credit left with no talk goes. */
  private dropCredit(personId: string, talkId: string, keep: string | undefined): void {
    const kept: GraphRelationship[] = [];
    for (const rel of this.relationships) {
      const talks = rel.type === 'AFFILIATED_WITH' && rel.start === personId && rel.end !== keep ? stringList(rel.properties.talks) : undefined;
      if (talks?.includes(talkId)) {
        const left = talks.filter((t) => t !== talkId);
        if (left.length === 0) {
          this.removed = true;
          continue;
        }
        rel.properties = { ...rel.properties, talks: left };
      }
      kept.push(rel);
    }
    this.relationships = kept;
  }

  private addNode(label: NodeLabel, key: string, properties: Record<string, PropertyValue>, line: number, correction: string): string {
    const id = nodeId(label, key);
    const known = this.nodes.get(id);
    if (known) {
      if (!known.sources.some((s) => s.line === line)) known.sources.push({ path: this.path, line });
      return id;
    }
    this.nodes.set(id, { id, label, key, properties: { ...properties, corrections: [correction] }, sources: [{ path: this.path, line }] });
    this.applied.add(correction);
    return id;
  }

  private addRelationship(type: GraphRelationship['type'], start: string, end: string, properties: Record<string, PropertyValue>, sources: SourceRef[], correction: string): void {
    this.relationships.push({ type, start, end, properties: { ...properties, corrections: [correction] }, sources: sources.map((s) => ({ ...s })) });
    this.applied.add(correction);
  }

  /** Every entity of a document hangs off its talks and events: what no longer does went with a talk or credit taken away. */
  private dropUnreachable(): void {
    // From what holds an entity in the document to the entity: a talk holds its speakers, a speaker their credits.
    const around = new Map<string, string[]>();
    for (const rel of this.relationships) {
      if (rel.type === 'PRESENTED' || rel.type === 'MAINTAINS') push(around, rel.end, rel.start);
      else push(around, rel.start, rel.end);
    }
    const reached = new Set([...this.nodes.values()].filter((n) => n.label === 'Talk' || n.label === 'Event').map((n) => n.id));
    const queue = [...reached];
    while (queue.length > 0) {
      for (const next of around.get(queue.pop()!) ?? []) {
        if (!reached.has(next) && this.nodes.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    for (const id of [...this.nodes.keys()]) if (!reached.has(id)) this.nodes.delete(id);
    this.relationships = this.relationships.filter((rel) => reached.has(rel.start) && reached.has(rel.end));
  }
}

/** Merges by every key and literal name they catch, so a node is looked up rather than tried against each. */
class MergeIndex {
  private readonly byKey = new Map<string, { merge: Merge; order: number }>();
  private count = 0;

  add(merge: Merge): void {
    const order = this.count++;
    const keys = [...merge.names.keys(), ...[...merge.names.values()].flat()];
    for (const key of keys) if (!this.byKey.has(key)) this.byKey.set(key, { merge, order });
  }

  /** The first merge in the file that catches any of these keys. */
  find(keys: Iterable<string>): Merge | undefined {
    let best: { merge: Merge; order: number } | undefined;
    for (const key of keys) {
      const hit = this.byKey.get(key);
      if (hit && (!best || hit.order < best.order)) best = hit;
    }
    return best?.merge;
  }
}

function indexOf(indexes: Map<EntityLabel, MergeIndex>, label: EntityLabel): MergeIndex {
  let index = indexes.get(label);
  if (!index) indexes.set(label, (index = new MergeIndex()));
  return index;
}

function isEntity(label: NodeLabel): label is EntityLabel {
  return label === 'Person' || label === 'Organization' || label === 'Project' || label === 'Event';
}

/** Whether the text names this: a whole word in Latin script, anywhere in Han. */
function namesIn(text: string, name: string): boolean {
  if (/^[\p{Script=Han}]/u.test(name)) return text.includes(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function copy<T extends GraphNode | GraphRelationship>(item: T): T {
  return { ...item, properties: { ...item.properties }, sources: [...item.sources] };
}

function stringList(value: PropertyValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}

function addTo(list: PropertyValue | undefined, value: string): string[] {
  return [...new Set([...stringList(list), value])];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
