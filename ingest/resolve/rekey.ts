// Re-keying, the one resolve stage that spans documents: a person alias one document gives ("霍秉杰（Benjamin Huo）")
// renames that person in every document, also in those read (or written, by this run or an earlier one) before the
// alias was known. The book keeps the aliases a run knows and the mapping each document was written under, so the
// run can tell at its end which documents a later alias changes and must be written again.
import type { DocumentGraph } from '../../graph/model';
import { aliasMap, applyPersonAliases, mappingOf, personAliasPairs, personKeysOf } from './aliases';

export class PersonAliasBook {
  private readonly pairs: Set<string>;
  private current: Map<string, string>;
  /** Document key → the person keys it names and what they resolved to when it was written. */
  private readonly written = new Map<string, { keys: string[]; mapping: string }>();

  /** `pairs`: aliases known before the run ("aliasKey\tpersonKey"); `allowed`: whether the corrections let one stand. */
  constructor(
    pairs: Iterable<string>,
    private readonly allowed: (pair: string) => boolean,
  ) {
    this.pairs = new Set([...pairs].filter(allowed));
    this.current = aliasMap(this.pairs);
  }

  /** The document's own aliases (those allowed): what its Document node keeps. */
  aliasesOf(document: DocumentGraph): string[] {
    return personAliasPairs(document).filter(this.allowed);
  }

  /** The document's own aliases, added to the book. */
  learn(document: DocumentGraph): string[] {
    const own = this.aliasesOf(document);
    if (own.some((pair) => !this.pairs.has(pair))) {
      for (const pair of own) this.pairs.add(pair);
      this.current = aliasMap(this.pairs);
    }
    return own;
  }

  /** The key each alias stands for, from every alias known so far. */
  get map(): Map<string, string> {
    return this.current;
  }

  /** The document with its people under the aliases known so far. */
  apply(document: DocumentGraph): DocumentGraph {
    return applyPersonAliases(document, this.current);
  }

  /** Remembers that the document under `key` is written now; returns the person keys it names (before aliases). */
  record(key: string, document: DocumentGraph): string[] {
    const keys = personKeysOf(document);
    this.written.set(key, { keys, mapping: mappingOf(keys, this.current) });
    return keys;
  }

  has(key: string): boolean {
    return this.written.has(key);
  }

  /** Keys of the documents recorded, in the order they were written. */
  keys(): string[] {
    return [...this.written.keys()];
  }

  /** Keys of recorded documents that aliases learned after them rename someone in. */
  stale(): string[] {
    return [...this.written].filter(([, m]) => m.mapping !== mappingOf(m.keys, this.current)).map(([key]) => key);
  }

  /** Alias keys that stand for another person now than under `before`: documents that name them need writing again. */
  renamedSince(before: ReadonlyMap<string, string>): string[] {
    return [...new Set([...before.keys(), ...this.current.keys()])].filter((key) => before.get(key) !== this.current.get(key));
  }
}
