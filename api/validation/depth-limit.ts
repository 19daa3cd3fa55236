// Rejects operations that nest fields deeper than a limit: each level of nesting is another batch of queries.
import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { operationRule } from './selections';

export const MAX_QUERY_DEPTH = 10;

/** The depth of a selection set, each set measured once however often fragments spread it. */
function depthOf(selectionSet: SelectionSetNode | undefined, context: ValidationContext, memo: Map<SelectionSetNode, number>): number {
  if (!selectionSet) return 0;
  const known = memo.get(selectionSet);
  if (known !== undefined) return known;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is bounded by the schema; GraphiQL's own query nests deeply.
      if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, context, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, context, memo));
    } else {
      deepest = Math.max(deepest, depthOf(context.getFragment(selection.name.value)?.selectionSet, context, memo));
    }
  }
  memo.set(selectionSet, deepest);
  return deepest;
}

export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH): ValidationRule {
  return operationRule((context) => {
    const memo = new Map<SelectionSetNode, number>();
    return (operation) => {
      const depth = depthOf(operation.selectionSet, context, memo);
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`The query nests fields ${depth} levels deep; the limit is ${maxDepth}. Split it into several queries.`, {
            nodes: [operation],
            extensions: { limit: 'depth', depth, maxDepth },
          }),
        );
      }
    };
  });
}
