import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../api/schema';
import { costLimitRule, MAX_QUERY_COST } from '../api/validation/cost-limit';
import { depthLimitRule, MAX_QUERY_DEPTH } from '../api/validation/depth-limit';

const schema = buildSchema(loadTypeDefs());
const check = (query: string) => validate(schema, parse(query), [...specifiedRules, depthLimitRule(), costLimitRule()]);

describe('schema.graphql', () => {
  it('describes every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});

describe('query depth limit', () => {
  it('lets the explorer-sized queries through', () => {
    expect(check('{ talk(key: "x") { speakerCredits { person { organizations { projects { talks { name } } } } } } }')).toEqual([]);
  });

  it('does not count introspection, which GraphiQL needs and the schema bounds', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });

  it('rejects nesting past the limit with the depth in the message, through fragments too', () => {
    const query = `
      query Deep { person(key: "a") { ...P } }
      fragment P on Person { talks { speakers { talks { speakers { talks { speakers { talks { speakers { talks { name } } } } } } } } } }`;
    const errors = validate(schema, parse(query), [depthLimitRule()]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(new RegExp(`nests fields 11 levels deep; the limit is ${MAX_QUERY_DEPTH}`));
    expect(errors[0].extensions).toMatchObject({ limit: 'depth', depth: 11 });
  });
});

describe('query cost limit', () => {
  it('accepts a page of talks with speakers and their organizations', () => {
    expect(check('{ talks(first: 100) { edges { node { title speakers { name organizations { name } } } } } }')).toEqual([]);
  });

  it('rejects nested lists that multiply past the limit, naming the estimate and the limit', () => {
    const errors = check('{ talks(first: 100) { nodes { speakers { talks { speakers { organizations { name } } } } } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(new RegExp(`could fetch about \\d+ entities; the limit is ${MAX_QUERY_COST}`));
    expect(Number(errors[0].extensions.cost)).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('grows with first, so a smaller page of the same query passes', () => {
    const nested = (first: number) => `{ talks(first: ${first}) { nodes { speakers { talks { speakers { name } } } } } }`;
    expect(check(nested(5))).toEqual([]);
    expect(check(nested(100))).toHaveLength(1);
  });

  it('counts a variable as its default, else as the most the argument allows', () => {
    const query = (declaration: string) =>
      `query Q(${declaration}) { talks(first: $n) { nodes { speakers { talks { speakers { name } } } } } }`;
    expect(check(query('$n: Int = 5'))).toEqual([]);
    expect(check(query('$n: Int'))).toHaveLength(1);
  });
});
