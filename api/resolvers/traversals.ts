// neighborhood, path, relatedTalks and projectOrganizationLinks: argument checks, then one traversal each.
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeLabel } from '../../ingest/model';
import type { ApiContext } from '../context';
import { normalizeFilter, type FilterInput } from '../data/filters';
import { linksQuery, MAX_LINKS, storedLinksAnswer, storedLinksQuery } from '../data/links';
import { MAX_PATH_LENGTH } from '../data/traversals';
import { resolveFilter } from '../names';
import { checkRange } from '../pagination';
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

interface NeighborhoodArgs {
  id: string;
  depth: number;
  types?: NodeLabel[] | null;
  limit: number;
}

interface PathArgs {
  fromId: string;
  toId: string;
  maxLength: number;
  types?: NodeLabel[] | null;
}

export const traversalResolvers = {
  neighborhood: (_root: unknown, { id, depth, types, limit }: NeighborhoodArgs, { data }: ApiContext) => {
    checkRange('depth', depth, 1, MAX_DEPTH);
    checkRange('limit', limit, 1, MAX_NEIGHBORHOOD);
    return neighborhood(data, id, depth, traversalLabels(types), limit);
  },

  path: (_root: unknown, { fromId, toId, maxLength, types }: PathArgs, { data }: ApiContext) => {
    checkRange('maxLength', maxLength, 1, MAX_PATH_LENGTH);
    return shortestPaths(data, fromId, toId, maxLength, traversalLabels(types));
  },

  relatedTalks: (_root: unknown, { talkId, first }: { talkId: string; first: number }, { data }: ApiContext) => {
    checkRange('first', first, 1, 50);
    return relatedTalks(data, talkId, first);
  },

  projectOrganizationLinks: async (_root: unknown, args: { filter?: FilterInput | null; first: number }, { data }: ApiContext, info: GraphQLResolveInfo) => {
    checkRange('first', args.first, 1, MAX_LINKS);
    // The heaviest links of the whole graph have thousands of talks: gathered only when asked for.
    const asked = (fields: ReadonlySet<string>) =>
      info.fieldNodes.some((node) => node.selectionSet && selectedFields(node.selectionSet, fragmentsOf(info)).some((f) => fields.has(f.name.value)));
    const scope = { filter: await resolveFilter(data, normalizeFilter(args.filter)), limit: args.first, evidence: asked(EVIDENCE_LISTS) };
    // Without the talks and people themselves, the loader's stored links answer whenever every talk counts.
    if (storedLinksAnswer(scope)) return data.run(storedLinksQuery(scope));
    return data.run(linksQuery({ ...scope, evidence: scope.evidence || asked(EVIDENCE_COUNTS) }));
  },
};

export const graphViewResolvers = {
  GraphNode: {
    node: (view: GraphNodeView) => view.entity,
  },
};
