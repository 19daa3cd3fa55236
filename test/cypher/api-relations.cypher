// relationQuery(talkSpeakers, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (m:Person)-[:PRESENTED]->(n)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(talkSpeakerCredits, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (m:Person)-[:PRESENTED]->(n)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect({person: m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, organizations: [(m)-[a:AFFILIATED_WITH]->(o:Organization) WHERE n.id IN a.talks | o {.*, label: head(labels(o)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}]}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(talkEvent, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (n)-[:PART_OF]->(m:Event)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(talkProjects, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (n)-[:MENTIONS]->(m:Project)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(talkTopics, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (n)-[:ABOUT]->(m:Topic)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(talkDocuments, [parent], 100)
UNWIND $ids AS id
MATCH (n:Talk {id: id})
MATCH (m:Document)-[:DESCRIBES]->(n)
WITH DISTINCT id, n, m
ORDER BY m.key
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(personTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Person {id: id})
MATCH (n)-[:PRESENTED]->(m:Talk)
WITH DISTINCT id, n, m
ORDER BY coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(personOrganizations, [parent], 100)
UNWIND $ids AS id
MATCH (n:Person {id: id})
MATCH (n)-[:AFFILIATED_WITH]->(m:Organization)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(personContributions, [parent], 100)
UNWIND $ids AS id
MATCH (n:Person {id: id})
MATCH (n)-[r:CONTRIBUTES_TO]->(m:Project)
WITH DISTINCT id, n, m, r
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m, r]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m, pair[1] AS r
  RETURN collect({person: n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, project: m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, role: r.role}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(organizationPeople, [parent], 100)
UNWIND $ids AS id
MATCH (n:Organization {id: id})
MATCH (m:Person)-[:AFFILIATED_WITH]->(n)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(organizationTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Organization {id: id})
MATCH (n)<-[a:AFFILIATED_WITH]-(:Person)-[:PRESENTED]->(m:Talk) WHERE m.id IN a.talks
WITH DISTINCT id, n, m
ORDER BY coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(organizationMaintains, [parent], 100)
UNWIND $ids AS id
MATCH (n:Organization {id: id})
MATCH (n)-[:MAINTAINS]->(m:Project)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(projectTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Project {id: id})
MATCH (m:Talk)-[:MENTIONS]->(n)
WITH DISTINCT id, n, m
ORDER BY coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(projectMaintainers, [parent], 100)
UNWIND $ids AS id
MATCH (n:Project {id: id})
MATCH (m:Organization)-[:MAINTAINS]->(n)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(projectContributors, [parent], 100)
UNWIND $ids AS id
MATCH (n:Project {id: id})
MATCH (m:Person)-[r:CONTRIBUTES_TO]->(n)
WITH DISTINCT id, n, m, r
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m, r]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m, pair[1] AS r
  RETURN collect({person: m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, project: n {.*, label: head(labels(n)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}, role: r.role}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(eventTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Event {id: id})
MATCH (m:Talk)-[:PART_OF]->(n)
WITH DISTINCT id, n, m
ORDER BY m.day, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(eventCoLocatedWith, [parent], 100)
UNWIND $ids AS id
MATCH (n:Event {id: id})
MATCH (n)-[:CO_LOCATED_WITH]->(m:Event)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(eventCoLocatedEvents, [parent], 100)
UNWIND $ids AS id
MATCH (n:Event {id: id})
MATCH (m:Event)-[:CO_LOCATED_WITH]->(n)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(eventDocuments, [parent], 100)
UNWIND $ids AS id
MATCH (n:Event {id: id})
MATCH (m:Document)-[:DESCRIBES]->(n)
WITH DISTINCT id, n, m
ORDER BY m.key
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(topicTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Topic {id: id})
MATCH (m:Talk)-[:ABOUT]->(n)
WITH DISTINCT id, n, m
ORDER BY coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(documentTalks, [parent], 100)
UNWIND $ids AS id
MATCH (n:Document {id: id})
MATCH (n)-[:DESCRIBES]->(m:Talk)
WITH DISTINCT id, n, m
ORDER BY coalesce(m.day, '') DESC, m.time, toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}

// relationQuery(documentEvents, [parent], 100)
UNWIND $ids AS id
MATCH (n:Document {id: id})
MATCH (n)-[:DESCRIBES]->(m:Event)
WITH DISTINCT id, n, m
ORDER BY toLower(m.name), m.id
WITH id, n, collect([m]) AS found
CALL (n, found) {
  UNWIND found[..$first] AS pair
  WITH n, pair[0] AS m
  RETURN collect(m {.*, label: head(labels(m)), searchText: null, tallies: null, statements: null, root: null, abstract: null, notes: null}) AS items
}
RETURN id, size(found) AS total, items
// params: {"ids":["4:abc:1"],"first":100}
