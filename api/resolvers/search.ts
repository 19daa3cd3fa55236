// search(text, types, first) and stats.
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model';
import type { ApiContext } from '../context';
import { asEntity } from '../queries/entity';
import { SEARCHABLE_LABELS, checkSearchText, luceneQuery } from '../queries/fulltext';
import { searchQuery } from '../queries/search';
import { statsQuery } from '../queries/stats';
import { badUserInput } from '../errors';
import { checkRange } from '../pagination';
import type { QuerySearchArgs } from '../schema-types';

export const searchResolvers = {
  search: async (_root: unknown, { text, types, first: asked }: QuerySearchArgs, { data }: ApiContext) => {
    const first = checkRange('first', asked, 1, 100);
    const lucene = luceneQuery(checkSearchText(text, 'text'));
    if (lucene === undefined) throw badUserInput('search needs some text to look for.', 'text');
    if (types?.includes('Document')) throw badUserInput('Documents are not searched; leave Document out of types.', 'types');
    const labels = types && types.length > 0 ? types : SEARCHABLE_LABELS;
    const rows = await data.run(searchQuery(lucene, labels, first, text));
    return rows.map((row) => {
      const node = asEntity(row.node);
      return { node, label: node.label, score: Number(row.score), match: row.match };
    });
  },

  stats: async (_root: unknown, _args: unknown, { data }: ApiContext) => {
    const rows = await data.run(statsQuery());
    const count = (kind: string, name: string) => Number(rows.find((r) => r.kind === kind && r.name === name)?.count ?? 0);
    return {
      talks: count('label', 'Talk'),
      people: count('label', 'Person'),
      organizations: count('label', 'Organization'),
      projects: count('label', 'Project'),
      events: count('label', 'Event'),
      topics: count('label', 'Topic'),
      documents: count('label', 'Document'),
      relationships: RELATIONSHIP_TYPES.reduce((sum, type) => sum + count('type', type), 0),
      byLabel: NODE_LABELS.map((label) => ({ label, count: count('label', label) })),
      byRelationshipType: RELATIONSHIP_TYPES.map((type) => ({ type, count: count('type', type) })),
    };
  },
};
