// Rejects operations with many aliases or root fields: each alias of a root field is a database query of its own.
import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { operationRule } from './selections';

export const MAX_ALIASES = 30;
export const MAX_ROOT_FIELDS = 15;

interface Counts {
  aliases: number;
  fields: number;
}

/** Aliases anywhere below a selection set, and fields at its own level; each set counted once, fragments included. */
function countsOf(selectionSet: SelectionSetNode | undefined, context: ValidationContext, memo: Map<SelectionSetNode, Counts>): Counts {
  if (!selectionSet) return { aliases: 0, fields: 0 };
  const known = memo.get(selectionSet);
  if (known) return known;
  const counts: Counts = { aliases: 0, fields: 0 };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      counts.fields += 1;
      counts.aliases += (selection.alias ? 1 : 0) + countsOf(selection.selectionSet, context, memo).aliases;
      continue;
    }
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? countsOf(selection.selectionSet, context, memo)
        : countsOf(context.getFragment(selection.name.value)?.selectionSet, context, memo);
    counts.aliases += inner.aliases;
    counts.fields += inner.fields;
  }
  memo.set(selectionSet, counts);
  return counts;
}

export function aliasLimitRule(maxAliases = MAX_ALIASES, maxRootFields = MAX_ROOT_FIELDS): ValidationRule {
  return operationRule((context) => {
    const memo = new Map<SelectionSetNode, Counts>();
    return (operation) => {
      const { aliases, fields } = countsOf(operation.selectionSet, context, memo);
      if (aliases > maxAliases) {
        context.reportError(
          new GraphQLError(`The query has ${aliases} aliases; the limit is ${maxAliases}.`, {
            nodes: [operation],
            extensions: { limit: 'aliases', aliases, maxAliases },
          }),
        );
      }
      if (fields > maxRootFields) {
        context.reportError(
          new GraphQLError(`The query asks for ${fields} top-level fields; the limit is ${maxRootFields}. Split it into several queries.`, {
            nodes: [operation],
            extensions: { limit: 'rootFields', rootFields: fields, maxRootFields },
          }),
        );
      }
    };
  });
}
