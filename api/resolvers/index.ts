// Every resolver of schema.graphql, by type.
import { correctionMutationResolvers, correctionQueryResolvers } from './corrections';
import { entityResolvers } from './entities';
import { listResolvers } from './lists';
import { lookupResolvers } from './lookups';
import { searchResolvers } from './search';
import { graphViewResolvers, traversalResolvers } from './traversals';

export const resolvers = {
  Query: { ...lookupResolvers, ...searchResolvers, ...listResolvers, ...traversalResolvers, ...correctionQueryResolvers },
  Mutation: correctionMutationResolvers,
  ...entityResolvers,
  ...graphViewResolvers,
};
