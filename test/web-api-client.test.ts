import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError, GraphQLClient, createApiClient } from '../web/src/api-client';
import * as queries from '../web/src/queries';

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '..', 'schema.graphql'), 'utf8'));

function respond(status: number, body: unknown) {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('the explorer’s GraphQL documents', () => {
  it.each(Object.entries(queries))('%s is valid against schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});

describe('API errors reach the page', () => {
  it('carries the server’s message and code', async () => {
    const client = new GraphQLClient('/graphql', respond(200, { errors: [{ message: 'No entity has the id "Talk:x".', extensions: { code: 'NOT_FOUND' } }] }));
    const failure = createApiClient(client).neighborhood('Talk:x');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No entity has the id "Talk:x".' });
  });

  it('says when the server cannot be reached or answers without GraphQL', async () => {
    const offline = new GraphQLClient('/graphql', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(offline.request('{ stats { talks } }')).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('Failed to fetch') });
    const broken = new GraphQLClient('/graphql', respond(502, '<html>Bad gateway</html>'));
    await expect(broken.request('{ stats { talks } }')).rejects.toMatchObject({ code: 'HTTP_502' });
  });

  it('maps answers to the explorer’s terms', async () => {
    const client = new GraphQLClient(
      '/graphql',
      respond(200, {
        data: {
          path: {
            length: 1,
            paths: [{ nodeIds: ['Person:a', 'Talk:t@e'], edgeIds: ['Person:a|PRESENTED|Talk:t@e'] }],
            nodes: [
              { id: 'Person:a', label: 'Person', name: 'A', degree: 1, node: {} },
              { id: 'Talk:t@e', label: 'Talk', name: 'T', degree: 1, node: { event: { id: 'Event:e', year: 2024 } } },
            ],
            edges: [{ id: 'Person:a|PRESENTED|Talk:t@e', type: 'PRESENTED', source: 'Person:a', target: 'Talk:t@e' }],
          },
        },
      }),
    );
    const found = await createApiClient(client).path('Person:a', 'Talk:t@e');
    expect(found?.subgraph.nodes[1]).toMatchObject({ id: 'Talk:t@e', eventId: 'Event:e', year: 2024 });
    const none = new GraphQLClient('/graphql', respond(200, { data: { path: { length: null, paths: [], nodes: [], edges: [] } } }));
    expect(await createApiClient(none).path('Person:a', 'Person:b')).toBeNull();
  });
});
