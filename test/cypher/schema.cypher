// statement 1
CREATE CONSTRAINT talk_id_unique IF NOT EXISTS FOR (n:Talk) REQUIRE n.id IS UNIQUE
// params: {}

// statement 2
CREATE CONSTRAINT talk_key_unique IF NOT EXISTS FOR (n:Talk) REQUIRE n.key IS UNIQUE
// params: {}

// statement 3
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
// params: {}

// statement 4
CREATE CONSTRAINT person_key_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE
// params: {}

// statement 5
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE
// params: {}

// statement 6
CREATE CONSTRAINT organization_key_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE
// params: {}

// statement 7
CREATE CONSTRAINT project_id_unique IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE
// params: {}

// statement 8
CREATE CONSTRAINT project_key_unique IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE
// params: {}

// statement 9
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
// params: {}

// statement 10
CREATE CONSTRAINT event_key_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE
// params: {}

// statement 11
CREATE CONSTRAINT topic_id_unique IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
// params: {}

// statement 12
CREATE CONSTRAINT topic_key_unique IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE
// params: {}

// statement 13
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
// params: {}

// statement 14
CREATE CONSTRAINT document_key_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE
// params: {}

// statement 15
CREATE FULLTEXT INDEX talkgraph_text IF NOT EXISTS FOR (n:Talk|Person|Organization|Project|Event|Topic) ON EACH [n.name, n.searchText, n.abstract] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
// params: {}

// statement 16
CREATE FULLTEXT INDEX talkgraph_text_cjk IF NOT EXISTS FOR (n:Talk|Person|Organization|Project|Event|Topic) ON EACH [n.searchText, n.name, n.abstract] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
// params: {}

// statement 17
CREATE INDEX talk_day IF NOT EXISTS FOR (n:Talk) ON (n.day)
// params: {}

// statement 18
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year)
// params: {}
