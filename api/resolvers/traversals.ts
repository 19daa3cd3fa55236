// neighborhood, path, relatedTalks and projectOrganizationLinks: argument checks, then one traversal each.
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import { normalizeFilter } from '../queries/filters';
import { linksQuery, MAX_LINK_EVIDENCE, MAX_LINKS, storedLinkRows, storedLinksAnswer, storedLinksQuery } from '../queries/links';
import { DEFAULT_NESTED_LIST } from './entities';
import { MAX_PATH_LENGTH } from '../queries/traversals';
import { resolveFilter } from '../names';
import { checkRange } from '../pagination';
import type { QueryNeighborhoodArgs, QueryPathArgs, QueryProjectOrganizationLinksArgs, QueryRelatedTalksArgs } from '../schema-types';
import { neighborhood } from '../traversals/neighborhood';
import { shortestPaths } from '../traversals/path';
import { relatedTalks } from '../traversals/related-talks';
import type { GraphNodeView } from '../traversals/subgraph';
import { traversalLabels } from '../traversals/subgraph';
import { fragmentsOf, selectedFields } from '../validation/selections';

export const MAX_DEPTH = 3;

const EVIDENCE_LISTS = new Set(['talks', 'people']);
const EVIDENCE_COUNTS = new Set(['talkCount', 'peopleCount']);
export const MAX_NEIGHBORHOOD = 500;

export const traversalResolvers = {
  neighborhood: (_root: unknown, { id, depth, types, limit }: QueryNeighborhoodArgs, { data }: ApiContext) => {
    const hops = checkRange('depth', depth, 1, MAX_DEPTH);
    return neighborhood(data, id, hops, traversalLabels(types), checkRange('limit', limit, 1, MAX_NEIGHBORHOOD));
  },

  path: (_root: unknown, { fromId, toId, maxLength, types }: QueryPathArgs, { data }: ApiContext) => {
    return shortestPaths(data, fromId, toId, checkRange('maxLength', maxLength, 1, MAX_PATH_LENGTH), traversalLabels(types));
  },

  relatedTalks: (_root: unknown, { talkId, first }: QueryRelatedTalksArgs, { data }: ApiContext) => {
    return relatedTalks(data, talkId, checkRange('first', first, 1, 50));
  },

  projectOrganizationLinks: async (_root: unknown, args: QueryProjectOrganizationLinksArgs, { data }: ApiContext, info: GraphQLResolveInfo) => {
    const first = checkRange('first', args.first, 1, MAX_LINKS);
    const fields = info.fieldNodes.flatMap((node) => (node.selectionSet ? selectedFields(node.selectionSet, fragmentsOf(info)) : []));
    const asked = (names: ReadonlySet<string>) => fields.some((field) => names.has(field.name.value));
    const scope = { filter: await resolveFilter(data, normalizeFilter(args.filter)), limit: first, evidence: asked(EVIDENCE_LISTS) };
    // The loader's stored links answer whenever every talk counts, with as many of each link's talks and people as
    // the fields ask for; otherwise the links are gathered for this request, their evidence only when asked for.
    if (storedLinksAnswer(scope)) {
      const evidenceFirst = { talks: mostAskedFor(fields, 'talks', info), people: mostAskedFor(fields, 'people', info) };
      return storedLinkRows(await data.run(storedLinksQuery({ ...scope, evidenceFirst })));
    }
    return data.run(linksQuery({ ...scope, evidence: scope.evidence || asked(EVIDENCE_COUNTS) }));
  },
};

/** The largest `first` of the fields of this name (the schema's default when a field gives none); 0 when none is selected. */
function mostAskedFor(fields: readonly FieldNode[], name: string, info: GraphQLResolveInfo): number {
  let most = 0;
  for (const field of fields) {
    if (field.name.value !== name) continue;
    const argument = field.arguments?.find((a) => a.name.value === 'first');
    const value = argument === undefined ? undefined : valueFromASTUntyped(argument.value, info.variableValues);
    most = Math.max(most, typeof value === 'number' ? value : value === undefined ? DEFAULT_NESTED_LIST : MAX_LINK_EVIDENCE);
  }
  return Math.min(most, MAX_LINK_EVIDENCE);
}

export const graphViewResolvers = {
  GraphNode: {
    node: (view: GraphNodeView) => view.entity,
  },
};
