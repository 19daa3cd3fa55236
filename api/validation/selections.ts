// Walking an operation's selections through fragments, for the limit rules and for resolvers that read less when less
// is asked for.
import {
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Whether some fragment spreads itself, directly or through others. graphql's NoFragmentCycles rule refuses such a
 * document; the limit rules, which follow spreads, answer nothing for it rather than recurse forever.
 */
export function hasFragmentCycle(context: Pick<ValidationContext, 'getDocument' | 'getFragment' | 'getFragmentSpreads'>): boolean {
  const state = new Map<string, 'open' | 'done'>();
  const cyclic = (fragment: FragmentDefinitionNode): boolean => {
    const name = fragment.name.value;
    if (state.get(name) === 'done') return false;
    if (state.get(name) === 'open') return true;
    state.set(name, 'open');
    for (const spread of context.getFragmentSpreads(fragment.selectionSet)) {
      const next = context.getFragment(spread.name.value);
      if (next && cyclic(next)) return true;
    }
    state.set(name, 'done');
    return false;
  };
  return context.getDocument().definitions.some((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && cyclic(definition));
}

/** One answer per document: the limit rules share graphql's one ValidationContext for it. */
const cycles = new WeakMap<ValidationContext, boolean>();

/**
 * A limit rule: `start` is called once per document (for what the rule keeps across its operations, a memo) and
 * checks each operation. A document with a fragment cycle gets nothing from it (see hasFragmentCycle).
 */
export function operationRule(start: (context: ValidationContext) => (operation: OperationDefinitionNode) => void): ValidationRule {
  return (context) => {
    let cyclic = cycles.get(context);
    if (cyclic === undefined) cycles.set(context, (cyclic = hasFragmentCycle(context)));
    return cyclic ? {} : { OperationDefinition: start(context) };
  };
}

/** Where the fragments of an operation are: a validation context, or a resolver's info as `fragmentsOf(info)`. */
export type FragmentSource = Pick<ValidationContext, 'getFragment'>;

export function fragmentsOf(info: Pick<GraphQLResolveInfo, 'fragments'>): FragmentSource {
  return { getFragment: (name) => info.fragments[name] };
}

/** The fields a selection set selects, fragments expanded, introspection left out (it is bounded by the schema). */
export function selectedFields(selectionSet: SelectionSetNode, context: FragmentSource, visited = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...selectedFields(selection.selectionSet, context, visited));
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      // A fragment spread twice in one set is counted once; cycles are reported by graphql's own rule.
      if (fragment && !visited.has(name)) {
        visited.add(name);
        fields.push(...selectedFields(fragment.selectionSet, context, visited));
        visited.delete(name);
      }
    }
  }
  return fields;
}
