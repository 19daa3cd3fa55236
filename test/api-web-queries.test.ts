// The explorer's queries are the API's first client: they must stay valid against schema.graphql and within limits.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../api/schema';
import { costLimitRule } from '../api/validation/cost-limit';
import { depthLimitRule } from '../api/validation/depth-limit';
import * as queries from '../web/src/queries';

const schema = buildSchema(loadTypeDefs());
const documents: [string, string][] = Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));

describe('the explorer queries', () => {
  it('exist', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('%s is valid and within the depth and cost limits', (_name, document) => {
    const errors = validate(schema, parse(document), [...specifiedRules, depthLimitRule(), costLimitRule()]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
