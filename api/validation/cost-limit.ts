// Rejects operations whose estimated database work is over a limit, before anything runs: the entities each field
// fetches, lists by their page size, and for top-level fields what their traversal reads.
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  valueFromAST,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  isCompositeType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { MAX_LINKS } from '../queries/links';
import { EXPANSION_BUDGET } from '../queries/related';
import { MAX_NESTED_LIST } from '../resolvers/entities';
import { operationRule } from './selections';

export const MAX_QUERY_COST = 10_000;

/** How many items an unbounded nested list (Event.talks, Person.organizations, ...) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * The arguments that bound a field's size, with the most each may be (what a variable is assumed to be): top-level
 * fields take pages of at most 200, nested lists (Project.talks, Talk.sources, ...) up to MAX_NESTED_LIST.
 */
const SIZE_ARGUMENTS: Record<string, { root: number; nested: number }> = {
  first: { root: 200, nested: MAX_NESTED_LIST },
  limit: { root: 500, nested: 500 },
};

/** Fields whose `first` may go higher than SIZE_ARGUMENTS says, with their own most. */
const LARGER_PAGES: Record<string, number> = { projectOrganizationLinks: MAX_LINKS };

/** Types whose list fields are sized by the field that returned them (a page, a subgraph): no extra factor. */
const SIZED_BY_PARENT = /Connection$|^Subgraph$|^PathResult$/;

/** A top-level field is at least one read transaction of its own, whatever it returns. */
export const ROOT_FIELD_COST = 10;

type ArgumentOf = (name: string, maximum: number) => number;

/**
 * What a top-level field reads before it returns anything, beyond the entities it returns: a traversal its budget, an
 * aggregate over the whole graph the share of it that it scans.
 */
const ROOT_READS: Record<string, (argument: ArgumentOf, field: FieldNode) => number> = {
  neighborhood: (argument) => argument('limit', 500) * argument('depth', 3),
  relatedTalks: () => EXPANSION_BUDGET,
  path: (argument) => 250 * argument('maxLength', 6),
  // Without a project or organization, every link of the graph is gathered and ranked.
  projectOrganizationLinks: (_argument, field) => (pinsAnEnd(field) ? 200 : 2_000),
  search: (argument) => 100 + argument('first', 100),
  stats: () => 20,
};

function pinsAnEnd(field: FieldNode): boolean {
  const filter = field.arguments?.find((a) => a.name.value === 'filter')?.value;
  // A filter given as a variable may pin nothing.
  return filter?.kind === Kind.OBJECT && filter.fields.some((f) => f.name.value === 'project' || f.name.value === 'organization');
}

/** An integer argument's value: as given, else its default, else (a variable, unknown while validating) its maximum. */
function argumentOf(field: FieldNode, definition: GraphQLField<unknown, unknown>, operation: OperationDefinitionNode): ArgumentOf {
  return (name, maximum) => {
    const argument = definition.args.find((a) => a.name === name);
    if (!argument) return maximum;
    const given = field.arguments?.find((a) => a.name.value === name)?.value;
    if (!given) return typeof argument.defaultValue === 'number' ? argument.defaultValue : maximum;
    if (given.kind === Kind.VARIABLE) {
      const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
      const value = declared?.defaultValue ? valueFromAST(declared.defaultValue, argument.type) : undefined;
      return typeof value === 'number' ? value : maximum;
    }
    const value = valueFromAST(given, argument.type);
    return typeof value === 'number' ? Math.max(0, value) : maximum;
  };
}

function sizeOf(field: FieldNode, definition: GraphQLField<unknown, unknown>, operation: OperationDefinitionNode, root: boolean): number | undefined {
  const argument = argumentOf(field, definition, operation);
  for (const [name, maximum] of Object.entries(SIZE_ARGUMENTS)) {
    if (definition.args.some((a) => a.name === name)) return argument(name, name === 'first' && root ? (LARGER_PAGES[field.name.value] ?? maximum.root) : root ? maximum.root : maximum.nested);
  }
  return undefined;
}

interface CostWalk {
  context: ValidationContext;
  operation: OperationDefinitionNode;
  /** A selection set's cost per parent type: fragments spread many times are costed once. */
  memo: Map<SelectionSetNode, Map<string, number>>;
}

function costOf(selectionSet: SelectionSetNode | undefined, parentType: GraphQLCompositeType, walk: CostWalk, root = false): number {
  if (!selectionSet) return 0;
  const known = walk.memo.get(selectionSet)?.get(parentType.name);
  if (known !== undefined) return known;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, parentType, walk, root);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.context.getFragment(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.context.getSchema().getType(fragment.typeCondition.name.value) : parentType;
      cost += costOf(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parentType, walk, root);
    }
  }
  let byType = walk.memo.get(selectionSet);
  if (!byType) walk.memo.set(selectionSet, (byType = new Map()));
  byType.set(parentType.name, cost);
  return cost;
}

function fieldCost(field: FieldNode, parentType: GraphQLCompositeType, walk: CostWalk, root: boolean): number {
  if (field.name.value.startsWith('__')) return 0;
  // A field selected inside a fragment on another type is looked up on that type when the parent does not have it.
  const definition = fieldDefinition(parentType, field.name.value, walk.context);
  if (!definition) return 0;
  const reads = root ? ROOT_FIELD_COST + (ROOT_READS[field.name.value]?.(argumentOf(field, definition, walk.operation), field) ?? 0) : 0;
  const named = getNamedType(definition.type);
  if (!field.selectionSet || isLeafType(named)) return reads;
  const size =
    sizeOf(field, definition, walk.operation, root) ??
    (isListType(getNullableType(definition.type)) && !SIZED_BY_PARENT.test(parentType.name) ? ASSUMED_LIST_SIZE : 1);
  // A page the query asks for (`first`, `limit` given) returns up to that many entities, each fetched and sent, even
  // when only their leaves are selected: 200 links × talks(first: 1000) { id } is 200,000 talks, not 200 lists.
  const each = costOf(field.selectionSet, named as GraphQLCompositeType, walk);
  return reads + 1 + size * (asksForPage(field) ? Math.max(each, 1) : each);
}

function asksForPage(field: FieldNode): boolean {
  return field.arguments?.some((a) => a.name.value in SIZE_ARGUMENTS) ?? false;
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string, context: ValidationContext): GraphQLField<unknown, unknown> | undefined {
  if ((isObjectType(parentType) || isInterfaceType(parentType)) && parentType.getFields()[name]) return parentType.getFields()[name];
  // Inline fragments on an implementation of an interface: find the field on some implementation.
  const schema = context.getSchema();
  if (isInterfaceType(parentType)) {
    for (const implementation of schema.getPossibleTypes(parentType)) {
      const found = implementation.getFields()[name];
      if (found) return found;
    }
  }
  return undefined;
}

/** Each validated operation's estimate: the server weighs a client's running requests by it (api/http/cost-shares.ts). */
const estimates = new WeakMap<OperationDefinitionNode, number>();

/**
 * The estimated cost of an operation the cost rule validated (Apollo keeps a validated document and hands the same
 * operation node to later requests of the same text); undefined for one it did not see.
 */
export function operationCost(operation: OperationDefinitionNode): number | undefined {
  return estimates.get(operation);
}

export function costLimitRule(maxCost = MAX_QUERY_COST): ValidationRule {
  return operationRule((context) => (operation) => {
    const root = context.getSchema().getRootType(operation.operation);
    if (!root) return;
    const cost = costOf(operation.selectionSet, root, { context, operation, memo: new Map() }, true);
    estimates.set(operation, cost);
    if (cost > maxCost) {
      context.reportError(
        new GraphQLError(
          `The query could fetch about ${cost} entities; the limit is ${maxCost}. Ask for fewer items (first, limit) or fewer nested lists.`,
          { nodes: [operation], extensions: { limit: 'cost', cost, maxCost } },
        ),
      );
    }
  });
}
