// relatedTalks(talkId, first): talks scored by what they share with one talk, each score explained by its reasons.
import type { Row } from '../data/cypher';
import { asEntities, type EntityRow } from '../data/entity';
import type { GraphData } from '../data/graph-data';
import { sharedWithTalkQuery, similarTalksQuery } from '../data/related';
import { notFound } from '../errors';

export type ReasonKind =
  | 'SHARED_SPEAKER'
  | 'SHARED_PROJECT'
  | 'SHARED_TOPIC'
  | 'SHARED_ORGANIZATION'
  | 'SAME_EVENT'
  | 'CO_LOCATED_EVENT'
  | 'SIMILAR_TEXT';

/** What one shared entity of each kind adds to the score (SIMILAR_TEXT adds its text score, up to 1). */
export const REASON_WEIGHTS: Record<Exclude<ReasonKind, 'SIMILAR_TEXT'>, number> = {
  SHARED_SPEAKER: 3,
  SHARED_PROJECT: 2,
  SHARED_TOPIC: 1.5,
  SHARED_ORGANIZATION: 1,
  SAME_EVENT: 0.5,
  CO_LOCATED_EVENT: 0.25,
};

/** Text scores below this are noise: one common word shared. */
const MIN_TEXT_SCORE = 0.2;
const TEXT_CANDIDATES = 50;

export interface Reason {
  kind: ReasonKind;
  weight: number;
  entities: EntityRow[];
  terms: string[];
  description: string;
}

export interface RelatedTalk {
  talkId: string;
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

/**
 * Scores candidates from the shared-entity rows `{talkId, kind, entities}` and the text rows `{talkId, score}`:
 * best first (ties by id). SIMILAR_TEXT reasons get their terms later, once titles are loaded.
 */
export function rankRelated(shared: readonly Row[], similar: readonly Row[]): RelatedTalk[] {
  const byTalk = new Map<string, Reason[]>();
  const add = (talkId: string, reason: Reason) => byTalk.set(talkId, [...(byTalk.get(talkId) ?? []), reason]);
  for (const row of shared) {
    const kind = row.kind as Exclude<ReasonKind, 'SIMILAR_TEXT'>;
    const entities = asEntities(row.entities).sort((a, b) => a.name.localeCompare(b.name));
    add(row.talkId as string, { kind, weight: REASON_WEIGHTS[kind] * entities.length, entities, terms: [], description: describe(kind, entities, []) });
  }
  for (const row of similar) {
    const score = Number(row.score);
    if (score < MIN_TEXT_SCORE) continue;
    add(row.talkId as string, { kind: 'SIMILAR_TEXT', weight: Math.round(score * 1000) / 1000, entities: [], terms: [], description: describe('SIMILAR_TEXT', [], []) });
  }
  return [...byTalk.entries()]
    .map(([talkId, reasons]) => ({
      talkId,
      reasons: reasons.sort((a, b) => b.weight - a.weight),
      score: Math.round(reasons.reduce((sum, r) => sum + r.weight, 0) * 1000) / 1000,
    }))
    .sort((a, b) => b.score - a.score || a.talkId.localeCompare(b.talkId));
}

const titlesOf = (talk: EntityRow): string[] => [String(talk.title ?? talk.name), ...((talk.altTitles as string[] | null) ?? [])];

export async function relatedTalks(data: GraphData, talkId: string, first: number): Promise<(RelatedTalk & { talk: EntityRow })[]> {
  const talk = await data.node(talkId);
  if (!talk || talk.label !== 'Talk') throw notFound(talkId);
  const lucene = similarityLucene(titlesOf(talk));
  const [shared, similar] = await Promise.all([
    data.run(sharedWithTalkQuery(talkId)),
    lucene === undefined ? Promise.resolve([]) : data.run(similarTalksQuery(talkId, lucene, TEXT_CANDIDATES)),
  ]);
  const top = rankRelated(shared, similar).slice(0, first);
  const talks = await Promise.all(top.map((r) => data.node(r.talkId)));
  return top.flatMap((related, i) => {
    const other = talks[i];
    if (!other) return [];
    const reasons = related.reasons.map((reason) => {
      if (reason.kind !== 'SIMILAR_TEXT') return reason;
      const terms = sharedTerms(titlesOf(talk), titlesOf(other));
      return { ...reason, terms, description: describe('SIMILAR_TEXT', [], terms) };
    });
    return [{ ...related, reasons, talk: other }];
  });
}
