// Nodes or relationships falling into one (people merged by aliases, entities a correction names the same): what
// each adds is gathered in sets as it comes and written back once, so that merging k items into one costs the size of
// what is merged, not that times k.
import type { GraphNode, GraphRelationship, PropertyValue, SourceRef } from '../../graph/model';

/** A merged item's places: its own first, then each place another adds that it did not have, in order. */
export class SourcesOf {
  readonly list: SourceRef[];
  private readonly seen = new Set<string>();

  constructor(first: readonly SourceRef[]) {
    this.list = [...first];
    for (const source of first) this.seen.add(`${source.line}\t${source.path}`);
  }

  add(sources: readonly SourceRef[]): void {
    for (const source of sources) {
      const key = `${source.line}\t${source.path}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.list.push(source);
    }
  }
}

/**
 * One item and those merged into it: list properties become the union of all (in order of appearance), a property
 * the item lacks (or has empty) is taken from the first that has it, and places are kept once each.
 */
export class Gathering<T extends GraphNode | GraphRelationship> {
  private readonly lists = new Map<string, Set<string>>();
  private readonly sources: SourcesOf;

  constructor(private readonly item: T) {
    this.sources = new SourcesOf(item.sources);
  }

  add(other: T): void {
    for (const [name, value] of Object.entries(other.properties)) {
      if (Array.isArray(value)) {
        let list = this.lists.get(name);
        if (!list) this.lists.set(name, (list = new Set(stringList(this.item.properties[name]))));
        for (const entry of value) list.add(entry);
        continue;
      }
      // A list gathered so far is a value already, as the list it will be.
      if (this.lists.has(name)) continue;
      const current = this.item.properties[name];
      if (current === undefined || current === null || current === '') this.item.properties = { ...this.item.properties, [name]: value };
    }
    this.sources.add(other.sources);
  }

  /** The item with everything merged into it. */
  done(): T {
    if (this.lists.size === 0 && this.sources.list.length === this.item.sources.length) return this.item;
    const properties = { ...this.item.properties };
    for (const [name, list] of this.lists) properties[name] = [...list];
    return { ...this.item, properties, sources: this.sources.list };
  }
}

function stringList(value: PropertyValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}
