// linksQuery(all, limit 200)
WITH [] AS textTalks
CALL (textTalks) {
  MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
  WHERE t.id IN credit.talks
  RETURN j, o, t, p AS person, null AS contributor, false AS maintains
  UNION ALL
  MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
  
  RETURN j, o, null AS t, p AS person, p AS contributor, false AS maintains
  UNION ALL
  MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
  
  RETURN j, o, null AS t, null AS person, null AS contributor, true AS maintains
}
WITH j, o, collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH j, o, talks, people, size(talks) + contributors + CASE WHEN maintains THEN 1 ELSE 0 END AS weight, maintains
ORDER BY weight DESC, toLower(j.name), toLower(o.name)
LIMIT $limit
RETURN j {.*, label: head(labels(j)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS project, o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS organization, weight, maintains,
  COLLECT { UNWIND talks AS t WITH t ORDER BY coalesce(t.day, '') DESC, toLower(t.name), t.id LIMIT $evidenceLimit RETURN t.id } AS talks,
  COLLECT { UNWIND people AS p WITH p ORDER BY toLower(p.name), p.id LIMIT $evidenceLimit RETURN p.id } AS people,
  size(talks) AS talkCount, size(people) AS peopleCount
// params: {"limit":200,"evidenceLimit":1000}

// linksQuery(one project, filtered by year, no evidence)
WITH [] AS textTalks
CALL (textTalks) {
  MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
  WHERE t.id IN credit.talks AND j.id IN $projectIds AND (EXISTS { MATCH (t)-[:PART_OF]->(yearEvent:Event) WHERE yearEvent.year = $filterYear } OR t.day STARTS WITH $filterYearText)
  RETURN j, o, t, p AS person, null AS contributor, false AS maintains
}
WITH j, o, count(DISTINCT t) AS talkCount,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH j, o, talkCount + contributors + CASE WHEN maintains THEN 1 ELSE 0 END AS weight, maintains
ORDER BY weight DESC, toLower(j.name), toLower(o.name)

RETURN j {.*, label: head(labels(j)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS project, o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS organization, weight, maintains,
  [] AS talks, [] AS people, 0 AS talkCount, 0 AS peopleCount
// params: {"filterYear":2025,"filterYearText":"2025-","projectIds":["Project:kubernetes"]}

// storedLinksQuery(all, limit 2000)
MATCH (o:Organization)-[l:LINKED_TO]->(j:Project)
WITH l.weight AS weight ORDER BY weight DESC LIMIT $limit
WITH min(weight) AS cutoff
MATCH (o:Organization)-[l:LINKED_TO]->(j:Project)
WHERE l.weight >= cutoff
WITH j, o, l ORDER BY l.weight DESC, toLower(j.name), toLower(o.name)
LIMIT $limit
WITH collect([j, o, l]) AS found
RETURN [link IN found | [link[0].id, link[1].id, link[2].weight, link[2].maintains, link[2].talkCount, link[2].peopleCount, link[2].talks[0..$talkFirst], link[2].people[0..$peopleFirst]]] AS links,
  COLLECT { UNWIND found AS link WITH DISTINCT link[0] AS j RETURN j {.*, label: head(labels(j)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} } AS projects,
  COLLECT { UNWIND found AS link WITH DISTINCT link[1] AS o RETURN o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} } AS organizations
// params: {"limit":2000,"talkFirst":1000,"peopleFirst":1000}

// storedLinksQuery(one project)
MATCH (o:Organization)-[l:LINKED_TO]->(j:Project) WHERE j.id IN $projectIds
WITH l.weight AS weight ORDER BY weight DESC LIMIT $limit
WITH min(weight) AS cutoff
MATCH (o:Organization)-[l:LINKED_TO]->(j:Project)
WHERE j.id IN $projectIds AND l.weight >= cutoff
WITH j, o, l ORDER BY l.weight DESC, toLower(j.name), toLower(o.name)
LIMIT $limit
WITH collect([j, o, l]) AS found
RETURN [link IN found | [link[0].id, link[1].id, link[2].weight, link[2].maintains, link[2].talkCount, link[2].peopleCount, link[2].talks[0..$talkFirst], link[2].people[0..$peopleFirst]]] AS links,
  COLLECT { UNWIND found AS link WITH DISTINCT link[0] AS j RETURN j {.*, label: head(labels(j)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} } AS projects,
  COLLECT { UNWIND found AS link WITH DISTINCT link[1] AS o RETURN o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} } AS organizations
// params: {"projectIds":["Project:kubernetes"],"limit":10,"talkFirst":1000,"peopleFirst":1000}

// linksQuery(one organization, filtered by text)
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('talkgraph_text', $lucene) YIELD node, score
    WHERE any(l IN labels(node) WHERE l IN $textLabels)
    RETURN collect({node: node, score: score}) AS english
  }
  CALL () {
    CALL db.index.fulltext.queryNodes('talkgraph_text_cjk', $lucene) YIELD node, score
    WHERE any(l IN labels(node) WHERE l IN $textLabels)
    RETURN collect({node: node, score: score}) AS cjk
  }
  WITH english, cjk,
    reduce(best = 0.0, h IN english | CASE WHEN h.score > best THEN h.score ELSE best END) AS englishBest,
    reduce(best = 0.0, h IN cjk | CASE WHEN h.score > best THEN h.score ELSE best END) AS cjkBest
  UNWIND [h IN english | {node: h.node, score: h.score / englishBest}] + [h IN cjk | {node: h.node, score: h.score / cjkBest}] AS hit
  WITH hit.node AS node, sum(hit.score) / 2.0 AS score
  RETURN collect(node) AS textTalks
}
CALL (textTalks) {
  MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
  WHERE t.id IN credit.talks AND o.id IN $organizationIds AND t IN textTalks
  RETURN j, o, t, p AS person, null AS contributor, false AS maintains
}
WITH j, o, collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH j, o, talks, people, size(talks) + contributors + CASE WHEN maintains THEN 1 ELSE 0 END AS weight, maintains
ORDER BY weight DESC, toLower(j.name), toLower(o.name)
LIMIT $limit
RETURN j {.*, label: head(labels(j)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS project, o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS organization, weight, maintains,
  COLLECT { UNWIND talks AS t WITH t ORDER BY coalesce(t.day, '') DESC, toLower(t.name), t.id LIMIT $evidenceLimit RETURN t.id } AS talks,
  COLLECT { UNWIND people AS p WITH p ORDER BY toLower(p.name), p.id LIMIT $evidenceLimit RETURN p.id } AS people,
  size(talks) AS talkCount, size(people) AS peopleCount
// params: {"organizationIds":["Organization:google"],"limit":10,"evidenceLimit":1000,"lucene":"ebpf ebpf*","textLabels":["Talk"]}

// relatedTalksQuery(talk, with text)
MATCH (t:Talk {id: $talkId})
CALL () { MATCH (x:Talk) RETURN count(x) AS allTalks }
CALL () { MATCH (x:Person) RETURN count(x) AS allPeople }
CALL (t, allTalks, allPeople) {
  CALL (t, allTalks, allPeople) {
    MATCH (t)<-[:PRESENTED]-(via:Person)
    WITH DISTINCT via, allTalks AS outOf
    RETURN 'SHARED_SPEAKER' AS kind, via, COUNT { (via)-[:PRESENTED]->() } AS n, outOf, 1 AS cost
    UNION ALL
    MATCH (t)-[:MENTIONS]->(via:Project)
    WITH DISTINCT via, allTalks AS outOf
    RETURN 'SHARED_PROJECT' AS kind, via, COUNT { (via)<-[:MENTIONS]-() } AS n, outOf, 1 AS cost
    UNION ALL
    MATCH (t)-[:ABOUT]->(via:Topic)
    WITH DISTINCT via, allTalks AS outOf
    RETURN 'SHARED_TOPIC' AS kind, via, COUNT { (via)<-[:ABOUT]-() } AS n, outOf, 1 AS cost
    UNION ALL
    MATCH (t)<-[:PRESENTED]-(:Person)-[mine:AFFILIATED_WITH]->(via:Organization) WHERE t.id IN mine.talks
    WITH DISTINCT via, allPeople AS outOf
    RETURN 'SHARED_ORGANIZATION' AS kind, via, COUNT { (via)<-[:AFFILIATED_WITH]-() } AS n, outOf, 4 AS cost
    UNION ALL
    MATCH (t)-[:PART_OF]->(via:Event)
    WITH DISTINCT via, allTalks AS outOf
    RETURN 'SAME_EVENT' AS kind, via, COUNT { (via)<-[:PART_OF]-() } AS n, outOf, 1 AS cost
    UNION ALL
    MATCH (t)-[:PART_OF]->(:Event)-[:CO_LOCATED_WITH]-(via:Event)
    WITH DISTINCT via, allTalks AS outOf
    RETURN 'CO_LOCATED_EVENT' AS kind, via, COUNT { (via)<-[:PART_OF]-() } AS n, outOf, 1 AS cost
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
      WITH s WHERE s.kind = 'SHARED_SPEAKER' WITH s.via AS via MATCH (via)-[:PRESENTED]->(other) RETURN DISTINCT other
      UNION ALL
      WITH s WHERE s.kind = 'SHARED_PROJECT' WITH s.via AS via MATCH (via)<-[:MENTIONS]-(other) RETURN DISTINCT other
      UNION ALL
      WITH s WHERE s.kind = 'SHARED_TOPIC' WITH s.via AS via MATCH (via)<-[:ABOUT]-(other) RETURN DISTINCT other
      UNION ALL
      WITH s WHERE s.kind = 'SHARED_ORGANIZATION' WITH s.via AS via MATCH (via)<-[theirs:AFFILIATED_WITH]-()-[:PRESENTED]->(other) WHERE other.id IN theirs.talks RETURN DISTINCT other
      UNION ALL
      WITH s WHERE s.kind = 'SAME_EVENT' WITH s.via AS via MATCH (via)<-[:PART_OF]-(other) RETURN DISTINCT other
      UNION ALL
      WITH s WHERE s.kind = 'CO_LOCATED_EVENT' WITH s.via AS via MATCH (via)<-[:PART_OF]-(other) RETURN DISTINCT other
    }
    WITH t, i, s, other WHERE other <> t
    RETURN other, s.weight AS weight, i AS ref
    UNION ALL
    WITH t
    CALL () {
      CALL db.index.fulltext.queryNodes('talkgraph_text', $lucene, {limit: $textLimit}) YIELD node, score
      WHERE any(l IN labels(node) WHERE l IN $textLabels)
      WITH node, score
      WITH collect({node: node, score: score}) AS hits
      WITH hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
      UNWIND hits AS hit
      RETURN hit.node AS other, hit.score / best AS similarity
    }
    WITH t, other, similarity WHERE other <> t AND similarity >= $minTextScore
    RETURN other, similarity AS weight, -1 AS ref
  }
  WITH other, sum(weight) AS partial, collect(ref) AS refs, max(CASE WHEN ref < 0 THEN weight END) AS text
  // Ties cut by element id, which needs no read for each of the thousands of candidates; the page's order uses ids.
  ORDER BY partial DESC, elementId(other)
  LIMIT $candidates
  // The hubs a candidate shares too, read from the candidate's own few links.
  WITH other, partial, refs, text, [i IN range(0, size(shared) - 1) WHERE NOT i IN expanded] AS hubs
  WITH other, partial, refs, text, hubs,
    CASE WHEN any(i IN hubs WHERE shared[i].kind IN ['SHARED_SPEAKER']) THEN [(other)<-[:PRESENTED]-(p) | p] ELSE [] END
    + CASE WHEN any(i IN hubs WHERE shared[i].kind IN ['SHARED_PROJECT', 'SHARED_TOPIC', 'SAME_EVENT', 'CO_LOCATED_EVENT']) THEN [(other)-[:MENTIONS|ABOUT|PART_OF]->(x) | x] ELSE [] END
    + CASE WHEN any(i IN hubs WHERE shared[i].kind IN ['SHARED_ORGANIZATION']) THEN [(other)<-[:PRESENTED]-()-[a:AFFILIATED_WITH]->(o) WHERE other.id IN a.talks | o] ELSE [] END AS links
  WITH other, partial, refs, text, [i IN hubs WHERE shared[i].via IN links] AS alsoShared
  WITH other, text, [i IN refs + alsoShared WHERE i >= 0] AS refs,
    partial + reduce(sum = 0.0, i IN alsoShared | sum + shared[i].weight) AS score
  ORDER BY score DESC, other.id
  LIMIT $first
  RETURN collect({talk: other {.*, label: head(labels(other)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, score: score, shared: refs, text: text}) AS related
}
CALL (shared) {
  UNWIND shared AS s
  WITH s, s.via AS via
  RETURN collect({kind: s.kind, weight: s.weight, entity: via {.*, label: head(labels(via)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}}) AS entities
}
RETURN entities AS shared, related
// params: {"talkId":"Talk:scaling-kubernetes@kubecon-eu-2025","weights":{"SHARED_SPEAKER":3,"SHARED_ORGANIZATION":1,"SHARED_PROJECT":2,"SHARED_TOPIC":1,"SAME_EVENT":0.5,"CO_LOCATED_EVENT":0.25},"budget":2000,"candidates":50,"first":10,"lucene":"scaling kubernetes","textLabels":["Talk"],"textLimit":100,"minTextScore":0.5}

// nextHopQuery(frontier, seen, all labels, 50)
UNWIND range(0, size($frontier) - 1) AS position
MATCH (f) WHERE elementId(f) = $frontier[position]
CALL (f) {
  CALL (f) {
    MATCH (f)-[:PRESENTED|AFFILIATED_WITH|MENTIONS|CONTRIBUTES_TO|MAINTAINS]-(m) RETURN m
    UNION
    MATCH (f)<-[:PART_OF|ABOUT]-(m) RETURN m
    UNION
    MATCH (f)-[:DESCRIBES]->(m) WHERE m:Talk|Person|Organization|Project RETURN m
  }
  WITH m WHERE NOT elementId(m) IN $seen
  WITH m, COUNT { (m)-[:PRESENTED|AFFILIATED_WITH|MENTIONS|CONTRIBUTES_TO|MAINTAINS]-() } + COUNT { (m)<-[:PART_OF|ABOUT]-() } + COUNT { (m)-[:DESCRIBES]->(far) WHERE far:Talk|Person|Organization|Project } AS degree
  ORDER BY degree DESC, m.id
  LIMIT $take
  RETURN m, degree
}
// A neighbor of two frontier entities comes with the first (DISTINCT keeps the first row and the order).
WITH DISTINCT m, degree
LIMIT $take
RETURN elementId(m) AS handle, m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node, degree
// params: {"frontier":["4:abc:1"],"seen":["4:abc:1"],"take":50}

// edgesAmongQuery(handles, all labels)
UNWIND $handles AS handle
MATCH (a) WHERE elementId(a) = handle
MATCH (a)-[r:PRESENTED|AFFILIATED_WITH|MENTIONS|CONTRIBUTES_TO|MAINTAINS]->(b) WHERE elementId(b) IN $handles
RETURN DISTINCT a.id AS source, type(r) AS type, b.id AS target
ORDER BY source, type, target
// params: {"handles":["4:abc:1","4:abc:2"]}

// shortestPathsQuery(person, project, 6, all labels, no ends)
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:PRESENTED|AFFILIATED_WITH|MENTIONS|CONTRIBUTES_TO|MAINTAINS*..6]-(b))
WHERE all(x IN nodes(p)[1..-1] WHERE any(l IN labels(x) WHERE l IN $labels))
WITH p LIMIT 10
RETURN [x IN nodes(p) | elementId(x)] AS handles,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}] AS edges
// params: {"from":"Person:liz-rice","to":"Project:kubernetes","labels":["Talk","Person","Organization","Project"]}
