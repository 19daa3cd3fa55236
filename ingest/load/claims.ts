import { parseSource, type PropertyValue } from '../model';

/**
 * What every node and relationship stores besides its properties, so that a document's assertions can be taken back
 * exactly: `sources` ("path:line") and `claims` ("path\tproperty\tJSON value", one per document and property).
 * The visible properties are derived from the claims alone, so they never depend on the order documents were loaded in.
 */
export interface Provenance {
  sources: string[];
  claims: string[];
}

export function encodeClaim(path: string, property: string, value: PropertyValue): string {
  // JSON escapes tabs inside strings, so the last two tabs always delimit property and value.
  return `${path}\t${property}\t${JSON.stringify(value)}`;
}

export function decodeClaim(claim: string): { path: string; property: string; value: PropertyValue } {
  const valueAt = claim.lastIndexOf('\t');
  const propertyAt = claim.lastIndexOf('\t', valueAt - 1);
  return {
    path: claim.slice(0, propertyAt),
    property: claim.slice(propertyAt + 1, valueAt),
    value: JSON.parse(claim.slice(valueAt + 1)) as PropertyValue,
  };
}

function claimPath(claim: string): string {
  return claim.slice(0, claim.lastIndexOf('\t', claim.lastIndexOf('\t') - 1));
}

/** Takes back everything the given documents said. */
export function withoutDocuments(provenance: Provenance, paths: ReadonlySet<string>): Provenance {
  return {
    sources: provenance.sources.filter((source) => !paths.has(parseSource(source).path)),
    claims: provenance.claims.filter((claim) => !paths.has(claimPath(claim))),
  };
}

export function withAssertion(provenance: Provenance, assertion: Provenance): Provenance {
  return {
    sources: sortSources([...new Set([...provenance.sources, ...assertion.sources])]),
    claims: [...new Set([...provenance.claims, ...assertion.claims])].sort(),
  };
}

/** By path, then by line as a number. */
function sortSources(sources: string[]): string[] {
  return sources
    .map((text) => ({ text, ...parseSource(text) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))
    .map((source) => source.text);
}

/** Properties that several documents fill by the longest value rather than the first. */
const LONGEST_WINS = new Set(['abstract']);

/**
 * The properties the claims add up to: lists are the union of every document's values; a scalar is the first
 * non-empty value in path order (the longest for an abstract); a property nobody gave a value is left out.
 */
export function deriveProperties(claims: readonly string[]): Record<string, PropertyValue> {
  const derived: Record<string, PropertyValue> = {};
  for (const claim of [...claims].sort()) {
    const { property, value } = decodeClaim(claim);
    const current = derived[property];
    if (Array.isArray(value)) {
      derived[property] = [...new Set([...(Array.isArray(current) ? current : []), ...value])];
    } else if (isEmpty(current) && !isEmpty(value)) {
      derived[property] = value;
    } else if (LONGEST_WINS.has(property) && typeof value === 'string' && typeof current === 'string') {
      if (value.length > current.length) derived[property] = value;
    }
  }
  for (const [property, value] of Object.entries(derived)) if (value === null) delete derived[property];
  return derived;
}

function isEmpty(value: PropertyValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}
