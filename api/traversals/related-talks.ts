// relatedTalks(talkId, first): talks scored by what they share with one talk, each score explained by its reasons.
import type { Row } from '../queries/cypher';
import { asEntity, type EntityRow } from '../queries/entity';
import type { GraphData } from '../resolvers/graph-data';
import { relatedTalksQuery, type SharedKind } from '../queries/related';
import { notFound } from '../errors';
import type { RelatedReasonKind } from '../schema-types';

/** The schema's RelatedReasonKind: every shared kind and SIMILAR_TEXT. */
export type ReasonKind = RelatedReasonKind;

/**
 * What one shared entity of each kind adds to the score at most, when only the two talks have it; a commoner one adds
 * less (see relatedTalksQuery). SIMILAR_TEXT adds its text score, up to 1.
 */
export const REASON_WEIGHTS: Record<SharedKind, number> = {
  SHARED_SPEAKER: 3,
  SHARED_PROJECT: 2,
  SHARED_TOPIC: 1.5,
  SHARED_ORGANIZATION: 1,
  SAME_EVENT: 0.5,
  CO_LOCATED_EVENT: 0.25,
};

/** Text scores below this are noise: one common word shared. */
const MIN_TEXT_SCORE = 0.2;

export interface Reason {
  kind: ReasonKind;
  weight: number;
  entities: EntityRow[];
  terms: string[];
  description: string;
}

export interface RelatedTalk {
  talk: EntityRow;
  score: number;
  reasons: Reason[];
}

const STOP_WORDS = new Set(
  'a an and are as at be by for from how in into is it its of on or our the to we what when why with you your'.split(' '),
);

/** The words of a title that say something: Latin words (no stop words) and runs of Chinese characters. */
export function titleTerms(title: string): string[] {
  const lower = title.toLowerCase();
  const latin = (lower.match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  const han = lower.match(/\p{Script=Han}+/gu) ?? [];
  return [...new Set([...latin, ...han])];
}

/** A Lucene query matching talks that share title words; Chinese runs as phrases so they match as written. */
export function similarityLucene(titles: readonly string[]): string | undefined {
  const terms = [...new Set(titles.flatMap(titleTerms))];
  if (terms.length === 0) return undefined;
  return terms.map((t) => (/^[a-z0-9]+$/.test(t) ? t : `"${t}"`)).join(' ');
}

/** The title words two talks share; Chinese runs count when either contains a two-character piece of the other. */
export function sharedTerms(a: readonly string[], b: readonly string[]): string[] {
  const mine = new Set(a.flatMap(titleTerms));
  const theirs = b.flatMap(titleTerms);
  const shared = new Set<string>();
  for (const term of theirs) {
    if (mine.has(term)) shared.add(term);
    else if (/\p{Script=Han}/u.test(term)) {
      for (let i = 0; i + 2 <= term.length; i++) {
        const pair = term.slice(i, i + 2);
        if ([...mine].some((m) => m.includes(pair))) shared.add(pair);
      }
    }
  }
  return [...shared];
}

const names = (entities: EntityRow[]): string => entities.map((e) => e.name).join(', ');

function describe(kind: ReasonKind, entities: EntityRow[], terms: string[]): string {
  switch (kind) {
    case 'SHARED_SPEAKER':
      return `Both given by ${names(entities)}`;
    case 'SHARED_PROJECT':
      return `Both mention ${names(entities)}`;
    case 'SHARED_TOPIC':
      return `Both about ${names(entities)}`;
    case 'SHARED_ORGANIZATION':
      return `Speakers of both credited with ${names(entities)}`;
    case 'SAME_EVENT':
      return `Both at ${names(entities)}`;
    case 'CO_LOCATED_EVENT':
      return `Given at ${names(entities)}, co-located with this talk's event`;
    case 'SIMILAR_TEXT':
      return terms.length > 0 ? `Similar titles: ${terms.join(', ')}` : 'Similar titles and abstracts';
  }
}

const KIND_ORDER: readonly ReasonKind[] = [...(Object.keys(REASON_WEIGHTS) as SharedKind[]), 'SIMILAR_TEXT'];

const round = (value: number): number => Math.round(value * 1000) / 1000;

interface SharedRow {
  kind: SharedKind;
  weight: number;
  entity: EntityRow;
}

interface RelatedRow {
  talk: EntityRow;
  score: number;
  /** Indexes into the shared entities. */
  shared: number[];
  text: number | null;
}

const titlesOf = (talk: EntityRow): string[] => [String(talk.title ?? talk.name), ...((talk.altTitles as string[] | null) ?? [])];

/**
 * The related talks of relatedTalksQuery's row, best first (ties by id): the shared entities grouped into one reason per
 * kind, the most telling entity first, reasons heaviest first; SIMILAR_TEXT with the title words both talks have.
 */
export function relatedFromRow(row: Row | undefined, talk: EntityRow): RelatedTalk[] {
  if (!row) return [];
  const shared = (row.shared as SharedRow[]).map((s) => ({ ...s, entity: asEntity(s.entity) }));
  return (row.related as RelatedRow[])
    .map((related) => {
      const byKind = new Map<SharedKind, SharedRow[]>();
      for (const i of related.shared) byKind.set(shared[i].kind, [...(byKind.get(shared[i].kind) ?? []), shared[i]]);
      const reasons: Reason[] = [...byKind].map(([kind, rows]) => {
        const entities = rows.sort((a, b) => b.weight - a.weight || a.entity.name.localeCompare(b.entity.name)).map((r) => r.entity);
        return { kind, weight: round(rows.reduce((sum, r) => sum + r.weight, 0)), entities, terms: [], description: describe(kind, entities, []) };
      });
      if (related.text !== null) {
        const terms = sharedTerms(titlesOf(talk), titlesOf(related.talk));
        reasons.push({ kind: 'SIMILAR_TEXT', weight: round(related.text), entities: [], terms, description: describe('SIMILAR_TEXT', [], terms) });
      }
      const other = asEntity(related.talk);
      return { talk: other, score: round(related.score), reasons: reasons.sort((a, b) => b.weight - a.weight || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)) };
    })
    .sort((a, b) => b.score - a.score || a.talk.id.localeCompare(b.talk.id));
}

export async function relatedTalks(data: GraphData, talkId: string, first: number): Promise<RelatedTalk[]> {
  const talk = await data.node(talkId);
  if (!talk || talk.label !== 'Talk') throw notFound(talkId);
  const query = relatedTalksQuery({ talkId, lucene: similarityLucene(titlesOf(talk)), first, weights: REASON_WEIGHTS, minTextScore: MIN_TEXT_SCORE });
  const [row] = await data.run(query);
  return relatedFromRow(row, talk);
}
