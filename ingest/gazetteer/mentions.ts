// Project and topic mentions in free text: one token pass against the gazetteer, then context rules for names that
// are ordinary words, then patterns for projects the gazetteer does not know.
import { getCatalog, type Spelling } from './catalog';
import { isCjk, normalizeKey, tokenKey, tokensOf, type Token } from './normalize';
import type { PhraseMatch } from './phrases';
import { roleWords } from './roles';
import { projectByName } from './projects';
import type { ProjectMention, TopicMention } from './types';

// Words right after a name that make it the project: "Flux CD", "Helm chart", "Ray cluster", "Envoy proxy".
const QUALIFIER_AFTER =
  /^[\s-]*(?:projects?|cd|operators?|charts?|cli|controllers?|maintainers?|contributors?|community|releases?|sig|plugins?|sdk|proxy|registry|rules|scheduler|install|upgrade|repo|repository|clusters?|yaml|manifests?|v\d[\w.]*|\d+\.\d+[\w.]*)(?![\p{L}\p{N}])|^\s*(?:项目|社区|集群|维护者|控制器|插件|调度器)/iu;
const QUALIFIER_BEFORE = /(?:project|cncf|apache|the open[- ]source|install(?:ed|ing)? (?:via|with|using))[\s:]*$/i;
// A list of names: "Flux, Argo CD and Helm", "Envoy/Istio", "Harbor 和 Dragonfly".
const LIST_GAP = /^[\s,、/&+()（）]*(?:and|or|with|vs\.?|versus|和|与|及|或)?[\s,、/&+()（）]*$/i;
const SENTENCE_END = /[.!?:;。！？：；|#>]/;
const GITHUB = /github\.com\/([A-Za-z0-9][\w.-]*)(?:\/([\w.-]+))?/g;
// Path segments of github.com that are not organizations.
const GITHUB_PAGES = new Set(['orgs', 'topics', 'features', 'sponsors', 'marketplace', 'settings', 'about', 'collections', 'trending', 'explore', 'login', 'apps', 'enterprise', 'pricing', 'readme']);
const GENERIC_REPOSITORIES = new Set(['website', 'docs', 'community', 'charts', 'helm-charts', 'examples', '.github', 'enhancements', 'governance', 'presentations', 'talks', 'slides', 'blog']);
const THE_PROJECT = /\b[Tt]he\s+((?:[A-Z][\w.+-]*|[a-z]+[A-Z][\w.-]*)(?:\s+[A-Z][\w.+-]*){0,2})\s+(?:open[- ]source\s+)?project\b/g;
const ZH_PROJECT = /(?<![\w.-])([A-Za-z][\w.-]*[A-Za-z0-9])\s*(?:开源)?项目/g;
// Capitalized words that precede "project" without being a project's name.
const NOT_A_NAME = new Set(['cncf', 'apache', 'linux', 'linuxfoundation', 'open', 'opensource', 'sandbox', 'incubating', 'graduated', 'this', 'that', 'same', 'whole', 'entire', 'new', 'main', 'first', 'next', 'other', 'community', 'github', 'oss', 'kubernetessig', 'sig', 'our', 'their', 'my', 'your', 'a', 'an']);
// "Kubernetes Operator" is the pattern, not a project.
const OPERATOR_PATTERN_HOSTS = new Set(['kubernetes', 'k8s']);

interface Found extends ProjectMention {
  ambiguous: boolean;
  key: string;
  /** Index of the mention's last token, for the gazetteer's own matches. */
  lastToken?: number;
}

export function findProjects(text: string): ProjectMention[] {
  const tokens = tokensOf(text);
  const catalog = getCatalog();
  let found: Found[] = [];
  const inUrl = urlSpans(text);
  const matches = catalog.names.scan(text, tokens).filter((match) => inUrl === undefined || !isCovered(inUrl, match.start, match.end));
  for (const match of matches) {
    const spelling = projectSpelling(match.values);
    if (!spelling) continue;
    const surface = text.slice(match.start, match.end);
    found.push({ name: spelling.name, start: match.start, end: match.end, surface, certain: true, known: true, ambiguous: spelling.ambiguous, key: match.key, lastToken: match.last });
  }
  addOperators(text, tokens, matches, found);
  if (found.some((mention) => mention.end === -1)) found = found.filter((mention) => mention.end !== -1);
  const context = new LineContext(text, tokens);
  for (const mention of found) if (mention.ambiguous) mention.certain = hasContext(text, mention, context);
  // Names that other, certain names on the same line vouch for: "Ray" beside "KubeRay", "Harbor, Dragonfly".
  found.sort((a, b) => a.start - b.start);
  for (let index = 0; index < found.length; index += 1) {
    const mention = found[index];
    if (mention.certain || !isCapitalized(mention.surface)) continue;
    mention.certain = sameLineMentions(found, index, context).some((other) => other.certain && vouches(text, mention, other));
  }
  // Once a text has named the project unmistakably, its capitalized name means the project throughout.
  const named = new Set(found.filter((mention) => mention.certain).map((mention) => mention.name));
  for (const mention of found) if (!mention.certain && named.has(mention.name) && isCapitalized(mention.surface)) mention.certain = true;
  const covered: Span[] = found.map((mention) => [mention.start, mention.end]);
  addGitHubLinks(text, found, covered);
  addNamedProjects(text, found, covered);
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ name, start, end, surface, certain, known }) => ({ name, start, end, surface, certain, known }));
}

export function findTopics(text: string): TopicMention[] {
  const tokens = tokensOf(text);
  return getCatalog()
    .topicNames.scan(text, tokens)
    .map((match) => ({ name: match.values[0].name, start: match.start, end: match.end, surface: text.slice(match.start, match.end) }));
}

// Words inside a URL (schedule slugs, repository paths) are not mentions; links are read by addGitHubLinks.
const URL = /\b(?:https?:\/\/|www\.|github\.com\/)[^\s)\]>"'，。）]+/g;

/** Where a text's URLs are, as spans [start, end). */
function urlSpans(text: string): Span[] | undefined {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('github.com/')) return undefined;
  return [...text.matchAll(URL)].map((match): Span => [match.index, match.index + match[0].length]);
}

/** The project a match names, unless the longest name there is an organization's ("Volcano Engine"). */
function projectSpelling(values: Spelling[]): Spelling | undefined {
  return values.find((value) => value.kind === 'project');
}

/** "X Operator" and "x-operator" after a known project or a CamelCase name: "OpenFunction Operator", "dynatrace-operator". */
function addOperators(text: string, tokens: Token[], matches: PhraseMatch<Spelling>[], found: Found[]): void {
  if (!/operator/i.test(text)) return;
  const byLastToken = new Map<number, Found>();
  const matchByLast = new Map<number, PhraseMatch<Spelling>>();
  for (const match of matches) matchByLast.set(match.last, match);
  for (const mention of found) if (mention.lastToken !== undefined) byLastToken.set(mention.lastToken, mention);
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (tokenKey(text, token) !== 'operator') continue;
    const word = text.slice(token.start, token.end);
    const gap = text.slice(tokens[index - 1].end, token.start);
    if (!((word === 'Operator' && /^[ -]$/.test(gap)) || gap === '-')) continue;
    if (matchByLast.get(index)) continue;
    const host = byLastToken.get(index - 1);
    if (host && OPERATOR_PATTERN_HOSTS.has(normalizeKey(host.name))) continue;
    if (host && host.ambiguous && !isCapitalized(host.surface)) continue;
    let start: number;
    let name: string;
    if (host) {
      start = host.start;
      name = `${host.name} Operator`;
      host.end = -1; // replaced by the Operator mention, dropped below
    } else {
      const previous = tokens[index - 1];
      const previousWord = text.slice(previous.start, previous.end);
      if (!/^[A-Z]?[a-z0-9]+[A-Z]/.test(previousWord) || matchByLast.has(index - 1)) continue;
      start = previous.start;
      name = `${previousWord} Operator`;
    }
    const known = projectByName(name);
    const surface = text.slice(start, token.end);
    found.push({ name: known?.name ?? name, start, end: token.end, surface, certain: true, known: known !== undefined, ambiguous: false, key: normalizeKey(surface) });
  }
}

/** github.com/org/repo: the known project of that repository, else the repository's own name. */
function addGitHubLinks(text: string, found: Found[], covered: Span[]): void {
  if (!text.includes('github.com/')) return;
  const catalog = getCatalog();
  GITHUB.lastIndex = 0;
  for (let match = GITHUB.exec(text); match !== null; match = GITHUB.exec(text)) {
    const owner = match[1].toLowerCase();
    const repository = match[2]?.replace(/\.git$/, '');
    if (GITHUB_PAGES.has(owner)) continue;
    let name: string | undefined;
    let known = true;
    if (repository && !GENERIC_REPOSITORIES.has(repository.toLowerCase())) {
      name = (catalog.repositories.get(`${owner}/${repository.toLowerCase()}`) ?? catalog.projectKeys.get(normalizeKey(repository)))?.name;
      if (!name) {
        name = repository;
        known = false;
      }
    } else {
      name = catalog.projectKeys.get(normalizeKey(owner))?.name;
    }
    if (!name) continue;
    const start = match.index;
    const end = match.index + match[0].length;
    if (isCovered(covered, start, end)) continue;
    covered.push([start, end]);
    found.push({ name, start, end, surface: repository ?? match[1], certain: true, known, ambiguous: false, key: normalizeKey(name) });
  }
}

/** "the Kanister project", "Kusion 项目": a project's name, known or not. */
function addNamedProjects(text: string, found: Found[], covered: Span[]): void {
  const catalog = getCatalog();
  const patterns = [...(/project/i.test(text) ? [THE_PROJECT] : []), ...(text.includes('项目') ? [ZH_PROJECT] : [])];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const surface = match[1];
      const key = normalizeKey(surface);
      if (NOT_A_NAME.has(key) || !/[A-Z]/.test(surface)) continue;
      const start = match.index + match[0].indexOf(surface);
      const end = start + surface.length;
      if (isCovered(covered, start, end)) continue;
      if (catalog.organizationKeys.has(key) || catalog.topicNames.get(key)) continue;
      covered.push([start, end]);
      const known = projectByName(surface);
      found.push({ name: known?.name ?? surface, start, end, surface, certain: true, known: known !== undefined, ambiguous: false, key });
    }
  }
}

// Spans of the text taken by mentions or links; a text holds few, so a list is cheaper than a mask of its characters.
type Span = [start: number, end: number];

/** Whether any character of [start, end) is in one of the spans. */
function isCovered(covered: Span[], start: number, end: number): boolean {
  if (start >= end) return false;
  for (const [from, to] of covered) if (from < to && from < end && start < to) return true;
  return false;
}

function hasContext(text: string, mention: Found, context: LineContext): boolean {
  const { start, end, surface } = mention;
  if (QUALIFIER_AFTER.test(text.slice(end, end + 24))) return true;
  if (QUALIFIER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (text[start - 1] === '`' || text[end] === '`') return true;
  // A job's word ("Senior Architect at QingCloud", "Architect of UISEE"): capitals, a title's first place or Chinese
  // around it say nothing, only what names a project does.
  if (roleWords.has(surface.toLowerCase())) return hasDistinctiveCase(surface) || nearGitHubLink(text, mention);
  if (isCjkContext(text, start, end)) return true;
  if (hasDistinctiveCase(surface)) return true;
  if (context.lineIsOnly(mention) || context.startsHeading(start)) return true;
  if (nearGitHubLink(text, mention)) return true;
  return isCapitalized(surface) && !context.startsSentence(start) && !context.isTitleCase(start);
}

/** "SandStone", "BOSH": a casing no ordinary word has. */
function hasDistinctiveCase(surface: string): boolean {
  return /[a-z][A-Z]/.test(surface) || (/^[A-Z]{2,}$/.test(surface) && surface.length >= 3);
}

function isCapitalized(surface: string): boolean {
  return /^\p{Lu}/u.test(surface);
}

/** The nearest characters around the name are Chinese: in Chinese text a Latin word is a name. */
function isCjkContext(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && /[ \t]/.test(text[before])) before -= 1;
  let after = end;
  while (after < text.length && /[ \t]/.test(text[after])) after += 1;
  const isCjkSide = (char: string | undefined): boolean => char !== undefined && (isCjk(char) || /[\u3000-\u303f\uff00-\uffef]/.test(char));
  return isCjkSide(text[before]) || isCjkSide(text[after]);
}

function nearGitHubLink(text: string, mention: Found): boolean {
  const window = text.slice(Math.max(0, mention.start - 300), mention.end + 300);
  if (!window.includes('github.com/')) return false;
  for (const match of window.matchAll(GITHUB)) {
    if (normalizeKey(`${match[1]}${match[2] ?? ''}`).includes(mention.key)) return true;
  }
  return false;
}

/** The other mentions on the line of found[index]; found is sorted by start. */
function sameLineMentions(found: Found[], index: number, context: LineContext): Found[] {
  const lineStart = context.lineStart(found[index].start);
  const lineEnd = context.lineEnd(found[index].end);
  const others: Found[] = [];
  for (let before = index - 1; before >= 0 && found[before].start >= lineStart; before -= 1) others.push(found[before]);
  for (let after = index + 1; after < found.length && found[after].start < lineEnd; after += 1) others.push(found[after]);
  return others;
}

/** Whether a certain mention on the same line makes this one the project too. */
function vouches(text: string, mention: Found, other: Found): boolean {
  if (other.key.includes(mention.key) || normalizeKey(other.name).includes(normalizeKey(mention.name))) return true;
  const gap = mention.start < other.start ? text.slice(mention.end, other.start) : text.slice(other.end, mention.start);
  return LIST_GAP.test(gap);
}

/** Facts about the line a mention stands on, computed on demand and remembered per line. */
class LineContext {
  private readonly titleCase = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end === -1 ? this.text.length : end;
  }

  /** A heading or list item that is just the name: "### Flux", "- Harbor". */
  lineIsOnly(mention: Found): boolean {
    const line = this.text.slice(this.lineStart(mention.start), this.lineEnd(mention.end));
    if (line.length > mention.surface.length + 40) return false;
    const bare = line.replace(/^[\s#>*_+-]*(?:\d+[.)]\s*)?/, '').replace(/[\s*_:：]+$/, '');
    return bare.replace(/^\[(.*)\]\(.*\)$/, '$1') === mention.surface;
  }

  /** "### Falco monitors ...", "### flux by Tamao": the first word of a markdown heading. */
  startsHeading(offset: number): boolean {
    return /^#{1,6}\s+[*_`"'“\[]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  startsSentence(offset: number): boolean {
    let index = offset - 1;
    while (index >= 0 && /[ \t*_`"'“‘\[(]/.test(this.text[index])) index -= 1;
    if (index < 0 || this.text[index] === '\n') return true;
    if (SENTENCE_END.test(this.text[index])) return true;
    const lineStart = this.lineStart(offset);
    return /^\s*(?:[-*+]|\d+[.)])\s*$/.test(this.text.slice(lineStart, index + 1));
  }

  private firstTokenAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.tokens[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Headings and titles capitalize every word, so capitals there say nothing. */
  isTitleCase(offset: number): boolean {
    const start = this.lineStart(offset);
    const known = this.titleCase.get(start);
    if (known !== undefined) return known;
    const end = this.lineEnd(offset);
    let words = 0;
    let capitalized = 0;
    for (let index = this.firstTokenAt(start); index < this.tokens.length; index += 1) {
      const token = this.tokens[index];
      if (token.start >= end) break;
      if (token.cjk || token.end - token.start < 4) continue;
      words += 1;
      if (/^\p{Lu}/u.test(this.text[token.start])) capitalized += 1;
    }
    const result = words >= 3 && capitalized / words >= 0.6;
    this.titleCase.set(start, result);
    return result;
  }
}
