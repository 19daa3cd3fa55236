// The corrections panel's GraphQL documents hold against schema.graphql, and its client sends what the server expects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLClient } from '../web/src/api-client';
import { createCorrectionsApi } from '../web/src/corrections-api';
import * as queries from '../web/src/corrections-queries';

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '..', 'schema.graphql'), 'utf8'));

describe('the corrections panel’s GraphQL documents', () => {
  it.each(Object.entries(queries))('%s is valid against schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it('turns a refused write into an error with the server’s code', async () => {
    const sent: unknown[] = [];
    const client = new GraphQLClient('/graphql', async (_url, init) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ errors: [{ message: 'This server does not write corrections', extensions: { code: 'FORBIDDEN' } }] }), { status: 200 });
    });
    await expect(createCorrectionsApi(client).add({ kind: 'NOT_A_TALK', talk: 'Talk:a@b' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(sent).toEqual([{ query: queries.ADD_CORRECTION, variables: { correction: { kind: 'NOT_A_TALK', talk: 'Talk:a@b' } } }]);
  });
});
