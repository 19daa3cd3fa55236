// The GraphQL API over HTTP against a real Neo4j holding the hand-built fixture graph (test/support/api-fixtures.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer, requestContext } from '../api/apollo';
import { startApiServer, type ApiServer } from '../api/server';
import { loadDocuments } from '../ingest/load';
import { openExecutor } from '../db/executor';
import { ensureSchema, FULLTEXT_INDEX } from '../db/schema';
import { IDS, MARK, apiFixtureDocuments } from './support/api-fixtures';
import { testExecutor } from './support/db';

interface GraphQLResponse {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
}

const executor = testExecutor();
let server: ApiServer;
let webRoot: string;

async function removeOwnNodes(): Promise<void> {
  await executor.write('MATCH (n) WHERE n.id CONTAINS $mark DETACH DELETE n', { mark: MARK });
}

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'talkgraph-api-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(webRoot, 'graphiql.html'), '<!doctype html><title>GraphiQL</title>');
  // The server ensures the schema first: the loader's MERGEs then run under the uniqueness constraints.
  server = await startApiServer({ executor, port: 0, webRoot, log: () => {} });
  await removeOwnNodes();
  await loadDocuments(executor, apiFixtureDocuments());
});

afterAll(async () => {
  await server?.close();
  await removeOwnNodes();
  await executor.close();
  await rm(webRoot, { recursive: true, force: true });
});

async function gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

/** The data of a query that must succeed. */
async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const result = await gql(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

/** The code of the one error a query must fail with. */
async function errorCode(query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const result = await gql(query, variables);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions.stacktrace).toBeUndefined();
  return result.errors![0].extensions.code;
}

const names = (items: { name: string }[]): string[] => items.map((item) => item.name);
const ours = <T extends { id: string }>(items: T[]): T[] => items.filter((item) => item.id.includes(MARK));

describe('lookups', () => {
  it('find a talk by id or by key with its speakers, credits, event, projects, topics and sources', async () => {
    const query = `query ($id: ID, $key: String) {
      talk(id: $id, key: $key) {
        id title lang day abstract notes
        speakers { name }
        speakerCredits { person { name } organization { name } organizations { name } }
        event { name coLocatedWith { name } }
        projects { name } topics { name }
        sources { path line }
        documents { path }
      }
    }`;
    const byId = await data(query, { id: IDS.fluentOperatorTalk });
    const byKey = await data(query, { key: IDS.fluentOperatorTalk.slice('Talk:'.length) });
    expect(byKey).toEqual(byId);
    expect(byId.talk).toEqual({
      id: IDS.fluentOperatorTalk,
      title: 'Fluent Operator: Intro and Deep Dive',
      lang: 'en',
      day: '2022-05-16',
      abstract: 'How the operator manages Fluent Bit and Fluentd pipelines on Kubernetes.',
      notes: null,
      speakers: [{ name: 'Benjamin Huo' }, { name: 'Feynman Zhou' }],
      speakerCredits: [
        { person: { name: 'Benjamin Huo' }, organization: { name: 'QingCloud' }, organizations: [{ name: 'QingCloud' }] },
        { person: { name: 'Feynman Zhou' }, organization: { name: 'QingCloud' }, organizations: [{ name: 'QingCloud' }] },
      ],
      event: { name: 'FluentCon Europe 2022', coLocatedWith: { name: 'KubeCon + CloudNativeCon Europe 2022' } },
      projects: [{ name: 'Fluent Bit' }, { name: 'Fluent Operator' }],
      topics: [{ name: 'Observability' }],
      sources: [{ path: 'apitest/notes/kubecon-eu-2022.md', line: 4 }],
      documents: [{ path: 'apitest/notes/kubecon-eu-2022.md' }],
    });
  });

  it('follow relations both ways: people, organizations, projects, events, topics, documents', async () => {
    const result = await data(`{
      person(id: "${IDS.benjamin}") { aliases talks { name } organizations { name } contributions { project { name } role } }
      organization(id: "${IDS.qingcloud}") { aliases people { name } maintains { name } talks { name } }
      project(id: "${IDS.fluentOperator}") { aliases maintainers { name } contributors { person { name } role } talks { name } }
      event(id: "${IDS.kubecon}") { year city kind talks { name } coLocatedEvents { name } coLocatedWith { name } }
      topic(id: "${IDS.ebpf}") { talks { name } }
      document(id: "${IDS.chinaNotes}") { name lang events { name } talks { name } }
    }`);
    expect(result.person).toEqual({
      aliases: ['霍秉杰'],
      talks: [
        { name: 'Multi-cluster Observability with KubeSphere' },
        { name: 'Fluent Operator: Intro and Deep Dive' },
        { name: '云原生可观测性实践' },
      ],
      organizations: [{ name: 'QingCloud' }],
      contributions: [{ project: { name: 'Fluent Operator' }, role: 'maintainer' }],
    });
    expect(result.organization).toEqual({
      aliases: ['青云科技'],
      people: [{ name: 'Benjamin Huo' }, { name: 'Feynman Zhou' }],
      maintains: [{ name: 'Fluent Operator' }],
      talks: [
        { name: 'Multi-cluster Observability with KubeSphere' },
        { name: 'Fluent Operator: Intro and Deep Dive' },
        { name: '云原生可观测性实践' },
      ],
    });
    expect(result.project).toEqual({
      aliases: ['Fluent Bit Operator'],
      maintainers: [{ name: 'QingCloud' }],
      contributors: [{ person: { name: 'Benjamin Huo' }, role: 'maintainer' }],
      talks: [{ name: 'Fluent Operator: Intro and Deep Dive' }],
    });
    expect(result.event).toEqual({
      year: 2022,
      city: 'Valencia',
      kind: 'conference',
      talks: [
        { name: 'Running Fluent Bit at Scale' },
        { name: 'eBPF Networking with Cilium' },
        { name: 'GitOps at Scale with Argo CD' },
        { name: 'Multi-cluster Observability with KubeSphere' },
      ],
      coLocatedEvents: [{ name: 'FluentCon Europe 2022' }],
      coLocatedWith: null,
    });
    expect(names(result.topic.talks)).toEqual(['eBPF Networking with Cilium', '基于 eBPF 的容器网络加速']);
    expect(result.document).toEqual({
      name: 'KubeCon 中国 2021 笔记',
      lang: 'en',
      events: [{ name: 'KubeCon + CloudNativeCon China 2021' }],
      talks: [{ name: 'Serverless 应用实践：Knative' }, { name: '云原生可观测性实践' }, { name: '基于 eBPF 的容器网络加速' }],
    });
  });

  it('resolve node(id) to its type, and answer null for ids that name nothing', async () => {
    const result = await data(`{
      a: node(id: "${IDS.cilium}") { __typename id key name ... on Project { maturity } }
      b: node(id: "Project:${MARK}-no-such-project") { id }
      c: node(id: "not an id") { id }
      d: talk(key: "${MARK}-no-such-talk@nowhere") { id }
    }`);
    expect(result).toEqual({
      a: { __typename: 'Project', id: IDS.cilium, key: IDS.cilium.slice('Project:'.length), name: 'Cilium', maturity: 'incubating' },
      b: null,
      c: null,
      d: null,
    });
  });

  it('find an entity by name or alias in any case, and by a key spelled as a name in any word order', async () => {
    const result = await data(`{
      a: person(name: "Liz Rice") { id }
      b: person(name: "霍秉杰") { id }
      c: organization(name: "qingcloud") { id }
      d: project(name: "Fluent Bit Operator") { id }
      e: talk(name: "running fluent bit at scale") { id }
      f: person(key: "Rice Liz ${MARK}") { id }
      g: person(key: "${MARK}-no-such-person") { id }
    }`);
    expect(result).toEqual({
      a: { id: IDS.liz },
      b: { id: IDS.benjamin },
      c: { id: IDS.qingcloud },
      d: { id: IDS.fluentOperator },
      e: { id: IDS.fluentBitScaleTalk },
      f: { id: IDS.liz },
      g: null,
    });
  });

  it('answer a name that names nothing with NOT_FOUND and the nearest entities as suggestions', async () => {
    const result = await gql('{ person(name: "Liz Rise") { id } }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].message).toContain('Did you mean Liz Rice');
    expect(result.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'name', suggestions: [{ id: IDS.liz, name: 'Liz Rice' }] });
  });

  it('refuse a lookup with both or neither of id and key, or an id of another type', async () => {
    expect(await errorCode(`{ talk(id: "${IDS.fluentOperatorTalk}", key: "x") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ person(key: "x", name: "Liz Rice") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await errorCode('{ person { id } }')).toBe('BAD_USER_INPUT');
    expect(await errorCode(`{ person(id: "${IDS.qingcloud}") { id } }`)).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const search = `query ($text: String!, $types: [NodeLabel!], $first: Int) {
    search(text: $text, types: $types, first: $first) { label score node { id name } }
  }`;

  it('finds a Chinese title from a two-character query', async () => {
    const { search: hits } = await data(search, { text: '可观', first: 50 });
    expect(ours(hits.map((h: any) => h.node)).map((n) => n.id)).toContain(IDS.observabilityZhTalk);
    expect(ours(hits.map((h: any) => h.node)).map((n) => n.id)).not.toContain(IDS.ebpfZhTalk);
  });

  it('finds a person by the Chinese spelling of their name, and a talk by its English alternative title', async () => {
    const person = await data(search, { text: '霍秉杰', types: ['Person'], first: 50 });
    expect(ours(person.search.map((h: any) => h.node)).map((n) => n.id)).toEqual([IDS.benjamin]);
    const talk = await data(search, { text: 'cloud native observability in practice', types: ['Talk'], first: 50 });
    expect(ours(talk.search.map((h: any) => h.node))[0].id).toBe(IDS.observabilityZhTalk);
  });

  it('ranks hits best first with scores normalized to (0, 1], limited to the types asked for', async () => {
    const { search: hits } = await data(`query ($text: String!, $first: Int) { search(text: $text, first: $first) { score match } }`, {
      text: 'fluent operator',
      first: 20,
    });
    expect(hits[0]).toEqual({ score: 1, match: 'EXACT' });
    for (const match of ['EXACT', 'PREFIX', 'TEXT']) {
      const scores = hits.filter((h: any) => h.match === match).map((h: any) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(hits.every((h: any) => h.score > 0 && h.score <= 1)).toBe(true);
    const talksOnly = await data(search, { text: 'fluent', types: ['Talk'], first: 20 });
    expect(new Set(talksOnly.search.map((h: any) => h.label))).toEqual(new Set(['Talk']));
    expect(ours(talksOnly.search.map((h: any) => h.node)).map((n) => n.id)).toEqual(
      expect.arrayContaining([IDS.fluentOperatorTalk, IDS.fluentBitScaleTalk]),
    );
  });

  it('ranks the entity named exactly as typed first, then names that start so, then the rest', async () => {
    const hits = async (text: string) =>
      (await data(`query ($text: String!) { search(text: $text, first: 30) { match node { id name } } }`, { text })).search.filter((h: any) =>
        h.node.id.includes(MARK),
      );
    const fluentBit = await hits('Fluent Bit');
    expect(fluentBit[0]).toEqual({ match: 'EXACT', node: { id: IDS.fluentBit, name: 'Fluent Bit' } });
    // Fluent Operator was called Fluent Bit Operator: its alias starts with the text.
    expect(fluentBit.find((h: any) => h.node.id === IDS.fluentOperator)?.match).toBe('PREFIX');
    expect(fluentBit.find((h: any) => h.node.id === IDS.fluentBitScaleTalk)?.match).toBe('TEXT');
    const order = fluentBit.map((h: any) => h.match);
    expect(order).toEqual([...order].sort((a: string, b: string) => ['EXACT', 'PREFIX', 'TEXT'].indexOf(a) - ['EXACT', 'PREFIX', 'TEXT'].indexOf(b)));
    // A topic named as typed outranks the talks that say its name more often.
    expect((await hits('ebpf'))[0]).toEqual({ match: 'EXACT', node: { id: IDS.ebpf, name: 'eBPF' } });
    // An alias in Chinese is exact too.
    expect((await hits('青云科技'))[0].node.id).toBe(IDS.qingcloud);
  });

  it('takes Lucene syntax literally and refuses blank text or a bad size', async () => {
    expect((await gql(search, { text: 'c++ (ebpf AND "' })).errors).toBeUndefined();
    expect(await errorCode(search, { text: '   ' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(search, { text: 'fluent', first: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(search, { text: 'fluent', types: ['Document'] })).toBe('BAD_USER_INPUT');
  });

  it('says search is being rebuilt while a first bulk ingest has the full-text indexes down', async () => {
    await executor.write(`DROP INDEX ${FULLTEXT_INDEX}`);
    try {
      const result = await gql(search, { text: 'fluent operator' });
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({
        message: expect.stringMatching(/^Search is being rebuilt/),
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    } finally {
      await ensureSchema(executor);
    }
    expect((await gql(search, { text: 'fluent operator' })).errors).toBeUndefined();
  });
});

describe('lists', () => {
  const talks = `query ($filter: Filter, $first: Int, $after: String) {
    talks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }`;

  it('page through a filtered list with cursors until the end', async () => {
    const filter = { project: IDS.fluentBit };
    const first = (await data(talks, { filter, first: 2 })).talks;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e: any) => e.node.id)).toEqual([IDS.kubesphereTalk, IDS.fluentBitScaleTalk]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await data(talks, { filter, first: 2, after: first.pageInfo.endCursor })).talks;
    expect(second.edges.map((e: any) => e.node.id)).toEqual([IDS.fluentOperatorTalk, IDS.observabilityZhTalk]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const past = (await data(talks, { filter, first: 2, after: second.pageInfo.endCursor })).talks;
    expect(past).toEqual({
      totalCount: 4,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  it('show each talk\'s own abstract in a page of talks', async () => {
    const page = await data(`{ talks(filter: {project: "${IDS.fluentBit}"}, first: 10) { nodes { id abstract } } }`);
    expect(page.talks.nodes).toContainEqual({ id: IDS.fluentOperatorTalk, abstract: 'How the operator manages Fluent Bit and Fluentd pipelines on Kubernetes.' });
    expect(page.talks.nodes.filter((talk: any) => talk.abstract !== null)).toHaveLength(1);
  });

  it('answer first: 0 with the total only, and refuse bad cursors and sizes', async () => {
    const empty = (await data(talks, { filter: { event: IDS.kubecon }, first: 0 })).talks;
    expect(empty).toMatchObject({ totalCount: 4, edges: [], pageInfo: { hasNextPage: true } });
    expect(await errorCode(talks, { first: 2, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(talks, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(talks, { first: -1 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(talks, { filter: { speaker: IDS.qingcloud } })).toBe('BAD_USER_INPUT');
  });

  it('combine filters: who spoke about a project at an event, for which organization, in which year', async () => {
    const ids = async (filter: Record<string, unknown>) => (await data(talks, { filter, first: 50 })).talks.edges.map((e: any) => e.node.id);
    expect(await ids({ project: IDS.fluentBit, event: IDS.kubecon })).toEqual([IDS.kubesphereTalk, IDS.fluentBitScaleTalk]);
    expect(await ids({ speaker: IDS.benjamin, year: 2021 })).toEqual([IDS.observabilityZhTalk]);
    expect(await ids({ organization: IDS.qingcloud, topic: 'apitest-observability' })).toEqual([
      IDS.kubesphereTalk,
      IDS.fluentOperatorTalk,
      IDS.observabilityZhTalk,
    ]);
    expect(await ids({ event: IDS.kubecon, text: 'scale' })).toEqual(expect.arrayContaining([IDS.fluentBitScaleTalk, IDS.argoTalk]));
    expect(await ids({ event: IDS.kubecon, text: 'scale' })).toHaveLength(2);
  });

  it('take names and aliases wherever they take keys, and answer one that names nothing with suggestions', async () => {
    const ids = async (filter: Record<string, unknown>) => (await data(talks, { filter, first: 50 })).talks.edges.map((e: any) => e.node.id);
    const byKey = await ids({ speaker: IDS.liz });
    expect(byKey.length).toBeGreaterThan(0);
    expect(await ids({ speaker: 'Liz Rice' })).toEqual(byKey);
    expect(await ids({ speaker: 'liz rice' })).toEqual(byKey);
    expect(await ids({ speaker: '霍秉杰' })).toEqual(await ids({ speaker: IDS.benjamin }));
    expect(await ids({ organization: '青云科技', topic: 'Observability', event: 'KubeCon EU 2022' })).toEqual(
      await ids({ organization: IDS.qingcloud, topic: IDS.observability, event: IDS.kubecon }),
    );
    const misspelt = await gql(talks, { filter: { speaker: 'Liz Rise' }, first: 5 });
    expect(misspelt.data).toBeNull();
    expect(misspelt.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'filter.speaker',
      suggestions: expect.arrayContaining([{ id: IDS.liz, name: 'Liz Rice' }]),
    });
    // An id that names nothing is no silent empty list either; one with nothing like it has no suggestions.
    const unknown = await gql(talks, { filter: { project: `Project:${MARK}-qqqq-zzzz` }, first: 5 });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'filter.project', suggestions: [] });
    const links = await data('{ projectOrganizationLinks(filter: {project: "Fluent Bit"}) { organization { id } } }');
    expect(links.projectOrganizationLinks.map((l: any) => l.organization.id)).toEqual(expect.arrayContaining([IDS.calyptia, IDS.qingcloud]));
    expect(await errorCode('{ projectOrganizationLinks(filter: {organization: "No Such Company Whatsoever"}) { weight } }')).toBe('NOT_FOUND');
  });

  it('list people, organizations, projects and events linked to the selected talks', async () => {
    const result = await data(`{
      people(filter: {event: "${IDS.kubecon}"}) { totalCount nodes { name } }
      organizations(filter: {project: "${IDS.fluentBit}"}) { totalCount nodes { name } }
      projects(filter: {organization: "${IDS.qingcloud}"}) { nodes { name } }
      events(filter: {speaker: "${IDS.benjamin}"}) { nodes { name } }
    }`);
    expect(result.people).toEqual({
      totalCount: 4,
      nodes: [{ name: 'Alice Chen' }, { name: 'Benjamin Huo' }, { name: 'Eduardo Silva' }, { name: 'Liz Rice' }],
    });
    expect(result.organizations).toEqual({ totalCount: 2, nodes: [{ name: 'Calyptia' }, { name: 'QingCloud' }] });
    expect(names(result.projects.nodes)).toEqual(['Fluent Bit', 'Fluent Operator', 'KubeSphere']);
    expect(names(result.events.nodes)).toEqual([
      'KubeCon + CloudNativeCon Europe 2022',
      'FluentCon Europe 2022',
      'KubeCon + CloudNativeCon China 2021',
    ]);
  });
});

describe('neighborhood', () => {
  const neighborhood = `query ($id: ID!, $depth: Int, $types: [NodeLabel!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
      truncated
      nodes { id label name degree distance node { id } }
      edges { id type source target }
    }
  }`;

  it('returns the entities one hop away, their degrees and every edge among them', async () => {
    const { neighborhood: result } = await data(neighborhood, { id: IDS.benjamin });
    expect(result.truncated).toBe(false);
    expect(result.nodes[0]).toEqual({ id: IDS.benjamin, label: 'Person', name: 'Benjamin Huo', degree: 5, distance: 0, node: { id: IDS.benjamin } });
    expect(result.nodes.map((n: any) => n.id).sort()).toEqual(
      [IDS.benjamin, IDS.fluentOperatorTalk, IDS.kubesphereTalk, IDS.observabilityZhTalk, IDS.qingcloud, IDS.fluentOperator].sort(),
    );
    expect(result.edges).toHaveLength(7);
    expect(result.edges).toContainEqual({
      id: `${IDS.benjamin}|PRESENTED|${IDS.kubesphereTalk}`,
      type: 'PRESENTED',
      source: IDS.benjamin,
      target: IDS.kubesphereTalk,
    });
    // QingCloud maintains Fluent Operator: an edge between two neighbors, not through the center.
    expect(result.edges.map((e: any) => e.id)).toContain(`${IDS.qingcloud}|MAINTAINS|${IDS.fluentOperator}`);
  });

  it('goes deeper, keeps to the types asked for, and says when the limit cut it short', async () => {
    const talksOnly = (await data(neighborhood, { id: IDS.fluentBit, types: ['Talk'] })).neighborhood;
    expect(new Set(talksOnly.nodes.slice(1).map((n: any) => n.label))).toEqual(new Set(['Talk']));
    expect(talksOnly.nodes).toHaveLength(5);
    // Degrees count relationships to the labels asked for only: Fluent Bit's four talks, nothing from a talk to a talk.
    expect(talksOnly.nodes.map((n: any) => n.degree)).toEqual([4, 0, 0, 0, 0]);
    const deep = (await data(neighborhood, { id: IDS.liz, depth: 3 })).neighborhood;
    expect(Math.max(...deep.nodes.map((n: any) => n.distance))).toBe(3);
    expect(deep.nodes.map((n: any) => n.id)).toContain(IDS.fluentcon);
    const cut = (await data(neighborhood, { id: IDS.liz, depth: 3, limit: 4 })).neighborhood;
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.nodes).toHaveLength(4);
    const withDocuments = (await data(neighborhood, { id: IDS.argoTalk, types: ['Document', 'Event'] })).neighborhood;
    expect(withDocuments.nodes.map((n: any) => n.id).sort()).toEqual([IDS.europeNotes, IDS.kubecon, IDS.argoTalk].sort());
    // The talk: its document and event; the event: the document and the co-located day; the document: its two events.
    expect(withDocuments.nodes.map((n: any) => n.degree)).toEqual([2, 2, 2]);
  });

  it('takes the next hop first from the least connected entities, so that hubs do not crowd out the specific', async () => {
    // Around Benjamin Huo: three talks, QingCloud and Fluent Operator. QingCloud (3 relationships) leads on to Feynman
    // Zhou before the talks (4 to 6) lead on to Fluent Bit, Observability and the events.
    const { neighborhood: result } = await data(neighborhood, { id: IDS.benjamin, depth: 2, limit: 7 });
    expect(result.truncated).toBe(true);
    expect(result.nodes.filter((n: any) => n.distance === 2).map((n: any) => n.id)).toEqual([IDS.feynman]);
  });

  it('fails with NOT_FOUND for an unknown id and BAD_USER_INPUT past the bounds', async () => {
    expect(await errorCode(neighborhood, { id: `Person:${MARK}-nobody` })).toBe('NOT_FOUND');
    expect(await errorCode(neighborhood, { id: IDS.benjamin, depth: 4 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(neighborhood, { id: IDS.benjamin, limit: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(neighborhood, { id: IDS.benjamin, types: [] })).toBe('BAD_USER_INPUT');
  });
});

describe('relatedTalks', () => {
  const related = `query ($talkId: ID!, $first: Int) {
    relatedTalks(talkId: $talkId, first: $first) {
      score talk { id } reasons { kind weight description terms entities { id name } }
    }
  }`;

  it('ranks talks by what they share, each reason naming the shared entities', async () => {
    const { relatedTalks } = await data(related, { talkId: IDS.fluentOperatorTalk, first: 10 });
    const [best, second] = relatedTalks;
    expect(best.talk.id).toBe(IDS.kubesphereTalk);
    expect(best.reasons.map((r: any) => [r.kind, names(r.entities)]).sort()).toEqual([
      ['CO_LOCATED_EVENT', ['KubeCon + CloudNativeCon Europe 2022']],
      ['SHARED_ORGANIZATION', ['QingCloud']],
      ['SHARED_PROJECT', ['Fluent Bit']],
      ['SHARED_SPEAKER', ['Benjamin Huo']],
      ['SHARED_TOPIC', ['Observability']],
    ]);
    expect(best.reasons[0]).toMatchObject({ kind: 'SHARED_SPEAKER', description: 'Both given by Benjamin Huo' });
    const weights = best.reasons.map((r: any) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(best.score).toBeCloseTo(weights.reduce((sum: number, w: number) => sum + w, 0), 2);
    // The same, but for the event: the Chinese talk was given at no event co-located with this one.
    expect(second.talk.id).toBe(IDS.observabilityZhTalk);
    const scores = relatedTalks.map((r: any) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(relatedTalks.map((r: any) => r.talk.id)).not.toContain(IDS.fluentOperatorTalk);
  });

  it('counts a shared entity fully when only the two talks have it, and less the more talks have it', async () => {
    // Cilium and eBPF: only the two eBPF talks.
    const cilium = (await data(related, { talkId: IDS.ciliumTalk, first: 10 })).relatedTalks;
    const ebpf = cilium.find((r: any) => r.talk.id === IDS.ebpfZhTalk);
    expect(ebpf.reasons.slice(0, 2).map((r: any) => [r.kind, r.weight, names(r.entities)])).toEqual([
      ['SHARED_PROJECT', 2, ['Cilium']],
      ['SHARED_TOPIC', 1.5, ['eBPF']],
    ]);
    expect(cilium[0].talk.id).toBe(IDS.ebpfZhTalk);
    // Fluent Bit: four talks; Benjamin Huo: three.
    const [best] = (await data(related, { talkId: IDS.fluentOperatorTalk, first: 1 })).relatedTalks;
    const weight = (kind: string) => best.reasons.find((r: any) => r.kind === kind).weight;
    expect(weight('SHARED_PROJECT')).toBeGreaterThan(0);
    expect(weight('SHARED_PROJECT')).toBeLessThan(2);
    expect(weight('SHARED_SPEAKER')).toBeLessThan(3);
  });

  it('explains similar titles with the words they share', async () => {
    const { relatedTalks } = await data(related, { talkId: IDS.argoTalk, first: 20 });
    const scaleTalk = relatedTalks.find((r: any) => r.talk.id === IDS.fluentBitScaleTalk);
    const text = scaleTalk?.reasons.find((r: any) => r.kind === 'SIMILAR_TEXT');
    expect(text).toMatchObject({ terms: ['scale'], description: 'Similar titles: scale' });
  });

  it('fails with NOT_FOUND for an unknown talk and BAD_USER_INPUT for a bad size', async () => {
    expect(await errorCode(related, { talkId: `Talk:${MARK}-none@nowhere` })).toBe('NOT_FOUND');
    expect(await errorCode(related, { talkId: IDS.benjamin })).toBe('NOT_FOUND');
    expect(await errorCode(related, { talkId: IDS.argoTalk, first: 0 })).toBe('BAD_USER_INPUT');
  });
});

describe('path', () => {
  const path = `query ($from: ID!, $to: ID!, $maxLength: Int) {
    path(fromId: $from, toId: $to, maxLength: $maxLength) {
      length paths { length nodeIds edgeIds } nodes { id distance } edges { id type source target }
    }
  }`;

  it('returns the shortest paths as ids in order and as nodes and edges to draw', async () => {
    const { path: result } = await data(path, { from: IDS.liz, to: IDS.benjamin });
    expect(result.length).toBe(4);
    expect(result.paths).toEqual([
      {
        length: 4,
        nodeIds: [IDS.liz, IDS.ciliumTalk, IDS.kubecon, IDS.kubesphereTalk, IDS.benjamin],
        edgeIds: [
          `${IDS.liz}|PRESENTED|${IDS.ciliumTalk}`,
          `${IDS.ciliumTalk}|PART_OF|${IDS.kubecon}`,
          `${IDS.kubesphereTalk}|PART_OF|${IDS.kubecon}`,
          `${IDS.benjamin}|PRESENTED|${IDS.kubesphereTalk}`,
        ],
      },
    ]);
    expect(result.nodes.map((n: any) => [n.id, n.distance])).toEqual(result.paths[0].nodeIds.map((id: string, i: number) => [id, i]));
    expect(result.edges.map((e: any) => e.id).sort()).toEqual([...result.paths[0].edgeIds].sort());
  });

  it('lists every shortest path when several tie', async () => {
    const { path: result } = await data(path, { from: IDS.fluentOperatorTalk, to: IDS.observabilityZhTalk });
    expect(result.length).toBe(2);
    // Through the shared speaker, project and topic: three paths of two hops.
    expect(result.paths.map((p: any) => p.nodeIds[1]).sort()).toEqual([IDS.benjamin, IDS.fluentBit, IDS.observability].sort());
  });

  it('answers no path beyond maxLength, a zero-length path to itself, and NOT_FOUND for unknown ends', async () => {
    expect((await data(path, { from: IDS.liz, to: IDS.benjamin, maxLength: 3 })).path).toEqual({ length: null, paths: [], nodes: [], edges: [] });
    expect((await data(path, { from: IDS.liz, to: IDS.liz })).path).toMatchObject({ length: 0, paths: [{ nodeIds: [IDS.liz] }] });
    expect(await errorCode(path, { from: IDS.liz, to: `Person:${MARK}-nobody` })).toBe('NOT_FOUND');
    expect(await errorCode(path, { from: IDS.liz, to: IDS.benjamin, maxLength: 7 })).toBe('BAD_USER_INPUT');
  });
});

describe('projectOrganizationLinks', () => {
  // A variable page without a default counts as the most the field allows (2,000 links): too much with the evidence.
  const links = `query ($filter: Filter, $first: Int = 50) {
    projectOrganizationLinks(filter: $filter, first: $first) {
      project { name } organization { name } weight maintains talks { name } people { name }
    }
  }`;

  it('weighs each link by talks, contributors and stewardship, with the evidence', async () => {
    const { projectOrganizationLinks } = await data(links, { filter: { organization: IDS.qingcloud } });
    expect(projectOrganizationLinks).toEqual([
      {
        project: { name: 'Fluent Bit' },
        organization: { name: 'QingCloud' },
        weight: 3,
        maintains: false,
        talks: [
          { name: 'Multi-cluster Observability with KubeSphere' },
          { name: 'Fluent Operator: Intro and Deep Dive' },
          { name: '云原生可观测性实践' },
        ],
        people: [{ name: 'Benjamin Huo' }, { name: 'Feynman Zhou' }],
      },
      {
        project: { name: 'Fluent Operator' },
        organization: { name: 'QingCloud' },
        weight: 3,
        maintains: true,
        talks: [{ name: 'Fluent Operator: Intro and Deep Dive' }],
        people: [{ name: 'Benjamin Huo' }, { name: 'Feynman Zhou' }],
      },
      {
        project: { name: 'KubeSphere' },
        organization: { name: 'QingCloud' },
        weight: 1,
        maintains: false,
        talks: [{ name: 'Multi-cluster Observability with KubeSphere' }],
        people: [{ name: 'Benjamin Huo' }],
      },
    ]);
  });

  it('gives the evidence\'s other fields when asked, in the same order as when only names are', async () => {
    const evidence = async (talkFields: string, peopleFields: string) =>
      (await data(`{ projectOrganizationLinks(filter: {organization: "${IDS.qingcloud}"}, first: 1) { talks { ${talkFields} } people { ${peopleFields} } } }`))
        .projectOrganizationLinks[0];
    const names = await evidence('id name', 'id name');
    const more = await evidence('id name day lang sources { path }', 'id name aliases');
    expect(more.talks.map((talk: any) => talk.id)).toEqual(names.talks.map((talk: any) => talk.id));
    expect(more.people.map((person: any) => person.id)).toEqual(names.people.map((person: any) => person.id));
    expect(more.talks).toContainEqual({
      id: IDS.fluentOperatorTalk,
      name: 'Fluent Operator: Intro and Deep Dive',
      day: '2022-05-16',
      lang: 'en',
      sources: [{ path: 'apitest/notes/kubecon-eu-2022.md' }],
    });
    expect(more.people.every((person: any) => Array.isArray(person.aliases))).toBe(true);
  });

  it('answers from the links the loader stored just as from the links computed with their evidence', async () => {
    const fields = 'project { id } organization { id } weight maintains talkCount peopleCount';
    // Without talks or people asked for, the stored links answer; with them, the links are gathered from the graph.
    const stored = async (first: number) => (await data(`{ projectOrganizationLinks(first: ${first}) { ${fields} } }`)).projectOrganizationLinks;
    const computed = async (first: number) =>
      (await data(`{ projectOrganizationLinks(first: ${first}) { ${fields} talks(first: 0) { id } } }`)).projectOrganizationLinks.map(
        ({ talks: _talks, ...link }: { talks: unknown }) => link,
      );
    const all = await stored(2000);
    expect(all.length).toBeGreaterThan(3);
    expect(all).toEqual(await computed(2000));
    // A page that ends among links of one weight ends where the computed one does.
    const tied = all.findIndex((link: { weight: number }, i: number) => i > 0 && link.weight === all[i - 1].weight);
    expect(tied).toBeGreaterThan(0);
    expect(await stored(tied)).toEqual(await computed(tied));
  });

  it('weighs links the same whether or not their evidence is asked for, also through a fragment', async () => {
    const filter = { organization: IDS.qingcloud };
    const bare = (await data(`query ($filter: Filter) { projectOrganizationLinks(filter: $filter) { weight maintains project { name } } }`, { filter }))
      .projectOrganizationLinks;
    expect(bare).toEqual([
      { weight: 3, maintains: false, project: { name: 'Fluent Bit' } },
      { weight: 3, maintains: true, project: { name: 'Fluent Operator' } },
      { weight: 1, maintains: false, project: { name: 'KubeSphere' } },
    ]);
    const viaFragment = await data(
      `fragment Evidence on ProjectOrganizationLink { people { name } }
      query ($filter: Filter) { projectOrganizationLinks(filter: $filter, first: 1) { weight ...Evidence } }`,
      { filter },
    );
    expect(viaFragment.projectOrganizationLinks).toEqual([{ weight: 3, people: [{ name: 'Benjamin Huo' }, { name: 'Feynman Zhou' }] }]);
  });

  it('counts only the selected talks when filtered by year or event, and the same links show on both ends', async () => {
    const { projectOrganizationLinks } = await data(links, { filter: { project: IDS.fluentBit, year: 2021 } });
    expect(projectOrganizationLinks).toEqual([
      {
        project: { name: 'Fluent Bit' },
        organization: { name: 'QingCloud' },
        weight: 1,
        maintains: false,
        talks: [{ name: '云原生可观测性实践' }],
        people: [{ name: 'Benjamin Huo' }],
      },
    ]);
    const ends = await data(`{
      project(id: "${IDS.fluentBit}") { organizations { organization { name } weight } }
      organization(id: "${IDS.calyptia}") { projects { project { name } weight maintains } }
    }`);
    expect(ends.project.organizations).toEqual([
      { organization: { name: 'QingCloud' }, weight: 3 },
      { organization: { name: 'Calyptia' }, weight: 2 },
    ]);
    expect(ends.organization.projects).toEqual([{ project: { name: 'Fluent Bit' }, weight: 2, maintains: true }]);
  });
});

describe('stats', () => {
  it('counts entities by label and relationships by type', async () => {
    const { stats } = await data('{ stats { talks people events documents relationships byLabel { label count } byRelationshipType { type count } } }');
    expect(stats.talks).toBeGreaterThanOrEqual(8);
    expect(stats.people).toBeGreaterThanOrEqual(7);
    expect(stats.documents).toBeGreaterThanOrEqual(2);
    expect(stats.byLabel.find((c: any) => c.label === 'Talk').count).toBe(stats.talks);
    expect(stats.byLabel.map((c: any) => c.label)).toEqual(['Talk', 'Person', 'Organization', 'Project', 'Event', 'Topic', 'Document']);
    expect(stats.relationships).toBe(stats.byRelationshipType.reduce((sum: number, c: any) => sum + c.count, 0));
    expect(stats.byRelationshipType.find((c: any) => c.type === 'CO_LOCATED_WITH').count).toBeGreaterThanOrEqual(1);
  });
});

describe('batching', () => {
  it('runs the same number of Cypher queries for talks { speakers { organizations } } over 1 or 4 talks', async () => {
    const query = `query ($first: Int) {
      talks(filter: {event: "${IDS.kubecon}"}, first: $first) { nodes { name speakers { name organizations { name } } } }
    }`;
    const count = async (first: number): Promise<number> => {
      let queries = 0;
      const stop = executor.onQuery(() => {
        queries += 1;
      });
      try {
        const result = await data(query, { first });
        expect(result.talks.nodes).toHaveLength(first);
      } finally {
        stop();
      }
      return queries;
    };
    const one = await count(1);
    const four = await count(4);
    expect(four).toBe(one);
    // The filter's event (by key, name or alias), the page, the speakers of all its talks, their organizations.
    expect(four).toBe(4);
  });
});

describe('limits and errors', () => {
  it('rejects a query nested too deep or too costly before touching the database', async () => {
    const deep = await gql(`{ person(id: "${IDS.benjamin}") { talks { speakers { talks { speakers { talks { speakers { talks { speakers { talks { name } } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' } });
    const costly = await gql('{ talks(first: 100) { nodes { speakers { talks { speakers { organizations { name } } } } } } }');
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0].message).toMatch(/could fetch about \d+ entities; the limit is 10000/);
  });

  it('reports an unreachable database as DATABASE_UNAVAILABLE without internals', async () => {
    const unreachable = openExecutor({ uri: 'bolt://127.0.0.1:1' });
    const apollo = createApolloServer({ log: () => {} });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ stats { talks } }' }, { contextValue: requestContext(unreachable) });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors).toEqual([
        { message: 'The database is unavailable; try again later.', locations: [{ line: 1, column: 3 }], path: ['stats'], extensions: { code: 'DATABASE_UNAVAILABLE' } },
      ]);
    } finally {
      await apollo.stop();
      await unreachable.close();
    }
  });

  it('answers introspection, so GraphiQL can show the schema', async () => {
    const result = await data('{ __type(name: "Talk") { fields { name description } } }');
    expect(result.__type.fields.map((f: any) => f.name)).toContain('speakerCredits');
    expect(result.__type.fields.every((f: any) => f.description)).toBe(true);
  });
});

describe('HTTP server', () => {
  it('binds 127.0.0.1 and serves the explorer at /, the IDE at /graphiql and JSON 404s elsewhere', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('<title>explorer</title>');
    expect(await (await fetch(`${server.url}graphiql`)).text()).toContain('<title>GraphiQL</title>');
    const missing = await fetch(`${server.url}no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'Not found.', path: '/no/such/page' });
    const escape = await fetch(`${server.url}..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
  });

  it('marks every answer, over POST or GET, as not to be cached', async () => {
    const post = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats { talks } }"}' });
    const get = await fetch(`${server.url}graphql?query=${encodeURIComponent('{ stats { talks } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    for (const response of [post, get]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers malformed JSON with a 400 and no stack', async () => {
    const response = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toMatch(/at .*\.ts/);
  });
});
