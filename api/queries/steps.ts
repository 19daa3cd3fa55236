// The relationships that lead from an entity to entities of some labels, spelled as types and directions. Every
// relationship type connects fixed labels, so "the neighbors with these labels" is "these types, this way": Neo4j then
// reads only those relationships (never a hub's thousands of DESCRIBES edges) and counts them from its degree store.
import { LINK_TYPE, NODE_LABELS, type NodeLabel, type RelationshipType } from '../../graph/model';

const ENTITY_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((label) => label !== 'Document');

/** The labels at the start and at the end of each relationship type (graph/model.ts; DESCRIBES reaches every entity). */
export const RELATIONSHIP_ENDS = {
  PRESENTED: { start: ['Person'], end: ['Talk'] },
  AFFILIATED_WITH: { start: ['Person'], end: ['Organization'] },
  PART_OF: { start: ['Talk'], end: ['Event'] },
  CO_LOCATED_WITH: { start: ['Event'], end: ['Event'] },
  MENTIONS: { start: ['Talk'], end: ['Project'] },
  ABOUT: { start: ['Talk'], end: ['Topic'] },
  CONTRIBUTES_TO: { start: ['Person'], end: ['Project'] },
  MAINTAINS: { start: ['Organization'], end: ['Project'] },
  DESCRIBES: { start: ['Document'], end: ENTITY_LABELS },
} as const satisfies Record<RelationshipType, { start: readonly NodeLabel[]; end: readonly NodeLabel[] }>;

const TYPES = Object.keys(RELATIONSHIP_ENDS) as RelationshipType[];

/** Relationships of `types` followed from a node `out` (as start), `in` (as end) or `both` ways. */
export interface Step {
  types: RelationshipType[];
  direction: 'out' | 'in' | 'both';
  /** When only some far ends qualify: the labels they must have. */
  check?: NodeLabel[];
}

/** Each type and direction with the labels found at its far end. */
function ways(): { type: RelationshipType; direction: 'out' | 'in'; far: readonly NodeLabel[] }[] {
  return TYPES.flatMap((type) => [
    { type, direction: 'out' as const, far: RELATIONSHIP_ENDS[type].end },
    { type, direction: 'in' as const, far: RELATIONSHIP_ENDS[type].start },
  ]);
}

/** Groups ways by direction and far-end check; a type followed both ways without a check becomes one `both` step. */
function group(selected: { type: RelationshipType; direction: 'out' | 'in'; check?: NodeLabel[] }[]): Step[] {
  const exact = (direction: 'out' | 'in') => selected.filter((w) => w.direction === direction && !w.check).map((w) => w.type);
  const out = exact('out');
  const inward = exact('in');
  const both = out.filter((type) => inward.includes(type));
  const steps: Step[] = [];
  if (both.length > 0) steps.push({ types: both, direction: 'both' });
  const outOnly = out.filter((type) => !both.includes(type));
  const inOnly = inward.filter((type) => !both.includes(type));
  if (outOnly.length > 0) steps.push({ types: outOnly, direction: 'out' });
  if (inOnly.length > 0) steps.push({ types: inOnly, direction: 'in' });
  for (const w of selected) if (w.check) steps.push({ types: [w.type], direction: w.direction, check: w.check });
  return steps;
}

/** The steps from any node to its neighbors with a label in `labels`, and nothing else. */
export function stepsToward(labels: readonly NodeLabel[]): Step[] {
  return group(
    ways().flatMap(({ type, direction, far }) => {
      const wanted = far.filter((label) => labels.includes(label));
      if (wanted.length === 0) return [];
      return [{ type, direction, ...(wanted.length < far.length ? { check: wanted } : {}) }];
    }),
  );
}

/** The pattern of one step from `from` to `to`, with its far-end check as a WHERE clause. */
export function stepPattern(step: Step, from: string, to: string): string {
  const types = step.types.join('|');
  const pattern =
    step.direction === 'out' ? `(${from})-[:${types}]->(${to})` : step.direction === 'in' ? `(${from})<-[:${types}]-(${to})` : `(${from})-[:${types}]-(${to})`;
  return step.check ? `${pattern} WHERE ${to}:${step.check.join('|')}` : pattern;
}

/**
 * Cypher for how many relationships `x` has to entities with a label in `labels`. Without Documents this is the node's
 * total degree less its DESCRIBES edges, which are as many as the documents stating it (`documentCount`, kept by the
 * loader): two reads, where counting by type would walk every relationship of a node with few of them.
 */
export function degreeToward(x: string, labels: readonly NodeLabel[]): string {
  const excluded = ways().flatMap(({ type, direction, far }) => {
    const unwanted = far.filter((label) => !labels.includes(label));
    if (unwanted.length === 0) return [];
    return [{ type, direction, ...(unwanted.length < far.length ? { check: unwanted } : {}) }];
  });
  const describesIn = excluded.find((w) => w.type === 'DESCRIBES' && w.direction === 'in' && !w.check);
  const others = excluded.filter((w) => w !== describesIn);
  const included = stepsToward(labels);
  // Whichever needs fewer typed counts: the wanted steps, or the total less the unwanted ones.
  const count = (step: Step) => `COUNT { ${stepPattern(step, x, step.check ? 'far' : '')} }`;
  if (included.length <= others.length) return included.map(count).join(' + ');
  // The total holds the loader's stored links too (LINKED_TO, derived, never a neighbor): they are taken out.
  const stored = `COUNT { (${x})-[:${LINK_TYPE}]-() }`;
  return [`COUNT { (${x})--() }`, ...(describesIn ? [`coalesce(${x}.documentCount, 0)`] : []), stored, ...group(others).map(count)].join(' - ');
}

/** The types a path may take through entities with a label in `labels`, between ends with the labels `ends`. */
export function typesAmong(labels: readonly NodeLabel[], ends: readonly NodeLabel[] = []): RelationshipType[] {
  const allowed = new Set([...labels, ...ends]);
  return TYPES.filter((type) => RELATIONSHIP_ENDS[type].start.some((l) => allowed.has(l)) && RELATIONSHIP_ENDS[type].end.some((l) => allowed.has(l)));
}
