// Names to entities for arguments: a filter or lookup takes an id, a key, a name or an alias, and one that names nothing
// fails with NOT_FOUND and the nearest entities as suggestions instead of answering an empty list.
import { parseNodeId, type NodeLabel } from '../graph/model';
import { asEntity, type EntityRow } from './queries/entity';
import { REFERENCE_LABELS, type ListFilter } from './queries/filters';
import { luceneQuery } from './queries/fulltext';
import type { GraphData } from './resolvers/graph-data';
import { candidateKeys, entitiesByKeyQuery, entitiesByNameQuery } from './queries/names';
import { searchQuery } from './queries/search';
import { noMatch } from './errors';

const SUGGESTIONS = 5;

/** The entity of `label` that `text` names (key first, then name or alias), or null. */
export async function findNamed(data: GraphData, label: NodeLabel, text: string): Promise<EntityRow | null> {
  const [byKey] = await data.run(entitiesByKeyQuery(label, candidateKeys(label, text)));
  if (byKey) return asEntity(byKey.node);
  if (luceneQuery(text) === undefined) return null;
  const [byName] = await data.run(entitiesByNameQuery(label, text));
  return byName ? asEntity(byName.node) : null;
}

/**
 * The global id of the entity of `label` that `value` names: `Label:key`, a key, a name or an alias. Nothing named so
 * is a NOT_FOUND error for `argumentName`, with the full-text hits for the value as suggestions.
 */
export async function resolveReference(data: GraphData, label: NodeLabel, value: string, argumentName: string): Promise<string> {
  const parsed = parseNodeId(value);
  const text = parsed?.label === label ? parsed.key : value;
  const found = await findNamed(data, label, text);
  if (found) return found.id;
  const lucene = luceneQuery(text);
  const hits = lucene === undefined ? [] : await data.run(searchQuery(lucene, [label], SUGGESTIONS, text));
  throw noMatch(label, value, argumentName, hits.map((hit) => asEntity(hit.node)));
}

/** The filter with each entity reference replaced by the id of the entity it names (see resolveReference). */
export async function resolveFilter(data: GraphData, filter: ListFilter): Promise<ListFilter> {
  const resolved: ListFilter = { ...filter };
  await Promise.all(
    (Object.entries(REFERENCE_LABELS) as [keyof typeof REFERENCE_LABELS, NodeLabel][]).map(async ([field, label]) => {
      const value = filter[field];
      if (value !== undefined) resolved[field] = await resolveReference(data, label, value, `filter.${field}`);
    }),
  );
  return resolved;
}
