// neighborhood, path, relatedTalks and projectOrganizationLinks: argument checks, then one traversal each.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import { normalizeFilter } from '../queries/filters';
import { linksQuery, MAX_LINKS, storedLinkRows, storedLinksAnswer, storedLinksQuery } from '../queries/links';
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
    // The heaviest links of the whole graph have thousands of talks: gathered only when asked for.
    const asked = (fields: ReadonlySet<string>) =>
      info.fieldNodes.some((node) => node.selectionSet && selectedFields(node.selectionSet, fragmentsOf(info)).some((f) => fields.has(f.name.value)));
    const scope = { filter: await resolveFilter(data, normalizeFilter(args.filter)), limit: first, evidence: asked(EVIDENCE_LISTS) };
    // Without the talks and people themselves, the loader's stored links answer whenever every talk counts.
    if (storedLinksAnswer(scope)) return storedLinkRows(await data.run(storedLinksQuery(scope)));
    return data.run(linksQuery({ ...scope, evidence: scope.evidence || asked(EVIDENCE_COUNTS) }));
  },
};

export const graphViewResolvers = {
  GraphNode: {
    node: (view: GraphNodeView) => view.entity,
  },
};
