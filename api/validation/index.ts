// The limits every operation is validated against, beside graphql's own rules, in one list.
import type { ValidationRule } from 'graphql';
import { aliasLimitRule } from './alias-limit';
import { costLimitRule } from './cost-limit';
import { depthLimitRule } from './depth-limit';

/** The most tokens a GraphQL document may have (graphql's own introspection query has 163). */
export const MAX_QUERY_TOKENS = 3_000;

export function limitRules(): ValidationRule[] {
  return [aliasLimitRule(), depthLimitRule(), costLimitRule()];
}
