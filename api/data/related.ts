// What a talk shares with other talks: the structural half of relatedTalks (the textual half is a full-text query).
import { cypherInt, type CypherQuery } from './cypher';
import { entityProjection } from './entity';
import { MERGED_TEXT_HITS } from './fulltext';

/** Rows `{talkId, kind, entities}`: for each other talk and each kind of shared thing, the shared entities. */
export function sharedWithTalkQuery(talkId: string): CypherQuery {
  const cypher = `MATCH (t:Talk {id: $talkId})
CALL (t) {
  MATCH (t)<-[:PRESENTED]-(via:Person)-[:PRESENTED]->(other:Talk)
  RETURN other, 'SHARED_SPEAKER' AS kind, via
  UNION ALL
  MATCH (t)-[:MENTIONS]->(via:Project)<-[:MENTIONS]-(other:Talk)
  RETURN other, 'SHARED_PROJECT' AS kind, via
  UNION ALL
  MATCH (t)-[:ABOUT]->(via:Topic)<-[:ABOUT]-(other:Talk)
  RETURN other, 'SHARED_TOPIC' AS kind, via
  UNION ALL
  MATCH (t)<-[:PRESENTED]-(:Person)-[mine:AFFILIATED_WITH]->(via:Organization)<-[theirs:AFFILIATED_WITH]-(:Person)-[:PRESENTED]->(other:Talk)
  WHERE t.id IN mine.talks AND other.id IN theirs.talks
  RETURN other, 'SHARED_ORGANIZATION' AS kind, via
  UNION ALL
  MATCH (t)-[:PART_OF]->(via:Event)<-[:PART_OF]-(other:Talk)
  RETURN other, 'SAME_EVENT' AS kind, via
  UNION ALL
  MATCH (t)-[:PART_OF]->(:Event)-[:CO_LOCATED_WITH]-(via:Event)<-[:PART_OF]-(other:Talk)
  RETURN other, 'CO_LOCATED_EVENT' AS kind, via
}
WITH other, kind, via WHERE other <> t
WITH other, kind, collect(DISTINCT via) AS vias
RETURN other.id AS talkId, kind, [v IN vias | ${entityProjection('v')}] AS entities`;
  return { cypher, params: { talkId } };
}

/**
 * Rows `{talkId, score}`: talks whose text matches `lucene`, at most `first`, not `talkId`. Scores are relative to the
 * best hit, which is normally the talk itself, so 1 means "as alike as the talk to itself".
 */
export function similarTalksQuery(talkId: string, lucene: string, first: number): CypherQuery {
  const cypher = `${MERGED_TEXT_HITS}
WITH collect({node: node, score: score}) AS hits
WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits AS hit
WITH hit, best WHERE hit.node.id <> $talkId
WITH hit.node.id AS talkId, hit.score / best AS score
ORDER BY score DESC, talkId
LIMIT $first
RETURN talkId, score`;
  return { cypher, params: { talkId, lucene, textLabels: ['Talk'], first: cypherInt(first) } };
}
