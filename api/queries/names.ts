// Entities by what people type for them: a key, the key the loader would give the name, the name itself or an alias.
import type { NodeLabel } from '../../graph/model';
import { organizationKey, personKey, projectKey, topicKey } from '../../ingest';
import type { CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { MERGED_TEXT_HITS } from './fulltext';

/** The loader's key for a name, per label: "Kante Yin" and "Yin Kante" are both Person `kante-yin`. */
const KEY_OF: Partial<Record<NodeLabel, (name: string) => string>> = {
  Person: personKey,
  Organization: organizationKey,
  Project: projectKey,
  Topic: topicKey,
};

/** The keys `text` may stand for under `label`: as typed, in lower case, and as the loader keys that name. */
export function candidateKeys(label: NodeLabel, text: string): string[] {
  const typed = text.trim();
  const keyed = KEY_OF[label]?.(typed);
  return [...new Set([typed, typed.toLowerCase(), ...(keyed ? [keyed] : [])])].filter((key) => key !== '');
}

/** Rows `{node}` for the entities of `label` with one of these keys (index seeks, no scan). */
export function entitiesByKeyQuery(label: NodeLabel, keys: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $keys AS key\nMATCH (n:${label} {key: key})\nRETURN DISTINCT ${entityProjection('n')} AS node`,
    params: { keys: [...keys] },
  };
}

/** A Lucene phrase for the whole text: the names that contain it, to be compared whole in Cypher. */
function phrase(text: string): string {
  return `"${text.toLowerCase().trim().replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Rows `{node}` for the entities of `label` whose name, an alias or an alternative title is `text` (any case), those
 * stated by the most documents first. Found through the full-text indexes, then compared whole.
 */
export function entitiesByNameQuery(label: NodeLabel, text: string): CypherQuery {
  return {
    cypher: `${MERGED_TEXT_HITS}
WITH node AS n
WHERE toLower(n.name) = $lower OR any(alias IN coalesce(n.aliases, []) + coalesce(n.altTitles, []) WHERE toLower(alias) = $lower)
RETURN ${entityProjection('n')} AS node
ORDER BY coalesce(n.documentCount, 0) DESC, n.id`,
    params: { lucene: phrase(text), textLabels: [label], lower: text.trim().toLowerCase() },
  };
}
