import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Batcher } from '../api/resolvers/batch';
import { normalizeFilter } from '../api/queries/filters';
import { luceneQuery } from '../api/queries/fulltext';
import { linksQuery } from '../api/queries/links';
import { listQuery } from '../api/queries/lists';
import { formatApiError } from '../api/errors';
import { connection, decodeCursor, encodeCursor, MAX_CURSOR_POSITION, pageRequest } from '../api/pagination';
import { relatedFromRow, sharedTerms, similarityLucene } from '../api/traversals/related-talks';
import { DatabaseError } from '../db/executor';

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
};

describe('Batcher', () => {
  it('loads every key asked for in one step with one call, and each key once', async () => {
    const calls: string[][] = [];
    const batcher = new Batcher<string, string | null>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    }, null);
    const first = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => batcher.load(k)));
    expect(first).toEqual(['A', 'B', 'A', null]);
    expect(await batcher.load('b')).toBe('B');
    expect(calls).toEqual([['a', 'b', 'missing']]);
  });

  it('rejects every waiting load when the batch fails, and tries again on the next load', async () => {
    let fail = true;
    const batcher = new Batcher<string, number>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((k) => [k, k.length]));
    }, 0);
    await expect(Promise.all([batcher.load('x'), batcher.load('yy')])).rejects.toThrow('down');
    fail = false;
    expect(await batcher.load('yy')).toBe(2);
  });
});

describe('cursor pagination', () => {
  it('round-trips positions and pages on from the cursor after the last item', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    const page = connection(['c', 'd'], pageRequest(2, encodeCursor(1)), 5);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(page.edges.map((e) => e.node)).toEqual(['c', 'd']);
  });

  it('answers first: 0 with no items but the total and whether any exist', () => {
    const page = connection([], pageRequest(0, null), 3);
    expect(page).toMatchObject({ nodes: [], totalCount: 3, pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });

  it('refuses a cursor for a position past what the database can skip to', () => {
    expect(codeOf(() => decodeCursor(encodeCursor(2 ** 31 + 5)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor(MAX_CURSOR_POSITION)))).toBeUndefined();
  });

  it('refuses a cursor it did not make and a page size out of range', () => {
    expect(codeOf(() => decodeCursor('bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('!!'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest(-1, null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest(101, null))).toBe('BAD_USER_INPUT');
  });
});

describe('list filters', () => {
  it('take ids or bare keys, and refuse an id of another label', () => {
    expect(normalizeFilter({ event: 'kubecon-eu-2022', speaker: 'Person:liz-rice', text: '  ' })).toEqual({
      event: 'Event:kubecon-eu-2022',
      speaker: 'Person:liz-rice',
    });
    expect(codeOf(() => normalizeFilter({ project: 'Organization:cncf' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => normalizeFilter({ year: 22 }))).toBe('BAD_USER_INPUT');
  });
});

describe('Cypher builders', () => {
  const hostile = "x'}) DETACH DELETE n //";

  it('pass every value a client gives as a parameter, never in the query text', () => {
    const filter = normalizeFilter({ event: hostile, organization: hostile, project: hostile, speaker: hostile, topic: hostile, text: hostile, year: 2022 });
    for (const query of [listQuery('Talk', filter, 0, 10), listQuery('Organization', filter, 0, 10), linksQuery({ filter, limit: 5 })]) {
      expect(query.cypher).not.toContain('DETACH');
      expect(JSON.stringify(query.params)).toContain('DETACH');
    }
  });

  it('make full-text queries from typed text with Lucene syntax taken literally', () => {
    expect(luceneQuery('Fluent Bit')).toBe('fluent bit bit* "fluent bit"^2');
    expect(luceneQuery('c++ (ebpf)')).toBe('c\\+\\+ \\(ebpf\\) "c++ (ebpf)"^2');
    expect(luceneQuery('NOT')).toBe('not not*');
    expect(luceneQuery('霍秉杰')).toBe('"霍秉杰"');
    expect(luceneQuery('KubeCon 中国')).toBe('kubecon "中国" "kubecon 中国"^2');
    expect(luceneQuery('   ')).toBeUndefined();
  });
});

describe('related talks', () => {
  it('group what two talks share into one reason per kind, the most telling entity and the heaviest reason first', () => {
    const entity = (id: string, name = id) => ({ id, key: id, name, label: id.split(':')[0] as 'Person' });
    const talk = { ...entity('Talk:mine', 'Running Fluent Bit at Scale'), label: 'Talk' as const, title: 'Running Fluent Bit at Scale' };
    const related = relatedFromRow(
      {
        shared: [
          { kind: 'SHARED_SPEAKER', weight: 2.9, entity: entity('Person:s', 'Sam') },
          { kind: 'SHARED_PROJECT', weight: 1.2, entity: entity('Project:fluentbit', 'Fluent Bit') },
          { kind: 'SHARED_PROJECT', weight: 0.2, entity: entity('Project:kubernetes', 'Kubernetes') },
          { kind: 'SAME_EVENT', weight: 0.1, entity: entity('Event:e', 'KubeCon') },
        ],
        related: [
          { talk: { ...entity('Talk:b', 'Kubernetes at KubeCon'), title: 'Kubernetes at KubeCon' }, score: 0.3, shared: [2, 3], text: null },
          { talk: { ...entity('Talk:a', 'Fluent Bit in Production'), title: 'Fluent Bit in Production' }, score: 4.3004, shared: [2, 1], text: 0.5 },
          { talk: { ...entity('Talk:c', 'Sam on Kubernetes'), title: 'Sam on Kubernetes' }, score: 2.9, shared: [0], text: null },
        ],
      },
      talk,
    );
    expect(related.map((r) => [r.talk.id, r.score])).toEqual([
      ['Talk:a', 4.3],
      ['Talk:c', 2.9],
      ['Talk:b', 0.3],
    ]);
    expect(related[0].reasons.map((r) => [r.kind, r.weight, r.description])).toEqual([
      ['SHARED_PROJECT', 1.4, 'Both mention Fluent Bit, Kubernetes'],
      ['SIMILAR_TEXT', 0.5, 'Similar titles: fluent, bit'],
    ]);
    expect(related[0].reasons[1].terms).toEqual(['fluent', 'bit']);
    expect(related[2].reasons.map((r) => r.kind)).toEqual(['SHARED_PROJECT', 'SAME_EVENT']);
    expect(relatedFromRow(undefined, talk)).toEqual([]);
  });

  it('find the title words two talks share, in English and in Chinese', () => {
    expect(sharedTerms(['Running Fluent Bit at Scale'], ['Fluent Bit in Production'])).toEqual(['fluent', 'bit']);
    expect(sharedTerms(['云原生可观测性实践'], ['可观测性平台建设'])).toEqual(expect.arrayContaining(['可观', '观测', '测性']));
    expect(similarityLucene(['The eBPF 网络加速'])).toBe('ebpf "网络加速"');
  });
});

describe('formatApiError', () => {
  const formatted = { message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };

  it('reports an unreachable or slow database as DATABASE_UNAVAILABLE', () => {
    const down = formatApiError(formatted, new DatabaseError('cannot reach Neo4j at bolt://x', 'unreachable'), () => {});
    expect(down.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    const slow = formatApiError(formatted, new DatabaseError('stopped', 'timeout'), () => {});
    expect(slow).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' }, message: expect.stringMatching(/did not answer in time/) });
  });

  it('reports a search text Lucene cannot take as BAD_USER_INPUT', () => {
    const cause = new Error('Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024');
    const refused = formatApiError(formatted, new DatabaseError('Neo4j error', 'other', 'Neo.ClientError.Procedure.ProcedureCallFailed', { cause }), () => {});
    expect(refused).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/too many words/) });
  });

  it('hides the message and stack of anything unexpected, and logs it instead', () => {
    const logged: string[] = [];
    const hidden = formatApiError(formatted, new Error('secret detail'), (line) => logged.push(line));
    expect(hidden).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged.join()).toContain('secret detail');
  });

  it('keeps the message and code of errors made for the client', () => {
    const error = new GraphQLError('first must be between 0 and 100; got 500.', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatApiError({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error, () => {})).toEqual({
      message: 'first must be between 0 and 100; got 500.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
