// Rejects operations that nest fields deeper than a limit: each level of nesting is another batch of queries.
import { GraphQLError, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { selectedFields } from './selections';

export const MAX_QUERY_DEPTH = 10;

function depthOf(selectionSet: SelectionSetNode | undefined, context: ValidationContext, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const field of selectedFields(selectionSet, context, visiting)) {
    deepest = Math.max(deepest, 1 + depthOf(field.selectionSet, context, visiting));
  }
  return deepest;
}

export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, context, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`The query nests fields ${depth} levels deep; the limit is ${maxDepth}. Split it into several queries.`, {
            nodes: [operation],
            extensions: { limit: 'depth', depth, maxDepth },
          }),
        );
      }
    },
  });
}
