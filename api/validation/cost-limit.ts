// Rejects operations whose estimated number of entities to fetch is over a limit, before anything runs.
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  valueFromAST,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { selectedFields } from './selections';

export const MAX_QUERY_COST = 10_000;

/** How many items an unbounded nested list (Event.talks, Person.organizations, ...) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

/** The arguments that bound a field's size, with the most each may be (what a variable is assumed to be). */
const SIZE_ARGUMENTS: Record<string, number> = { first: 200, limit: 500 };

/** Types whose list fields are sized by the field that returned them (a page, a subgraph): no extra factor. */
const SIZED_BY_PARENT = /Connection$|^Subgraph$|^PathResult$/;

function sizeOf(field: FieldNode, definition: GraphQLField<unknown, unknown>, operation: OperationDefinitionNode): number | undefined {
  for (const [name, maximum] of Object.entries(SIZE_ARGUMENTS)) {
    const argument = definition.args.find((a) => a.name === name);
    if (!argument) continue;
    const given = field.arguments?.find((a) => a.name.value === name)?.value;
    if (!given) return typeof argument.defaultValue === 'number' ? argument.defaultValue : maximum;
    if (given.kind === Kind.VARIABLE) {
      // Validation runs before variables are known: a variable counts as its default, else as the maximum.
      const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === given.name.value);
      const value = declared?.defaultValue ? valueFromAST(declared.defaultValue, argument.type) : undefined;
      return typeof value === 'number' ? value : maximum;
    }
    const value = valueFromAST(given, argument.type);
    return typeof value === 'number' ? Math.max(0, value) : maximum;
  }
  return undefined;
}

function costOf(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  context: ValidationContext,
  operation: OperationDefinitionNode,
): number {
  let cost = 0;
  for (const field of selectedFields(selectionSet, context)) {
    // A field selected inside a fragment on another type is looked up on that type when the parent does not have it.
    const definition = fieldDefinition(parentType, field.name.value, context);
    if (!definition || !field.selectionSet) continue;
    const type = definition.type;
    const named = getNamedType(type);
    if (isLeafType(named)) continue;
    const size =
      sizeOf(field, definition, operation) ??
      (isListType(getNullableType(type)) && !SIZED_BY_PARENT.test(parentType.name) ? ASSUMED_LIST_SIZE : 1);
    cost += 1 + size * costOf(field.selectionSet, named as GraphQLCompositeType, context, operation);
  }
  return cost;
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

export function costLimitRule(maxCost = MAX_QUERY_COST): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const cost = costOf(operation.selectionSet, root, context, operation);
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(
            `The query could fetch about ${cost} entities; the limit is ${maxCost}. Ask for fewer items (first, limit) or fewer nested lists.`,
            { nodes: [operation], extensions: { limit: 'cost', cost, maxCost } },
          ),
        );
      }
    },
  });
}
