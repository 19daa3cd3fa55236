// nodesByIdQuery([talk])
CALL () {
  UNWIND $byLabel.Talk AS id MATCH (n:Talk {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Person AS id MATCH (n:Person {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Organization AS id MATCH (n:Organization {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Project AS id MATCH (n:Project {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Event AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Topic AS id MATCH (n:Topic {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Document AS id MATCH (n:Document {id: id}) RETURN n
}
RETURN n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node
// params: {"byLabel":{"Talk":["Talk:scaling-kubernetes@kubecon-eu-2025"],"Person":[],"Organization":[],"Project":[],"Event":[],"Topic":[],"Document":[]}}

// nodesByIdQuery([talk], light)
CALL () {
  UNWIND $byLabel.Talk AS id MATCH (n:Talk {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Person AS id MATCH (n:Person {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Organization AS id MATCH (n:Organization {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Project AS id MATCH (n:Project {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Event AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Topic AS id MATCH (n:Topic {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Document AS id MATCH (n:Document {id: id}) RETURN n
}
RETURN n {.id, .name, .title, .day, label: head(labels(n))} AS node
// params: {"byLabel":{"Talk":["Talk:scaling-kubernetes@kubecon-eu-2025"],"Person":[],"Organization":[],"Project":[],"Event":[],"Topic":[],"Document":[]}}

// textsQuery([talk])
UNWIND $ids AS id MATCH (t:Talk {id: id}) RETURN t.id AS id, t.abstract AS abstract, t.notes AS notes
// params: {"ids":["Talk:scaling-kubernetes@kubecon-eu-2025"]}

// handlesByIdQuery([talk], [Person, Project])
CALL () {
  UNWIND $byLabel.Talk AS id MATCH (n:Talk {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Person AS id MATCH (n:Person {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Organization AS id MATCH (n:Organization {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Project AS id MATCH (n:Project {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Event AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Topic AS id MATCH (n:Topic {id: id}) RETURN n
  UNION ALL
  UNWIND $byLabel.Document AS id MATCH (n:Document {id: id}) RETURN n
}
RETURN elementId(n) AS handle, n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node, COUNT { (n)-[:CONTRIBUTES_TO]-() } + COUNT { (n)-[:MENTIONS|MAINTAINS]->() } + COUNT { (n)<-[:PRESENTED|AFFILIATED_WITH]-() } + COUNT { (n)-[:DESCRIBES]->(far) WHERE far:Person|Project } AS degree
// params: {"byLabel":{"Talk":["Talk:scaling-kubernetes@kubecon-eu-2025"],"Person":[],"Organization":[],"Project":[],"Event":[],"Topic":[],"Document":[]}}

// nodesByHandleQuery([h], [Talk])
MATCH (n) WHERE elementId(n) IN $handles
RETURN elementId(n) AS handle, n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node, COUNT { (n)-[:PRESENTED]->() } + COUNT { (n)<-[:PART_OF|MENTIONS|ABOUT]-() } + COUNT { (n)-[:DESCRIBES]->(far) WHERE far:Talk } AS degree
// params: {"handles":["4:abc:1"]}

// entitiesByKeyQuery(Person, ['liz-rice'])
UNWIND $keys AS key
MATCH (n:Person {key: key})
RETURN DISTINCT n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node
// params: {"keys":["liz-rice"]}

// entitiesByNameQuery(Person, 'Liz Rice')
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
WITH node AS n
WHERE toLower(n.name) = $lower OR any(alias IN coalesce(n.aliases, []) + coalesce(n.altTitles, []) WHERE toLower(alias) = $lower)
RETURN n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node
ORDER BY coalesce(n.documentCount, 0) DESC, n.id
// params: {"lucene":"\"liz rice\"","textLabels":["Person"],"lower":"liz rice"}

// listQuery(Talk, no filter, 0, 20)
MATCH (n:Talk)

WITH n, 0.0 AS score
ORDER BY score DESC, coalesce(n.day, '') DESC, n.time, toLower(n.name), n.id
WITH collect(n) AS selected
RETURN size(selected) AS totalCount, [n IN selected[$offset..($offset + $first)] | n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}] AS page
// params: {"offset":0,"first":20}

// listQuery(Talk, every filter, 40, 20)
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
WITH node AS n, score
WHERE EXISTS { MATCH (n)-[:PART_OF]->(:Event {id: $filterEvent}) }
  AND (EXISTS { MATCH (n)-[:PART_OF]->(yearEvent:Event) WHERE yearEvent.year = $filterYear } OR n.day STARTS WITH $filterYearText)
  AND EXISTS { MATCH (n)<-[:PRESENTED]-(:Person)-[credit:AFFILIATED_WITH]->(:Organization {id: $filterOrganization}) WHERE n.id IN credit.talks }
  AND EXISTS { MATCH (n)-[:MENTIONS]->(:Project {id: $filterProject}) }
  AND EXISTS { MATCH (n)<-[:PRESENTED]-(:Person {id: $filterSpeaker}) }
  AND EXISTS { MATCH (n)-[:ABOUT]->(:Topic {id: $filterTopic}) }
ORDER BY score DESC, coalesce(n.day, '') DESC, n.time, toLower(n.name), n.id
WITH collect(n) AS selected
RETURN size(selected) AS totalCount, [n IN selected[$offset..($offset + $first)] | n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}] AS page
// params: {"filterEvent":"Event:kubecon-eu-2025","filterYear":2025,"filterYearText":"2025-","filterOrganization":"Organization:google","filterProject":"Project:kubernetes","filterSpeaker":"Person:liz-rice","filterTopic":"Topic:security","offset":40,"first":20,"lucene":"ebpf ebpf*","textLabels":["Talk"]}

// listQuery(Organization, by project and year, 0, 20)
MATCH (n:Organization)
WHERE EXISTS { MATCH (n)<-[reach:AFFILIATED_WITH]-(:Person)-[:PRESENTED]->(t:Talk) WHERE t.id IN reach.talks AND (EXISTS { MATCH (t)-[:PART_OF]->(yearEvent:Event) WHERE yearEvent.year = $filterYear } OR t.day STARTS WITH $filterYearText) AND EXISTS { MATCH (t)-[:MENTIONS]->(:Project {id: $filterProject}) } }
WITH n, 0.0 AS score
ORDER BY score DESC, toLower(n.name), n.id
WITH collect(n) AS selected
RETURN size(selected) AS totalCount, [n IN selected[$offset..($offset + $first)] | n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}] AS page
// params: {"filterYear":2024,"filterYearText":"2024-","filterProject":"Project:kubernetes","offset":0,"first":20}

// listQuery(Person, by text, 0, 10)
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
WITH node AS n, score

ORDER BY score DESC, toLower(n.name), n.id
WITH collect(n) AS selected
RETURN size(selected) AS totalCount, [n IN selected[$offset..($offset + $first)] | n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}] AS page
// params: {"offset":0,"first":10,"lucene":"rice rice*","textLabels":["Person"]}

// searchQuery('kubernetes*', all labels, 10, 'kubernetes')
CALL () {
  CALL db.index.fulltext.queryNodes('talkgraph_text', $lucene, {limit: $textLimit}) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $textLabels)
  RETURN collect({node: node, score: score}) AS english
}
CALL () {
  CALL db.index.fulltext.queryNodes('talkgraph_text_cjk', $lucene, {limit: $textLimit}) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $textLabels)
  RETURN collect({node: node, score: score}) AS cjk
}
WITH english, cjk,
  reduce(best = 0.0, h IN english | CASE WHEN h.score > best THEN h.score ELSE best END) AS englishBest,
  reduce(best = 0.0, h IN cjk | CASE WHEN h.score > best THEN h.score ELSE best END) AS cjkBest
UNWIND [h IN english | {node: h.node, score: h.score / englishBest}] + [h IN cjk | {node: h.node, score: h.score / cjkBest}] AS hit
WITH hit.node AS node, sum(hit.score) / 2.0 AS score
WITH collect({node: node, score: score}) AS hits
CALL () {
  CALL () {
    UNWIND $exactKeys.Person AS key MATCH (n:Person {key: key}) RETURN n
    UNION ALL
    UNWIND $exactKeys.Organization AS key MATCH (n:Organization {key: key}) RETURN n
    UNION ALL
    UNWIND $exactKeys.Project AS key MATCH (n:Project {key: key}) RETURN n
    UNION ALL
    UNWIND $exactKeys.Event AS key MATCH (n:Event {key: key}) RETURN n
    UNION ALL
    UNWIND $exactKeys.Topic AS key MATCH (n:Topic {key: key}) RETURN n
  }
  RETURN collect(DISTINCT n) AS exact
}
WITH hits, exact, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits + [n IN exact | {node: n, score: best}] AS hit
WITH hit.node AS n, exact, best, max(hit.score) AS raw
WITH n, CASE WHEN best > 0 THEN raw / best ELSE 1.0 END AS score,
  CASE WHEN $lower = '' THEN 2
    WHEN n IN exact OR $lower IN [toLower(n.name)] + [alias IN coalesce(n.aliases, []) + coalesce(n.altTitles, []) | toLower(alias)] THEN 0
    WHEN any(name IN [toLower(n.name)] + [alias IN coalesce(n.aliases, []) + coalesce(n.altTitles, []) | toLower(alias)] WHERE name STARTS WITH $lower) THEN 1
    ELSE 2 END AS rank
ORDER BY rank, score DESC, toLower(n.name), n.id
LIMIT $first
RETURN n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null} AS node, score, ['EXACT', 'PREFIX', 'TEXT'][rank] AS match
// params: {"lucene":"kubernetes*","textLabels":["Talk","Person","Organization","Project","Event","Topic"],"first":10,"lower":"kubernetes","exactKeys":{"Person":["kubernetes"],"Organization":["kubernetes"],"Project":["kubernetes"],"Event":["kubernetes"],"Topic":["kubernetes"]},"textLimit":200}

// sourcesQuery(Talk, [talk], 5)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
CALL (n) {
  MATCH (d:Document)-[r:DESCRIBES]->(n)
  RETURN d.path AS path, r.lines AS lines
  ORDER BY path
  LIMIT $first
}
RETURN id, collect({path: path, lines: lines}) AS sources
// params: {"ids":["Talk:scaling-kubernetes@kubecon-eu-2025"],"first":5}

// statsQuery()
MATCH (n:Talk) RETURN 'label' AS kind, 'Talk' AS name, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'label' AS kind, 'Person' AS name, count(n) AS count
UNION ALL
MATCH (n:Organization) RETURN 'label' AS kind, 'Organization' AS name, count(n) AS count
UNION ALL
MATCH (n:Project) RETURN 'label' AS kind, 'Project' AS name, count(n) AS count
UNION ALL
MATCH (n:Event) RETURN 'label' AS kind, 'Event' AS name, count(n) AS count
UNION ALL
MATCH (n:Topic) RETURN 'label' AS kind, 'Topic' AS name, count(n) AS count
UNION ALL
MATCH (n:Document) RETURN 'label' AS kind, 'Document' AS name, count(n) AS count
UNION ALL
MATCH ()-[r:PRESENTED]->() RETURN 'type' AS kind, 'PRESENTED' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:AFFILIATED_WITH]->() RETURN 'type' AS kind, 'AFFILIATED_WITH' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'type' AS kind, 'PART_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:CO_LOCATED_WITH]->() RETURN 'type' AS kind, 'CO_LOCATED_WITH' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONS]->() RETURN 'type' AS kind, 'MENTIONS' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ABOUT]->() RETURN 'type' AS kind, 'ABOUT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:CONTRIBUTES_TO]->() RETURN 'type' AS kind, 'CONTRIBUTES_TO' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MAINTAINS]->() RETURN 'type' AS kind, 'MAINTAINS' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:DESCRIBES]->() RETURN 'type' AS kind, 'DESCRIBES' AS name, count(r) AS count
// params: {}

// correctionsInForceQuery()
MATCH (d:Document) WHERE d.corrections IS NOT NULL
      UNWIND d.corrections AS id
      RETURN id, count(d) AS documents ORDER BY id
// params: {}

// mergeCandidatesQuery()
MATCH (n) WHERE n:Person OR n:Organization
      RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Organization' END AS label,
        coalesce(n.name, n.key) AS name, coalesce(n.aliases, []) AS aliases,
        COLLECT { MATCH (n)-[:AFFILIATED_WITH]-(p) RETURN DISTINCT p.id } AS partners,
        COLLECT { MATCH (n)-[:PRESENTED]->(:Talk)-[:PART_OF]->(e:Event) RETURN DISTINCT e.id } AS events,
        COLLECT { MATCH (n)-[:PRESENTED]->(:Talk)-[:MENTIONS]->(p:Project) RETURN DISTINCT p.id } AS projects,
        COLLECT { MATCH (n)-[:PRESENTED]->(t:Talk) RETURN t.id } AS talks,
        COLLECT { MATCH (d:Document)-[:DESCRIBES]->(n) RETURN d.path } AS documents
// params: {}
