// Likely duplicates, ranked with their evidence: a Chinese name and its pinyin (董天欣 ↔ Tianxin Dong), a surname
// shared with an English name (董天欣 ↔ Fog Dong) backed by the same organization, events and projects, and Latin
// spellings of one name (Alexa Griffith ↔ Alexa Nicole Griffith). The user accepts them into the corrections file.
import { pinyin } from 'pinyin-pro';
import type { Graph } from '../../graph/model';
import { foldName } from '../resolve/keys';
import type { CompiledCorrections } from './apply';
import type { Correction } from './model';

/** The correction that accepts a suggestion. */
export function sameAsOf(suggestion: MergeSuggestion): Correction {
  return { kind: 'same-as', label: suggestion.label, name: suggestion.keep.name, names: [suggestion.merge.name] };
}

/** What is known of one person or organization that can tell whether two of them are one. */
export interface MergeCandidate {
  id: string;
  label: 'Person' | 'Organization';
  name: string;
  aliases: string[];
  /** Ids of what the entity is linked with: for a person their organizations, for an organization its people. */
  partners: string[];
  events: string[];
  projects: string[];
  talks: string[];
  documents: string[];
}

export interface MergeSuggestion {
  label: 'Person' | 'Organization';
  /** The entity to keep the name of first (more documents name it), then the other. */
  keep: { id: string; name: string };
  merge: { id: string; name: string };
  score: number;
  evidence: string[];
}

const HAN_ONLY = /^[\p{Script=Han}·]+$/u;
const HAS_LATIN = /[a-z]/i;
const COMPOUND_SURNAMES = new Set(['欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '轩辕', '令狐', '宇文', '独孤', '南宫', '西门', '司徒', '端木']);
/** Words of an organization's name that say what kind of company it is, not which. */
const COMPANY_WORDS = new Set(['network', 'networks', 'technology', 'technologies', 'tech', 'inc', 'ltd', 'co', 'corp', 'corporation', 'group', 'labs', 'lab', 'company', 'software', 'systems']);
const HAN_COMPANY_WORDS = /(网络|科技|技术|集团|公司|有限|软件|信息|云计算)+$/u;

/** The pinyin of a Chinese personal name: the surname and the given name, joined. */
export function pinyinName(name: string): { surname: string; given: string } | undefined {
  const han = name.replace(/[·\s]/g, '');
  if (!HAN_ONLY.test(han) || han.length < 2) return undefined;
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.replace(/ü/g, 'v'));
  const split = COMPOUND_SURNAMES.has(han.slice(0, 2)) && han.length > 2 ? 2 : 1;
  return { surname: syllables.slice(0, split).join(''), given: syllables.slice(split).join('') };
}

/** Folded Latin words of a name: "Tian-Xin Dong" → ["tian", "xin", "dong"]. */
function latinWords(name: string): string[] {
  return foldName(name).split(' ').filter((w) => /^[a-z0-9]+$/.test(w));
}

export function suggestMerges(candidates: MergeCandidate[], corrections?: CompiledCorrections, limit = 50): MergeSuggestion[] {
  const suggestions = new Map<string, MergeSuggestion>();
  const consider = (a: MergeCandidate, b: MergeCandidate, nameEvidence: { score: number; why: string }): void => {
    if (a.id === b.id) return;
    const pair = a.id < b.id ? `${a.id}\t${b.id}` : `${b.id}\t${a.id}`;
    if (suggestions.has(pair) || (corrections && !corrections.allowsMerge(a.label, a.id, b.id))) return;
    // Two people who gave one talk together are two people.
    if (a.label === 'Person' && a.talks.some((t) => b.talks.includes(t))) return;
    const found = [nameEvidence.why];
    let score = nameEvidence.score;
    const shared = (x: string[], y: string[]): string[] => x.filter((v) => y.includes(v));
    const partners = shared(a.partners, b.partners);
    if (partners.length > 0) {
      score += 3;
      found.push(`${a.label === 'Person' ? 'same organization' : 'same people'}: ${partners.slice(0, 3).map(tail).join(', ')}`);
    }
    const events = shared(a.events, b.events);
    if (events.length > 0) {
      score += Math.min(2, events.length);
      found.push(`same events: ${events.slice(0, 3).map(tail).join(', ')}`);
    }
    const series = shared(a.events.map(seriesOf), b.events.map(seriesOf)).filter((e) => !events.some((x) => seriesOf(x) === e));
    if (series.length > 0) {
      score += 0.5;
      found.push(`same series of events: ${series.slice(0, 2).map(tail).join(', ')}`);
    }
    const projects = shared(a.projects, b.projects);
    if (projects.length > 0) {
      score += Math.min(1.5, projects.length * 0.5);
      found.push(`talks about the same projects: ${projects.slice(0, 4).map(tail).join(', ')}`);
    }
    // Two people a document names apart are two people to it; an organization it names twice may be one.
    const documents = a.label === 'Organization' ? shared(a.documents, b.documents) : [];
    if (documents.length > 0) {
      score += 0.5;
      found.push(`named in the same document: ${documents[0]}`);
    }
    // A shared surname alone is every other 王 and Wang: it needs something else they share.
    if (score < 2 || (nameEvidence.score < 2 && partners.length === 0 && projects.length === 0)) return;
    const [keep, merge] = b.documents.length > a.documents.length || (b.documents.length === a.documents.length && HAS_LATIN.test(b.name) && !HAS_LATIN.test(a.name)) ? [b, a] : [a, b];
    suggestions.set(pair, { label: a.label, keep: { id: keep.id, name: keep.name }, merge: { id: merge.id, name: merge.name }, score: Math.round(score * 10) / 10, evidence: found });
  };

  for (const label of ['Person', 'Organization'] as const) {
    const own = candidates.filter((c) => c.label === label);
    const byWord = new Map<string, MergeCandidate[]>();
    for (const c of own) for (const word of new Set(latinWords(c.name))) if (word.length >= 2) push(byWord, word, c);
    for (const c of own) {
      for (const [other, evidence] of label === 'Person' ? personPairs(c, byWord) : organizationPairs(c, byWord, own)) consider(c, other, evidence);
    }
  }
  return [...suggestions.values()].sort((x, y) => y.score - x.score || x.keep.name.localeCompare(y.keep.name)).slice(0, limit);
}

function* personPairs(c: MergeCandidate, byWord: Map<string, MergeCandidate[]>): Generator<[MergeCandidate, { score: number; why: string }]> {
  const chinese = pinyinName(c.name);
  if (chinese) {
    for (const other of byWord.get(chinese.surname) ?? []) {
      const joined = latinWords(other.name).join('');
      if (joined === chinese.surname + chinese.given || joined === chinese.given + chinese.surname) {
        yield [other, { score: 6, why: `"${other.name}" is the pinyin of "${c.name}"` }];
      } else {
        yield [other, { score: 1, why: `"${other.name}" has the surname of "${c.name}" (${chinese.surname})` }];
      }
    }
    return;
  }
  // A word said twice ("Li Li") is one word: counted twice it would make any Li a match.
  const words = [...new Set(latinWords(c.name))];
  if (words.length < 2) return;
  const blocks = words.map((w) => byWord.get(w) ?? []).filter((block) => block.length <= 200);
  for (const other of new Set(blocks.flat())) {
    if (other.id <= c.id || pinyinName(other.name)) continue;
    const theirs = [...new Set(latinWords(other.name))];
    const common = words.filter((w) => theirs.includes(w));
    const [shorter, longer] = words.length <= theirs.length ? [words, theirs] : [theirs, words];
    if (common.length >= 2 && shorter.every((w) => longer.includes(w))) {
      yield [other, { score: 4, why: `"${shorter === words ? c.name : other.name}" is "${longer === words ? c.name : other.name}" without a middle name` }];
    } else if (common.length === 1 && words.length === 2 && theirs.length === 2) {
      // Same surname, and one given name the short form of the other: Bartek / Bartłomiej.
      const [mine] = words.filter((w) => w !== common[0]);
      const [yours] = theirs.filter((w) => w !== common[0]);
      if (mine.length >= 4 && yours.length >= 4 && mine.slice(0, 4) === yours.slice(0, 4)) yield [other, { score: 2.5, why: `"${c.name}" and "${other.name}": one surname, given names alike` }];
    }
  }
}

function* organizationPairs(c: MergeCandidate, byWord: Map<string, MergeCandidate[]>, all: MergeCandidate[]): Generator<[MergeCandidate, { score: number; why: string }]> {
  const words = latinWords(c.name);
  const han = c.name.replace(/[\s\p{Script=Latin}\p{N}\p{P}]/gu, '');
  // "DaoCloud 道客" is DaoCloud with its Chinese name beside.
  if (words.length > 0 && han.length > 0) {
    for (const other of byWord.get(words[0]) ?? []) {
      if (other.id !== c.id && latinWords(other.name).join(' ') === words.join(' ')) yield [other, { score: 5, why: `"${c.name}" is "${other.name}" with its Chinese name` }];
    }
  }
  if (!HAN_ONLY.test(c.name)) return;
  const stem = c.name.replace(HAN_COMPANY_WORDS, '');
  if (stem.length < 2) return;
  const sound = pinyin(stem, { toneType: 'none', type: 'array' }).join('');
  for (const other of all) {
    if (HAN_ONLY.test(other.name)) continue;
    const theirs = latinWords(other.name).filter((w) => !COMPANY_WORDS.has(w)).join('');
    if (theirs === sound) yield [other, { score: 6, why: `"${other.name}" is the pinyin of "${c.name}"` }];
  }
}

/** Candidates from an extracted graph: each person and organization with what it is linked to. */
export function mergeCandidates(graph: Graph): MergeCandidate[] {
  const candidates = new Map<string, MergeCandidate>();
  for (const node of graph.nodes) {
    if (node.label !== 'Person' && node.label !== 'Organization') continue;
    candidates.set(node.id, {
      id: node.id,
      label: node.label,
      name: String(node.properties.name ?? node.key),
      aliases: Array.isArray(node.properties.aliases) ? node.properties.aliases : [],
      partners: [],
      events: [],
      projects: [],
      talks: [],
      documents: [...new Set(node.sources.map((s) => s.path))],
    });
  }
  const eventOf = new Map<string, string>();
  const projectsOf = new Map<string, string[]>();
  for (const rel of graph.relationships) {
    if (rel.type === 'PART_OF') eventOf.set(rel.start, rel.end);
    if (rel.type === 'MENTIONS') push(projectsOf, rel.start, rel.end);
  }
  for (const rel of graph.relationships) {
    const start = candidates.get(rel.start);
    const end = candidates.get(rel.end);
    if (rel.type === 'AFFILIATED_WITH' && start && end) {
      start.partners.push(end.id);
      end.partners.push(start.id);
    }
    if (rel.type === 'PRESENTED' && start) {
      start.talks.push(rel.end);
      const event = eventOf.get(rel.end);
      if (event && !start.events.includes(event)) start.events.push(event);
      for (const project of projectsOf.get(rel.end) ?? []) if (!start.projects.includes(project)) start.projects.push(project);
    }
  }
  return [...candidates.values()];
}

/** An event's key without its year: "Event:kubecon-china-2024" → "Event:kubecon-china". */
function seriesOf(id: string): string {
  return id.replace(/-?\d{4}$/, '');
}

/** "Organization:qingcloud" → "qingcloud": evidence names what is shared without the label. */
function tail(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
