// Full-text search over the two indexes (English and CJK analyzers), merged into one ranking.
import { FULLTEXT_INDEX, FULLTEXT_INDEX_CJK } from '../../db/schema';
import { badUserInput } from '../errors';

export { SEARCHABLE_LABELS } from '../../db/schema';

export const TEXT_INDEXES = { english: FULLTEXT_INDEX, cjk: FULLTEXT_INDEX_CJK } as const;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene refuses a query of more than 1,024 clauses (one per word, and more for words its analyzers split). */
export const MAX_SEARCH_WORDS = 100;
export const MAX_SEARCH_CHARACTERS = 1_000;

/** A search text Lucene can take, else a user error naming the argument. */
export function checkSearchText(text: string, argumentName: string): string {
  if (text.length > MAX_SEARCH_CHARACTERS || text.split(/\s+/).filter(Boolean).length > MAX_SEARCH_WORDS) {
    throw badUserInput(`${argumentName} is too long to search for: use at most ${MAX_SEARCH_WORDS} words and ${MAX_SEARCH_CHARACTERS} characters.`, argumentName);
  }
  return text;
}
const HAN = /\p{Script=Han}/u;

/**
 * A Lucene query for what a person typed: every word may match (ranked by how many do), the whole text as a phrase
 * counts double, the last word also matches as a prefix so that results follow typing, and a word in Chinese matches
 * only as written. Returns undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  // Lower case keeps AND/OR/NOT from being operators; the analyzers lower-case anyway.
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    // Chinese words as phrases: otherwise the English index matches any one of their characters.
    .map((w) => (HAN.test(w) ? `"${w.replace(/["\\]/g, '\\$&')}"` : w.replace(LUCENE_SPECIAL, '\\$&')));
  if (words.length === 0) return undefined;
  const clauses = [...words];
  const last = words[words.length - 1];
  if (/^[a-z0-9]{2,}$/.test(last)) clauses.push(`${last}*`);
  if (words.length > 1) clauses.push(`"${text.toLowerCase().trim().replace(/["\\]/g, '\\$&')}"^2`);
  return clauses.join(' ');
}

/**
 * Cypher yielding `node, score` for `$lucene` over nodes with a label in `$textLabels`. Each index's scores are
 * divided by that index's best, then averaged over the two indexes (a hit in one only gets half), so the scales of
 * the two analyzers never decide the order alone. Scores are not renormalized here. `limited` reads only the
 * `$textLimit` best hits of each index (before the label filter): enough to rank the best few, not to count them all.
 */
export function mergedTextHits(limited = false): string {
  const options = limited ? ', {limit: $textLimit}' : '';
  return `
CALL () {
  CALL db.index.fulltext.queryNodes('${TEXT_INDEXES.english}', $lucene${options}) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $textLabels)
  RETURN collect({node: node, score: score}) AS english
}
CALL () {
  CALL db.index.fulltext.queryNodes('${TEXT_INDEXES.cjk}', $lucene${options}) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $textLabels)
  RETURN collect({node: node, score: score}) AS cjk
}
WITH english, cjk,
  reduce(best = 0.0, h IN english | CASE WHEN h.score > best THEN h.score ELSE best END) AS englishBest,
  reduce(best = 0.0, h IN cjk | CASE WHEN h.score > best THEN h.score ELSE best END) AS cjkBest
UNWIND [h IN english | {node: h.node, score: h.score / englishBest}] + [h IN cjk | {node: h.node, score: h.score / cjkBest}] AS hit
WITH hit.node AS node, sum(hit.score) / 2.0 AS score`;
}

/**
 * Cypher yielding `node, score` from the English index alone, the `$textLimit` best over nodes with a label in
 * `$textLabels`: for text without Chinese, which the CJK index reads word by word the same way.
 */
export const ENGLISH_TEXT_HITS = `
CALL db.index.fulltext.queryNodes('${TEXT_INDEXES.english}', $lucene, {limit: $textLimit}) YIELD node, score
WHERE any(l IN labels(node) WHERE l IN $textLabels)
WITH node, score`;

/** Whether text has Chinese in it (then both indexes are worth asking). */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Every hit, for lists that count them all. */
export const MERGED_TEXT_HITS = mergedTextHits();
