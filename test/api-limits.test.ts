import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../api/schema';
import { costLimitRule, MAX_QUERY_COST } from '../api/validation/cost-limit';
import { depthLimitRule, MAX_QUERY_DEPTH } from '../api/validation/depth-limit';
import { limitRules, MAX_QUERY_TOKENS } from '../api/validation';
import { MAX_ALIASES, MAX_ROOT_FIELDS } from '../api/validation/alias-limit';

const schema = buildSchema(loadTypeDefs());
const check = (query: string) => validate(schema, parse(query, { maxTokens: MAX_QUERY_TOKENS }), [...specifiedRules, ...limitRules()]);
/** The cost estimate of a query, read from the error a zero limit reports. */
const costOf = (query: string): number => Number(validate(schema, parse(query), [costLimitRule(0)])[0]?.extensions.cost ?? 0);
const limitsOf = (errors: readonly GraphQLError[]) => errors.map((e) => e.extensions.limit);

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
    // Six levels deep; small pages, so that only depth is in question (10 × 10 × 10 × 10 talks would be over the cost limit).
    expect(check('{ talk(key: "x") { speakerCredits { person { organizations(first: 10) { projects(first: 10) { talks(first: 5) { name } } } } } } }')).toEqual([]);
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

describe('fragment cycles', () => {
  it('are refused by graphql\'s own rule, while the limit rules say nothing and do not recurse', () => {
    const errors = check(`
      { stats { ...A } }
      fragment A on Stats { talks ...B }
      fragment B on Stats { people ...A }`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /Cannot spread fragment "[AB]" within itself/.test(e.message))).toBe(true);
  });

  it('also when the cycle runs through nested fields', () => {
    const errors = check(`
      { talks { nodes { ...T } } }
      fragment T on Talk { speakers { ...P } }
      fragment P on Person { talks { ...T } }`);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Cannot spread fragment "T" within itself via "P"/)]);
  });
});

describe('aliases and top-level fields', () => {
  const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('refuses a document too long to be a person\'s query before validating it', () => {
    expect(() => parse(aliased(5_000, 'stats { talks }'), { maxTokens: MAX_QUERY_TOKENS })).toThrow(/Document contains more th[ae][nt] 3000 tokens/);
  });

  it('limits aliases, counting those in fragments once per spread', () => {
    expect(check(aliased(MAX_ROOT_FIELDS, 'stats { talks }'))).toEqual([]);
    const nested = `{ talk(key: "x") { ...N } } fragment N on Talk { ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `n${i}: name`).join(' ')} }`;
    expect(limitsOf(check(nested))).toEqual(['aliases']);
  });

  it('limits top-level fields, each a database query of its own', () => {
    expect(limitsOf(check(aliased(MAX_ROOT_FIELDS + 1, 'stats { talks }')))).toEqual(['rootFields']);
  });

  it('walks each fragment once however often it is spread, so a fragment that doubles at each level is refused at once', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Talk { ...F${i} ...F${i} }`).join('\n');
    const errors = check(`{ talks { nodes { ...F${levels} } } } fragment F0 on Talk { speakers { name } }\n${fragments}`);
    // 2^40 spreads: walked one by one, this would not end; the estimate counts each spread and is far over the limit.
    expect(limitsOf(errors)).toEqual(['cost']);
  });
});

describe('what a top-level field reads', () => {
  it('counts a traversal\'s budget, not only the entities it returns', () => {
    expect(costOf('{ relatedTalks(talkId: "x", first: 1) { score } }')).toBeGreaterThan(costOf('{ talks(first: 1) { nodes { title } } }') * 100);
    expect(limitsOf(check(`{ ${Array.from({ length: 5 }, (_, i) => `r${i}: relatedTalks(talkId: "x") { score }`).join(' ')} }`))).toEqual(['cost']);
  });

  it('counts the links of the whole graph as more than those of one project', () => {
    const links = (filter: string) => `{ projectOrganizationLinks(${filter}first: 1) { weight } }`;
    expect(costOf(links(''))).toBeGreaterThan(costOf(links('filter: {project: "cilium"}, ')));
  });

  it('lets the explorer ask for the 2,000 links its matrix shows, but not for the talks and their events behind each of them', async () => {
    const { LINK_EVIDENCE, PROJECT_ORGANIZATION_LINKS } = await import('../web/src/queries');
    expect(check(PROJECT_ORGANIZATION_LINKS)).toEqual([]);
    expect(check(LINK_EVIDENCE)).toEqual([]);
    // A variable page counts as the most the field allows: 2,000 links, not the 200 of other lists.
    const page = (first: number) => `{ projectOrganizationLinks(first: ${first}) { weight maintains talkCount peopleCount project { id name } organization { id name } } }`;
    expect(costOf(PROJECT_ORGANIZATION_LINKS)).toBe(costOf(page(2000)));
    expect(costOf(page(2000))).toBeGreaterThan(costOf(page(200)));
    expect(limitsOf(check('{ projectOrganizationLinks(first: 2000) { weight talks { event { name } } } }'))).toEqual(['cost']);
    expect(check('{ projectOrganizationLinks(first: 20) { weight talks { event { name } } } }')).toEqual([]);
  });

  it('counts a neighborhood by its limit and depth', () => {
    expect(costOf('{ neighborhood(id: "x", depth: 3, limit: 500) { truncated } }')).toBeGreaterThan(costOf('{ neighborhood(id: "x") { truncated } }'));
  });

  it('counts a nested list whose `first` is a variable as its largest page, not a top-level one', () => {
    const talks = (first: string) => `query ($first: Int) { project(id: "x") { talks(first: ${first}) { title } } }`;
    expect(costOf(talks('$first'))).toBe(costOf(talks('1000')));
  });

  it('counts each entity of a page the query asks for, even one that selects only their ids', () => {
    const evidence = (first: number) => `{ projectOrganizationLinks(first: 200) { weight talks(first: ${first}) { id } people(first: ${first}) { id } } }`;
    expect(limitsOf(check(evidence(1000)))).toEqual(['cost']);
    expect(check(evidence(4))).toEqual([]);
    expect(costOf(evidence(20))).toBeGreaterThan(costOf(evidence(4)) + 200 * 2 * 15);
  });

  it('costs even a top-level field that selects only leaves', () => {
    expect(costOf('{ stats { talks } }')).toBeGreaterThan(0);
  });
});
