// relatedTalks in one query: the entities a talk shares with others, weighted by how rare they are, and the best
// scoring other talks with what they share. Each relationship type connects fixed labels (graph/model.ts), so the far
// ends of these patterns need no label check.
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { ENGLISH_TEXT_HITS, hasHan, mergedTextHits } from './fulltext';
import type { RelatedReasonKind } from '../schema-types';

/** The kinds of shared entity the query reads (the schema's RelatedReasonKind, less SIMILAR_TEXT, which is text). */
export type SharedKind = Exclude<RelatedReasonKind, 'SIMILAR_TEXT'>;

interface SharedSpec {
  /** From the talk `t` to each shared entity `via`. */
  mine: string;
  /** From `via` to the other talks `other`. */
  theirs: string;
  /** How many `via` is linked to that way, out of `outOf` (talks or people). */
  count: string;
  outOf: 'allTalks' | 'allPeople';
  /** About how many relationships reading the other talks through one `via` takes, per `n`. */
  cost: number;
  /** Which list of the other talk's own (see LINKED) holds `via` when it shares it. */
  linked: keyof typeof LINKED;
}

const SHARED: Record<SharedKind, SharedSpec> = {
  SHARED_SPEAKER: {
    mine: '(t)<-[:PRESENTED]-(via:Person)',
    theirs: '(via)-[:PRESENTED]->(other)',
    count: 'COUNT { (via)-[:PRESENTED]->() }',
    outOf: 'allTalks',
    cost: 1,
    linked: 'speakers',
  },
  SHARED_PROJECT: {
    mine: '(t)-[:MENTIONS]->(via:Project)',
    theirs: '(via)<-[:MENTIONS]-(other)',
    count: 'COUNT { (via)<-[:MENTIONS]-() }',
    outOf: 'allTalks',
    cost: 1,
    linked: 'things',
  },
  SHARED_TOPIC: {
    mine: '(t)-[:ABOUT]->(via:Topic)',
    theirs: '(via)<-[:ABOUT]-(other)',
    count: 'COUNT { (via)<-[:ABOUT]-() }',
    outOf: 'allTalks',
    cost: 1,
    linked: 'things',
  },
  // Credited on the talk, not merely affiliated; how common an organization is counts its people.
  SHARED_ORGANIZATION: {
    mine: '(t)<-[:PRESENTED]-(:Person)-[mine:AFFILIATED_WITH]->(via:Organization) WHERE t.id IN mine.talks',
    theirs: '(via)<-[theirs:AFFILIATED_WITH]-()-[:PRESENTED]->(other) WHERE other.id IN theirs.talks',
    count: 'COUNT { (via)<-[:AFFILIATED_WITH]-() }',
    outOf: 'allPeople',
    // Each person's talks, and each checked against the credit.
    cost: 4,
    linked: 'organizations',
  },
  SAME_EVENT: {
    mine: '(t)-[:PART_OF]->(via:Event)',
    theirs: '(via)<-[:PART_OF]-(other)',
    count: 'COUNT { (via)<-[:PART_OF]-() }',
    outOf: 'allTalks',
    cost: 1,
    linked: 'things',
  },
  CO_LOCATED_EVENT: {
    mine: '(t)-[:PART_OF]->(:Event)-[:CO_LOCATED_WITH]-(via:Event)',
    theirs: '(via)<-[:PART_OF]-(other)',
    count: 'COUNT { (via)<-[:PART_OF]-() }',
    outOf: 'allTalks',
    cost: 1,
    linked: 'things',
  },
};

/** What a candidate talk `other` is linked to, to tell which of the talk's shared entities it has too. */
const LINKED = {
  speakers: '[(other)<-[:PRESENTED]-(p) | p]',
  things: '[(other)-[:MENTIONS|ABOUT|PART_OF]->(x) | x]',
  organizations: '[(other)<-[:PRESENTED]-()-[a:AFFILIATED_WITH]->(o) WHERE other.id IN a.talks | o]',
} as const;

const KINDS = Object.keys(SHARED) as SharedKind[];

export interface RelatedQueryOptions {
  talkId: string;
  /** Lucene query for similar titles; none when the titles have no words to match. */
  lucene: string | undefined;
  first: number;
  /** What one shared entity of each kind adds at most: for an entity that only the two talks have. */
  weights: Record<SharedKind, number>;
  /** Text scores below this are noise. */
  minTextScore: number;
}

/** Talks are read through the most telling shared entities until about this many relationships: the rest are hubs. */
export const EXPANSION_BUDGET = 2000;
/** Text hits read from each full-text index (only the English one for titles without Chinese). */
export const TEXT_HITS = 100;

/** How many of the best candidates get the hubs' weights added: more than the page, so a hub can still reorder it. */
export function candidateCount(first: number): number {
  return Math.max(50, 5 * first);
}

/**
 * One row `{shared, related}` (none when the talk is unknown). `shared`: every entity the talk shares through some kind,
 * `{kind, weight, entity}`, most telling first. `related`: the best `first` other talks, `{talk, score, shared, text}`
 * with `shared` indexes into the first list and `text` the title similarity (or null).
 *
 * An entity linked to n of N talks (people, for an organization) weighs `weights[kind] * ln(N/n) / ln(N/2)`: full
 * weight when only the two talks have it, little for Kubernetes. Candidates are the talks reached through the most
 * telling entities, in order, while about EXPANSION_BUDGET relationships are read, plus the talks with similar titles.
 * The other entities (hubs: thousands of talks each) are never expanded: they are looked up from the side of the best
 * candidates, whose own links are few.
 */
export function relatedTalksQuery(options: RelatedQueryOptions): CypherQuery {
  const { talkId, lucene, first, weights, minTextScore } = options;
  const sharedBranches = KINDS.map((kind) => {
    const spec = SHARED[kind];
    return `    MATCH ${spec.mine}\n    WITH DISTINCT via, ${spec.outOf} AS outOf\n    RETURN '${kind}' AS kind, via, ${spec.count} AS n, outOf, ${spec.cost} AS cost`;
  }).join('\n    UNION ALL\n');
  const expansionBranches = KINDS.map((kind) => {
    const spec = SHARED[kind];
    return `      WITH s WHERE s.kind = '${kind}' WITH s.via AS via MATCH ${spec.theirs} RETURN DISTINCT other`;
  }).join('\n      UNION ALL\n');
  const textBranch =
    lucene === undefined
      ? ''
      : `
    UNION ALL
    WITH t
    CALL () {${(hasHan(lucene) ? mergedTextHits(true) : ENGLISH_TEXT_HITS).replace(/\n/g, '\n      ')}
      WITH collect({node: node, score: score}) AS hits
      WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
      UNWIND hits AS hit
      RETURN hit.node AS other, hit.score / best AS similarity
    }
    WITH t, other, similarity WHERE other <> t AND similarity >= $minTextScore
    RETURN other, similarity AS weight, -1 AS ref`;
  // Each list is read only when a hub of its kinds is left to look up.
  const links = (Object.keys(LINKED) as (keyof typeof LINKED)[])
    .map((list) => {
      const kinds = KINDS.filter((kind) => SHARED[kind].linked === list).map((kind) => `'${kind}'`);
      return `CASE WHEN any(i IN hubs WHERE shared[i].kind IN [${kinds.join(', ')}]) THEN ${LINKED[list]} ELSE [] END`;
    })
    .join('\n    + ');

  const cypher = `MATCH (t:Talk {id: $talkId})
CALL () { MATCH (x:Talk) RETURN count(x) AS allTalks }
CALL () { MATCH (x:Person) RETURN count(x) AS allPeople }
CALL (t, allTalks, allPeople) {
  CALL (t, allTalks, allPeople) {
${sharedBranches}
  }
  WITH kind, via, n, cost, $weights[kind] * CASE WHEN n <= 2 THEN 1.0 ELSE log(toFloat(outOf) / n) / log(outOf / 2.0) END AS weight
  ORDER BY weight DESC, n, via.id
  RETURN collect({kind: kind, via: via, weight: weight, cost: n * cost}) AS shared
}
// The most telling entities, in order, each while the talks read so far and its own stay within the budget.
WITH t, shared, reduce(plan = {read: 0, expanded: []}, i IN range(0, size(shared) - 1) |
  CASE WHEN plan.read = 0 OR plan.read + shared[i].cost <= $budget
    THEN {read: plan.read + shared[i].cost, expanded: plan.expanded + i} ELSE plan END).expanded AS expanded
CALL (t, shared, expanded) {
  CALL (t, shared, expanded) {
    UNWIND expanded AS i
    WITH t, i, shared[i] AS s
    CALL (s) {
${expansionBranches}
    }
    WITH t, i, s, other WHERE other <> t
    RETURN other, s.weight AS weight, i AS ref${textBranch}
  }
  WITH other, sum(weight) AS partial, collect(ref) AS refs, max(CASE WHEN ref < 0 THEN weight END) AS text
  // Ties cut by element id, which needs no read for each of the thousands of candidates; the page's order uses ids.
  ORDER BY partial DESC, elementId(other)
  LIMIT $candidates
  // The hubs a candidate shares too, read from the candidate's own few links.
  WITH other, partial, refs, text, [i IN range(0, size(shared) - 1) WHERE NOT i IN expanded] AS hubs
  WITH other, partial, refs, text, hubs,
    ${links} AS links
  WITH other, partial, refs, text, [i IN hubs WHERE shared[i].via IN links] AS alsoShared
  WITH other, text, [i IN refs + alsoShared WHERE i >= 0] AS refs,
    partial + reduce(sum = 0.0, i IN alsoShared | sum + shared[i].weight) AS score
  ORDER BY score DESC, other.id
  LIMIT $first
  RETURN collect({talk: ${entityProjection('other')}, score: score, shared: refs, text: text}) AS related
}
CALL (shared) {
  UNWIND shared AS s
  WITH s, s.via AS via
  RETURN collect({kind: s.kind, weight: s.weight, entity: ${entityProjection('via')}}) AS entities
}
RETURN entities AS shared, related`;
  return {
    cypher,
    params: {
      talkId,
      weights,
      budget: cypherInt(EXPANSION_BUDGET),
      candidates: cypherInt(candidateCount(first)),
      first: cypherInt(first),
      ...(lucene === undefined ? {} : { lucene, textLabels: ['Talk'], textLimit: cypherInt(TEXT_HITS), minTextScore }),
    },
  };
}
