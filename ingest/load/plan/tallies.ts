import type { PropertyValue } from '../../../graph/model';

/**
 * How many documents claim each value of each property of one node or relationship. A document's claims are
 * `property\tJSON value` strings (one per scalar, one per list item); the tallies count them across documents, so
 * that loading or taking back one document changes a few counts and never needs what the other documents said.
 * Stored as `property\tJSON value\tcount` strings in the `tallies` property.
 */
export type Tallies = Map<string, number>;

/** A list item's claim is marked so that a one-item list stays a list. */
const LIST_MARK = '[]';

/** The claims one document makes with these properties: empty values claim nothing. */
export function claimsOf(properties: Record<string, PropertyValue>, skip: ReadonlySet<string>): string[] {
  const claims: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (skip.has(property) || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of new Set(value)) if (item !== '') claims.push(`${property}${LIST_MARK}\t${JSON.stringify(item)}`);
    } else {
      claims.push(`${property}\t${JSON.stringify(value)}`);
    }
  }
  return claims.sort();
}

export function parseTallies(stored: unknown): Tallies {
  const tallies: Tallies = new Map();
  if (!Array.isArray(stored)) return tallies;
  for (const entry of stored) {
    if (typeof entry !== 'string') continue;
    const at = entry.lastIndexOf('\t');
    tallies.set(entry.slice(0, at), Number(entry.slice(at + 1)));
  }
  return tallies;
}

export function formatTallies(tallies: Tallies): string[] {
  return [...tallies]
    .filter(([, count]) => count > 0)
    .map(([claim, count]) => `${claim}\t${count}`)
    .sort();
}

/** Changes one claim's count; a claim no document makes any more is dropped. */
export function addToTally(tallies: Tallies, claim: string, change: number): void {
  const count = (tallies.get(claim) ?? 0) + change;
  if (count > 0) tallies.set(claim, count);
  else tallies.delete(claim);
}

/** Properties that several documents fill by the longest value rather than the most claimed. */
const LONGEST_WINS = new Set(['abstract', 'notes']);

/**
 * The properties the tallies add up to, whatever order documents came in: a scalar is the value most documents
 * claim (the longest for an abstract; ties go to the first value in sort order); a list holds every value some
 * document claims, the most claimed first.
 */
export function deriveProperties(tallies: Tallies): Record<string, PropertyValue> {
  const scalars = new Map<string, { value: PropertyValue; count: number; json: string }>();
  const lists = new Map<string, { value: string; count: number }[]>();
  for (const [claim, count] of tallies) {
    if (count <= 0) continue;
    const tab = claim.indexOf('\t');
    const property = claim.slice(0, tab);
    const json = claim.slice(tab + 1);
    const value = JSON.parse(json) as PropertyValue;
    if (property.endsWith(LIST_MARK)) {
      const name = property.slice(0, -LIST_MARK.length);
      const items = lists.get(name) ?? [];
      items.push({ value: String(value), count });
      lists.set(name, items);
      continue;
    }
    const best = scalars.get(property);
    if (!best || beats({ value, count, json }, best, LONGEST_WINS.has(property))) scalars.set(property, { value, count, json });
  }
  const derived: Record<string, PropertyValue> = {};
  for (const [property, { value }] of scalars) derived[property] = value;
  for (const [property, items] of lists) {
    derived[property] = items.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).map((item) => item.value);
  }
  return derived;
}

function beats(
  candidate: { value: PropertyValue; count: number; json: string },
  best: { value: PropertyValue; count: number; json: string },
  longest: boolean,
): boolean {
  if (longest && typeof candidate.value === 'string' && typeof best.value === 'string' && candidate.value.length !== best.value.length) {
    return candidate.value.length > best.value.length;
  }
  if (candidate.count !== best.count) return candidate.count > best.count;
  return candidate.json < best.json;
}
