// refreshLinksQueries(all) 1
MATCH (:Organization)-[l:LINKED_TO]->(:Project) DELETE l
// params: {}

// refreshLinksQueries(all) 2
CALL () {
    MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
    WHERE t.id IN credit.talks AND true AND true
    RETURN o, j, t, p AS person, null AS contributor, false AS maintains
    UNION ALL
    MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
    WHERE true AND true
    RETURN o, j, null AS t, p AS person, p AS contributor, false AS maintains
    UNION ALL
    MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
    WHERE true AND true
    RETURN o, j, null AS t, null AS person, null AS contributor, true AS maintains
}
WITH o, j, collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH o, j, size(talks) AS talkCount, size(people) AS peopleCount, contributors, maintains,
  COLLECT { UNWIND talks AS t WITH t ORDER BY coalesce(t.day, '') DESC, toLower(t.name), t.id LIMIT 1000 RETURN t.id } AS talkIds,
  COLLECT { UNWIND people AS p WITH p ORDER BY toLower(p.name), p.id LIMIT 1000 RETURN p.id } AS personIds
CREATE (o)-[:LINKED_TO {weight: talkCount + contributors + CASE WHEN maintains THEN 1 ELSE 0 END, talkCount: talkCount, peopleCount: peopleCount,
  maintains: maintains, talks: talkIds, people: personIds}]->(j)
// params: {}

// refreshLinksQueries(one of each) 1
UNWIND $organizations AS id MATCH (:Organization {id: id})-[l:LINKED_TO]->(:Project) DELETE l
// params: {"organizations":["Organization:google"],"projects":["Project:kubernetes"],"talks":["Talk:scaling-kubernetes@kubecon-eu-2025"]}

// refreshLinksQueries(one of each) 2
UNWIND COLLECT { UNWIND $talks AS id MATCH (:Talk {id: id})-[:MENTIONS]->(j:Project) RETURN j.id AS id UNION UNWIND $projects AS id RETURN id } AS id MATCH (o:Organization)-[l:LINKED_TO]->(:Project {id: id}) WHERE NOT o.id IN $organizations DELETE l
// params: {"organizations":["Organization:google"],"projects":["Project:kubernetes"],"talks":["Talk:scaling-kubernetes@kubecon-eu-2025"]}

// refreshLinksQueries(one of each) 3
CALL () {
    UNWIND $organizations AS anchor
    CALL (anchor) {
      MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
      WHERE t.id IN credit.talks AND o.id = anchor AND true
      RETURN o, j, t, p AS person, null AS contributor, false AS maintains
      UNION ALL
      MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
      WHERE o.id = anchor AND true
      RETURN o, j, null AS t, p AS person, p AS contributor, false AS maintains
      UNION ALL
      MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
      WHERE o.id = anchor AND true
      RETURN o, j, null AS t, null AS person, null AS contributor, true AS maintains
    }
    RETURN o, j, t, person, contributor, maintains
    UNION ALL
    UNWIND COLLECT { UNWIND $talks AS id MATCH (:Talk {id: id})-[:MENTIONS]->(j:Project) RETURN j.id AS id UNION UNWIND $projects AS id RETURN id } AS anchor
    CALL (anchor) {
      MATCH (o:Organization)<-[credit:AFFILIATED_WITH]-(p:Person)-[:PRESENTED]->(t:Talk)-[:MENTIONS]->(j:Project)
      WHERE t.id IN credit.talks AND NOT o.id IN $organizations AND j.id = anchor
      RETURN o, j, t, p AS person, null AS contributor, false AS maintains
      UNION ALL
      MATCH (o:Organization)<-[:AFFILIATED_WITH]-(p:Person)-[:CONTRIBUTES_TO]->(j:Project)
      WHERE NOT o.id IN $organizations AND j.id = anchor
      RETURN o, j, null AS t, p AS person, p AS contributor, false AS maintains
      UNION ALL
      MATCH (o:Organization)-[:MAINTAINS]->(j:Project)
      WHERE NOT o.id IN $organizations AND j.id = anchor
      RETURN o, j, null AS t, null AS person, null AS contributor, true AS maintains
    }
    RETURN o, j, t, person, contributor, maintains
}
WITH o, j, collect(DISTINCT t) AS talks, collect(DISTINCT person) AS people,
  count(DISTINCT contributor) AS contributors, any(m IN collect(maintains) WHERE m) AS maintains
WITH o, j, size(talks) AS talkCount, size(people) AS peopleCount, contributors, maintains,
  COLLECT { UNWIND talks AS t WITH t ORDER BY coalesce(t.day, '') DESC, toLower(t.name), t.id LIMIT 1000 RETURN t.id } AS talkIds,
  COLLECT { UNWIND people AS p WITH p ORDER BY toLower(p.name), p.id LIMIT 1000 RETURN p.id } AS personIds
CREATE (o)-[:LINKED_TO {weight: talkCount + contributors + CASE WHEN maintains THEN 1 ELSE 0 END, talkCount: talkCount, peopleCount: peopleCount,
  maintains: maintains, talks: talkIds, people: personIds}]->(j)
// params: {"organizations":["Organization:google"],"projects":["Project:kubernetes"],"talks":["Talk:scaling-kubernetes@kubecon-eu-2025"]}
