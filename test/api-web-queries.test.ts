// The explorer's queries are the API's first client: they must stay valid against schema.graphql and within limits.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../api/schema';
import { limitRules, MAX_QUERY_TOKENS } from '../api/validation';
import * as queries from '../web/src/queries';

const schema = buildSchema(loadTypeDefs());
const documents: [string, string][] = Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));

describe('the explorer queries', () => {
  it('exist', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('%s is valid and within the size, alias, depth and cost limits', (_name, document) => {
    const errors = validate(schema, parse(document, { maxTokens: MAX_QUERY_TOKENS }), [...specifiedRules, ...limitRules()]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
