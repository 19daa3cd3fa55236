// Every query builder's Cypher, written to test/cypher/*.cypher: a changed query shows as a diff in review, and CI
// (which never writes snapshots) fails until the new text is committed. `npx vitest run test/cypher-snapshots.test.ts --update`
// rewrites them after a deliberate change. No database is needed: this is the text, not its plan.
import path from 'node:path';
import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { correctionsInForceQuery, mergeCandidatesQuery } from '../api/queries/corrections';
import { linksQuery, storedLinksQuery } from '../api/queries/links';
import { listQuery } from '../api/queries/lists';
import { textsQuery } from '../api/queries/entity';
import { entitiesByKeyQuery, entitiesByNameQuery } from '../api/queries/names';
import { handlesByIdQuery, nodesByHandleQuery, nodesByIdQuery } from '../api/queries/nodes';
import { relatedTalksQuery } from '../api/queries/related';
import { RELATIONS, relationQuery, type RelationName } from '../api/queries/relations';
import { searchQuery } from '../api/queries/search';
import { sourcesQuery } from '../api/queries/sources';
import { statsQuery } from '../api/queries/stats';
import { edgesAmongQuery, nextHopQuery, shortestPathsQuery } from '../api/queries/traversals';
import * as load from '../ingest/load/cypher';
import { refreshLinksQueries } from '../ingest/load/links';
import { SCHEMA_STATEMENTS } from '../db/schema';

interface Built {
  cypher: string;
  params: Record<string, unknown>;
}

/** Parameters as readable JSON: driver integers as numbers. */
function params(values: Record<string, unknown>): string {
  return JSON.stringify(values, (_key, value: unknown) => (isInt(value) ? value.toNumber() : value));
}

/** One file of queries: each under the call that built it, with its parameters. */
function file(queries: Record<string, Built>): string {
  return Object.entries(queries)
    .map(([call, query]) => `// ${call}\n${query.cypher.trim()}\n// params: ${params(query.params)}\n`)
    .join('\n');
}

function snapshot(name: string, queries: Record<string, Built>): Promise<void> {
  return expect(file(queries)).toMatchFileSnapshot(path.join(import.meta.dirname, 'cypher', `${name}.cypher`));
}

const TALK = 'Talk:scaling-kubernetes@kubecon-eu-2025';
const PROJECT = 'Project:kubernetes';
const ORGANIZATION = 'Organization:google';

describe('the Cypher of every query builder', () => {
  it('API reads: lookups, lists, search, sources, stats', async () => {
    await snapshot('api-reads', {
      'nodesByIdQuery([talk])': nodesByIdQuery([TALK]),
      'nodesByIdQuery([talk], light)': nodesByIdQuery([TALK], true),
      'textsQuery([talk])': textsQuery([TALK]),
      'handlesByIdQuery([talk], [Person, Project])': handlesByIdQuery([TALK], ['Person', 'Project']),
      'nodesByHandleQuery([h], [Talk])': nodesByHandleQuery(['4:abc:1'], ['Talk']),
      "entitiesByKeyQuery(Person, ['liz-rice'])": entitiesByKeyQuery('Person', ['liz-rice']),
      "entitiesByNameQuery(Person, 'Liz Rice')": entitiesByNameQuery('Person', 'Liz Rice'),
      'listQuery(Talk, no filter, 0, 20)': listQuery('Talk', {}, 0, 20),
      'listQuery(Talk, every filter, 40, 20)': listQuery(
        'Talk',
        { event: 'Event:kubecon-eu-2025', year: 2025, organization: ORGANIZATION, project: PROJECT, speaker: 'Person:liz-rice', topic: 'Topic:security', text: 'ebpf' },
        40,
        20,
      ),
      'listQuery(Organization, by project and year, 0, 20)': listQuery('Organization', { project: PROJECT, year: 2024 }, 0, 20),
      'listQuery(Person, by text, 0, 10)': listQuery('Person', { text: 'rice' }, 0, 10),
      "searchQuery('kubernetes*', all labels, 10, 'kubernetes')": searchQuery('kubernetes*', ['Talk', 'Person', 'Organization', 'Project', 'Event', 'Topic'], 10, 'kubernetes'),
      'sourcesQuery(Talk, [talk], 5)': sourcesQuery('Talk', [TALK], 5),
      'statsQuery()': statsQuery(),
      'correctionsInForceQuery()': correctionsInForceQuery(),
      'mergeCandidatesQuery()': mergeCandidatesQuery(),
    });
  });

  it('API relations: every nested list', async () => {
    const queries: Record<string, Built> = {};
    for (const name of Object.keys(RELATIONS) as RelationName[]) queries[`relationQuery(${name}, [parent], 100)`] = relationQuery(name, ['4:abc:1'], 100);
    await snapshot('api-relations', queries);
  });

  it('API traversals: links, related talks, neighborhoods, paths', async () => {
    await snapshot('api-traversals', {
      'linksQuery(all, limit 200)': linksQuery({ limit: 200 }),
      'linksQuery(one project, filtered by year, no evidence)': linksQuery({ projectIds: [PROJECT], filter: { year: 2025 }, evidence: false }),
      'storedLinksQuery(all, limit 2000)': storedLinksQuery({ limit: 2000 }),
      'storedLinksQuery(one project)': storedLinksQuery({ projectIds: [PROJECT], limit: 10 }),
      'linksQuery(one organization, filtered by text)': linksQuery({ organizationIds: [ORGANIZATION], filter: { text: 'ebpf' }, limit: 10 }),
      'relatedTalksQuery(talk, with text)': relatedTalksQuery({
        talkId: TALK,
        lucene: 'scaling kubernetes',
        first: 10,
        weights: { SHARED_SPEAKER: 3, SHARED_ORGANIZATION: 1, SHARED_PROJECT: 2, SHARED_TOPIC: 1, SAME_EVENT: 0.5, CO_LOCATED_EVENT: 0.25 },
        minTextScore: 0.5,
      }),
      'nextHopQuery(frontier, seen, all labels, 50)': nextHopQuery(['4:abc:1'], ['4:abc:1'], ['Talk', 'Person', 'Organization', 'Project'], 50),
      'edgesAmongQuery(handles, all labels)': edgesAmongQuery(['4:abc:1', '4:abc:2'], ['Talk', 'Person', 'Organization', 'Project']),
      'shortestPathsQuery(person, project, 6, all labels, no ends)': shortestPathsQuery('Person:liz-rice', PROJECT, 6, ['Talk', 'Person', 'Organization', 'Project'], []),
    });
  });

  it('the loader', async () => {
    const nodeRows = [{ id: TALK, properties: { name: 'Scaling Kubernetes' } }];
    const relationshipRows = [{ start: 'Person:liz-rice', end: TALK, keyProperties: {}, properties: { documentCount: 1 } }];
    const contributes = [{ start: 'Person:liz-rice', end: PROJECT, keyProperties: { role: 'maintainer' }, properties: {} }];
    const counts = [{ start: 'Person:liz-rice', end: TALK, keyProperties: {}, documents: 1 }];
    await snapshot('load', {
      'readDocumentsQuery([path])': load.readDocumentsQuery(['notes/a.md']),
      'readNodesQuery(Talk, [id])': load.readNodesQuery('Talk', [TALK]),
      'readRelationshipsQuery(PRESENTED)': load.readRelationshipsQuery('PRESENTED', 'Person', 'Talk', [{ start: 'Person:liz-rice', end: TALK }]),
      'createNodesQuery(Talk)': load.createNodesQuery('Talk', nodeRows),
      'updateNodesQuery(Talk)': load.updateNodesQuery('Talk', nodeRows),
      'updateNodesQuery(Talk, replace)': load.updateNodesQuery('Talk', nodeRows, true),
      'deleteNodesQuery(Talk)': load.deleteNodesQuery('Talk', [TALK]),
      'createRelationshipsQuery(PRESENTED)': load.createRelationshipsQuery('PRESENTED', 'Person', 'Talk', relationshipRows),
      'createRelationshipsQuery(CONTRIBUTES_TO, keyed by role)': load.createRelationshipsQuery('CONTRIBUTES_TO', 'Person', 'Project', contributes),
      'updateRelationshipsQuery(PRESENTED, replace)': load.updateRelationshipsQuery('PRESENTED', 'Person', 'Talk', relationshipRows, true),
      'deleteRelationshipsQuery(PRESENTED)': load.deleteRelationshipsQuery('PRESENTED', 'Person', 'Talk', relationshipRows),
      'stateMoreQuery(PRESENTED)': load.stateMoreQuery('PRESENTED', 'Person', 'Talk', counts),
      'stateLessQuery(PRESENTED)': load.stateLessQuery('PRESENTED', 'Person', 'Talk', counts),
      'deleteDescribesQuery([document])': load.deleteDescribesQuery(['Document:notes/a.md']),
      'createDescribesQuery(Talk)': load.createDescribesQuery('Talk', [{ document: 'Document:notes/a.md', nodes: [{ id: TALK, lines: [3] }] }]),
      'storedDocumentsQuery()': load.storedDocumentsQuery(),
      'storedDocumentsQuery([path])': load.storedDocumentsQuery(['notes/a.md']),
      'outdatedDocumentsQuery()': load.outdatedDocumentsQuery(),
      'storedPersonAliasesQuery()': load.storedPersonAliasesQuery(),
      'documentsNamingPeopleQuery(rows)': load.documentsNamingPeopleQuery([{ key: 'liz', person: 'Person:liz-rice' }]),
      'labelCountsQuery()': load.labelCountsQuery(),
      'clearSliceQuery(relationships, [Talk])': load.clearSliceQuery('relationships', ['Talk']),
      'clearSliceQuery(nodes, [Talk])': load.clearSliceQuery('nodes', ['Talk']),
      'markBulkLoadQuery(now, by)': load.markBulkLoadQuery('2026-12-05T00:00:00Z', { host: 'host', pid: 1 }),
      'unmarkBulkLoadQuery()': load.unmarkBulkLoadQuery(),
      'readBulkLoadMarkQuery()': load.readBulkLoadMarkQuery(),
    });
  });

  it('the links the loader keeps', async () => {
    const queries: Record<string, Built> = {};
    refreshLinksQueries('all').forEach((query, index) => {
      queries[`refreshLinksQueries(all) ${index + 1}`] = query;
    });
    refreshLinksQueries({ organizations: [ORGANIZATION], projects: [PROJECT], talks: [TALK] }).forEach((query, index) => {
      queries[`refreshLinksQueries(one of each) ${index + 1}`] = query;
    });
    await snapshot('load-links', queries);
  });

  it('the schema', async () => {
    const statements: Record<string, Built> = {};
    SCHEMA_STATEMENTS.forEach((cypher, index) => {
      statements[`statement ${index + 1}`] = { cypher, params: {} };
    });
    await snapshot('schema', statements);
  });
});
