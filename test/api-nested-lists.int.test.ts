// Nested lists come in bounded pieces with their counts: a project on thousands of talks no longer answers them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../api/server';
import { IDS, MARK, loadApiFixture, removeApiFixture } from './support/api-fixtures';
import { testExecutor } from './support/db';

const executor = testExecutor();
let server: ApiServer;

beforeAll(async () => {
  server = await startApiServer({ executor, port: 0, webRoot: '/nonexistent', log: () => {} });
  await loadApiFixture(executor);
});

afterAll(async () => {
  await server?.close();
  await removeApiFixture(executor);
  await executor.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: { extensions: Record<string, unknown> }[] }> {
  const response = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any };
}

describe('nested lists', () => {
  it('return the first `first` of an entity\'s talks and people, in order, with how many there are', async () => {
    const query = `query ($id: ID!, $first: Int) {
      organization(id: $id) { talkCount peopleCount talks(first: $first) { id } people(first: $first) { id } all: talks(first: 1000) { id } everyone: people(first: 1000) { id } }
    }`;
    const { data } = await gql(query, { id: IDS.qingcloud, first: 1 });
    const organization = data.organization;
    expect(organization.talkCount).toBe(organization.all.length);
    expect(organization.peopleCount).toBe(organization.everyone.length);
    expect(organization.talkCount).toBeGreaterThan(1);
    expect(organization.talks).toEqual(organization.all.slice(0, 1));
    expect(organization.people).toEqual(organization.everyone.slice(0, 1));
  });

  it('return the first `first` of a link\'s talks and people, with how many there are', async () => {
    // A few links, so that all their talks and people (up to 1,000 each) are within the cost limit.
    const query = `query ($first: Int) {
      projectOrganizationLinks(filter: {organization: "${IDS.qingcloud}"}, first: 4) { project { id } organization { id } talkCount peopleCount talks(first: $first) { id } people(first: $first) { id } }
    }`;
    const key = (link: any): string => `${link.project.id} ${link.organization.id}`;
    const answer = await gql(query, { first: 1000 });
    expect(answer.errors).toBeUndefined();
    const busiest = answer.data.projectOrganizationLinks.find((link: any) => key(link).includes(MARK) && link.talks.length > 1 && link.people.length > 1);
    expect(busiest).toBeDefined();
    expect(busiest.talkCount).toBe(busiest.talks.length);
    expect(busiest.peopleCount).toBe(busiest.people.length);
    const cut = (await gql(query, { first: 1 })).data.projectOrganizationLinks.find((link: any) => key(link) === key(busiest));
    expect(cut.talks).toEqual(busiest.talks.slice(0, 1));
    expect(cut.people).toEqual(busiest.people.slice(0, 1));
    expect([cut.talkCount, cut.peopleCount]).toEqual([busiest.talkCount, busiest.peopleCount]);
  });

  it('cut every other list of an entity to `first`, with how many there are beside it', async () => {
    // Each list with the id of an entity that has one, its count field and a leaf to compare by.
    const lists = [
      { field: 'project', id: IDS.fluentBit, list: 'organizations', count: 'organizationCount', leaf: 'organization { id }' },
      { field: 'organization', id: IDS.qingcloud, list: 'projects', count: 'projectCount', leaf: 'project { id }' },
      { field: 'project', id: IDS.fluentOperator, list: 'contributors', count: 'contributorCount', leaf: 'person { id }' },
      { field: 'project', id: IDS.fluentOperator, list: 'maintainers', count: 'maintainerCount', leaf: 'id' },
      { field: 'person', id: IDS.benjamin, list: 'organizations', count: 'organizationCount', leaf: 'id' },
      { field: 'organization', id: IDS.qingcloud, list: 'maintains', count: 'maintainsCount', leaf: 'id' },
      { field: 'event', id: IDS.kubecon, list: 'coLocatedEvents', count: 'coLocatedEventCount', leaf: 'id' },
      { field: 'document', id: IDS.europeNotes, list: 'events', count: 'eventCount', leaf: 'id' },
      { field: 'talk', id: IDS.fluentOperatorTalk, list: 'documents', count: 'documentCount', leaf: 'id' },
      { field: 'event', id: IDS.kubecon, list: 'documents', count: 'documentCount', leaf: 'id' },
    ];
    const asked = lists.map(({ field, id, list, count, leaf }, i) => `e${i}: ${field}(id: "${id}") { ${count} cut: ${list}(first: 1) { ${leaf} } all: ${list}(first: 1000) { ${leaf} } }`);
    // Five lists of up to 1,000 a request: all ten would be over the cost limit.
    const data: Record<string, any> = {};
    for (const part of [asked.slice(0, 5), asked.slice(5)]) {
      const answer = await gql(`{ ${part.join('\n')} }`);
      expect(answer.errors).toBeUndefined();
      Object.assign(data, answer.data);
    }
    const found = lists.map(({ count }, i) => ({ count: data[`e${i}`][count], cut: data[`e${i}`].cut, all: data[`e${i}`].all }));
    for (const { count, cut, all } of found) {
      expect(count).toBe(all.length);
      expect(count).toBeGreaterThan(0);
      expect(cut).toEqual(all.slice(0, 1));
    }
    // The project's organizations are several links: the cut left some out.
    expect(found[0].count).toBeGreaterThan(1);
  });

  it('keep answering without `first` (the explorer\'s queries), at most 100 each', async () => {
    const { data } = await gql(`{ project(id: "${IDS.fluentOperator}") { talks { id } talkCount } }`);
    expect(data.project.talks).toHaveLength(Math.min(100, data.project.talkCount));
  });

  it('refuse a page size past 1000 with BAD_USER_INPUT', async () => {
    const { errors } = await gql(`{ project(id: "${IDS.fluentOperator}") { talks(first: 5000) { id } } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
