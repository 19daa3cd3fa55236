// readDocumentsQuery([path])
UNWIND $paths AS path MATCH (d:Document {key: path}) RETURN properties(d) AS properties
// params: {"paths":["notes/a.md"]}

// readNodesQuery(Talk, [id])
UNWIND $ids AS id MATCH (n:Talk {id: id}) RETURN n.id AS id, n.documentCount AS documentCount, n.tallies AS tallies
// params: {"ids":["Talk:scaling-kubernetes@kubecon-eu-2025"]}

// readRelationshipsQuery(PRESENTED)
UNWIND $rows AS row MATCH (a:Person {id: row.start})-[r:PRESENTED]->(b) WHERE b.id = row.end RETURN row.start AS start, row.end AS end, r {.documentCount, .tallies} AS properties
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025"}]}

// createNodesQuery(Talk)
UNWIND $rows AS row CREATE (n:Talk) SET n = row.properties
// params: {"rows":[{"id":"Talk:scaling-kubernetes@kubecon-eu-2025","properties":{"name":"Scaling Kubernetes"}}]}

// updateNodesQuery(Talk)
UNWIND $rows AS row MATCH (n:Talk {id: row.id}) SET n += row.properties
// params: {"rows":[{"id":"Talk:scaling-kubernetes@kubecon-eu-2025","properties":{"name":"Scaling Kubernetes"}}]}

// updateNodesQuery(Talk, replace)
UNWIND $rows AS row MATCH (n:Talk {id: row.id}) SET n = row.properties
// params: {"rows":[{"id":"Talk:scaling-kubernetes@kubecon-eu-2025","properties":{"name":"Scaling Kubernetes"}}]}

// deleteNodesQuery(Talk)
UNWIND $ids AS id MATCH (n:Talk {id: id}) DETACH DELETE n
// params: {"ids":["Talk:scaling-kubernetes@kubecon-eu-2025"]}

// createRelationshipsQuery(PRESENTED)
UNWIND $rows AS row MATCH (a:Person {id: row.start}) MATCH (b:Talk {id: row.end}) CREATE (a)-[r:PRESENTED]->(b) SET r = row.properties
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025","keyProperties":{},"properties":{"documentCount":1}}]}

// createRelationshipsQuery(CONTRIBUTES_TO, keyed by role)
UNWIND $rows AS row MATCH (a:Person {id: row.start}) MATCH (b:Project {id: row.end}) CREATE (a)-[r:CONTRIBUTES_TO]->(b) SET r = row.properties
// params: {"rows":[{"start":"Person:liz-rice","end":"Project:kubernetes","keyProperties":{"role":"maintainer"},"properties":{}}]}

// updateRelationshipsQuery(PRESENTED, replace)
UNWIND $rows AS row MATCH (a:Person {id: row.start})-[r:PRESENTED]->(b) WHERE b.id = row.end SET r = row.properties
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025","keyProperties":{},"properties":{"documentCount":1}}]}

// deleteRelationshipsQuery(PRESENTED)
UNWIND $rows AS row MATCH (a:Person {id: row.start})-[r:PRESENTED]->(b) WHERE b.id = row.end DELETE r
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025","keyProperties":{},"properties":{"documentCount":1}}]}

// stateMoreQuery(PRESENTED)
UNWIND $rows AS row MATCH (a:Person {id: row.start}) MATCH (b:Talk {id: row.end}) MERGE (a)-[r:PRESENTED]->(b) ON CREATE SET r.documentCount = row.documents, r.tallies = [] ON MATCH SET r.documentCount = r.documentCount + row.documents RETURN count(CASE WHEN r.documentCount = row.documents THEN 1 END) AS created
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025","keyProperties":{},"documents":1}]}

// stateLessQuery(PRESENTED)
UNWIND $rows AS row MATCH (a:Person {id: row.start})-[r:PRESENTED]->(b) WHERE b.id = row.end SET r.documentCount = r.documentCount + row.documents WITH r WHERE r.documentCount <= 0 DELETE r RETURN count(*) AS deleted
// params: {"rows":[{"start":"Person:liz-rice","end":"Talk:scaling-kubernetes@kubecon-eu-2025","keyProperties":{},"documents":1}]}

// deleteDescribesQuery([document])
UNWIND $ids AS id MATCH (:Document {id: id})-[r:DESCRIBES]->() DELETE r
// params: {"ids":["Document:notes/a.md"]}

// createDescribesQuery(Talk)
UNWIND $rows AS row MATCH (d:Document {id: row.document}) UNWIND row.nodes AS stated MATCH (n:Talk {id: stated.id}) CREATE (d)-[:DESCRIBES {lines: stated.lines}]->(n)
// params: {"rows":[{"document":"Document:notes/a.md","nodes":[{"id":"Talk:scaling-kubernetes@kubecon-eu-2025","lines":[3]}]}]}

// storedDocumentsQuery()
MATCH (d:Document) RETURN d.key AS path, d.sha256 AS sha256, d.extractor AS extractor, d.statements IS NULL AS outdated
// params: {}

// storedDocumentsQuery([path])
UNWIND $paths AS path MATCH (d:Document {key: path}) RETURN d.key AS path, d.sha256 AS sha256, d.extractor AS extractor, d.statements IS NULL AS outdated
// params: {"paths":["notes/a.md"]}

// outdatedDocumentsQuery()
MATCH (d:Document) WHERE d.statements IS NULL RETURN count(d) AS outdated
// params: {}

// storedPersonAliasesQuery()
MATCH (d:Document) WHERE size(coalesce(d.personAliases, [])) > 0 RETURN d.key AS path, d.personAliases AS aliases
// params: {}

// documentsNamingPeopleQuery(rows)
UNWIND $rows AS row MATCH (:Person {id: 'Person:' + row.person})<-[:DESCRIBES]-(d:Document) WHERE row.key IN coalesce(d.personKeys, []) RETURN DISTINCT d.key AS path
// params: {"rows":[{"key":"liz","person":"Person:liz-rice"}]}

// labelCountsQuery()
MATCH (n:Talk) RETURN 'Talk' AS label, count(n) AS count UNION ALL MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count UNION ALL MATCH (n:Organization) RETURN 'Organization' AS label, count(n) AS count UNION ALL MATCH (n:Project) RETURN 'Project' AS label, count(n) AS count UNION ALL MATCH (n:Event) RETURN 'Event' AS label, count(n) AS count UNION ALL MATCH (n:Topic) RETURN 'Topic' AS label, count(n) AS count UNION ALL MATCH (n:Document) RETURN 'Document' AS label, count(n) AS count
// params: {}

// clearSliceQuery(relationships, [Talk])
MATCH (:Talk)-[r]-() WITH DISTINCT r LIMIT 20000 DELETE r RETURN count(*) AS deleted
// params: {}

// clearSliceQuery(nodes, [Talk])
MATCH (n:Talk) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted
// params: {}

// markBulkLoadQuery(now, by)
MERGE (m:BulkLoad {id: 'bulk-load'}) SET m.startedAt = $now, m.host = $host, m.pid = $pid
// params: {"now":"2026-12-05T00:00:00Z","host":"host","pid":1}

// unmarkBulkLoadQuery()
MATCH (m:BulkLoad) DELETE m
// params: {}

// readBulkLoadMarkQuery()
MATCH (m:BulkLoad) RETURN m.startedAt AS startedAt, m.host AS host, m.pid AS pid
// params: {}
