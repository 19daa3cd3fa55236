// Reading speaker credits: "A, Org & B, Org; C", "Name - Role at Company", "讲师：姓名，公司 职位".
import { isKnownOrganization, isProjectName, organizationPrefix } from '../gazetteer';
import { memoize } from '../memo';
import { CHINESE_ROLE, isHanPersonName, isNameToken, nameParticles, organizationWords, roleWords } from './names';
import { HAN, clean } from './text';

export interface Credit {
  name: string;
  /** Other names the credit gives the same person: "霍秉杰（Benjamin Huo）". */
  aliases?: string[];
  organization?: string;
  role?: string;
}

/** Words a credit uses to say "no organization". */
const NO_ORGANIZATION = /^(?:individual|independent|self|freelance|freelancer|none|n\/a|-|个人|独立开发者)$/i;

/** English words that never occur in a person's name. */
const FUNCTION_WORDS = new Set(['with', 'the', 'of', 'for', 'to', 'in', 'on', 'a', 'an', 'by', 'from', 'at', 'and', 'or', 'is', 'are', 'how', 'why', 'what', 'your', 'our', 'my', 'we', 'you', 'it', 'this', 'that', 'into', 'using', 'via', 'vs', 'not', 'no', 'new', 'all']);

const tokensOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function hasRoleWord(text: string): boolean {
  return tokensOf(text.toLowerCase()).some((t) => roleWords.has(t.replace(/[.,]$/, '')));
}

/** How much a phrase reads as an organization: known names, company words, all-caps or CamelCase single tokens. */
export function looksLikeOrganization(text: string): boolean {
  const phrase = clean(text);
  if (phrase === '' || isKnownOrganization(phrase)) return phrase !== '';
  if (/\.(?:com|io|ai|dev|org|net|cn)\b/i.test(phrase)) return true;
  const tokens = tokensOf(phrase);
  if (tokens.some((t) => organizationWords.has(t.toLowerCase()))) return true;
  if (HAN.test(phrase)) return !looksLikePersonName(phrase);
  if (tokens.length === 1) return /^[A-Z0-9]/.test(phrase);
  return !looksLikePersonName(phrase);
}

/**
 * Whether a phrase reads as a person's name: 1–4 name-shaped tokens, none of them a company or job word,
 * at least one a known given name, common surname or romanized Chinese syllable (or 2–4 Han characters).
 * `loose` accepts any two or three capitalized words: for places that announce a person (a Speakers section).
 */
export function looksLikePersonName(text: string, options: { allowSingle?: boolean; loose?: boolean } = {}): boolean {
  return personNameChecks[(options.allowSingle ? 1 : 0) + (options.loose ? 2 : 0)](text);
}

// One remembered check per combination of options: speakers' names recur across documents.
const personNameChecks = [0, 1, 2, 3].map((flags) => memoize((text) => readsAsPersonName(text, { allowSingle: (flags & 1) === 1, loose: (flags & 2) === 2 })));

function readsAsPersonName(text: string, options: { allowSingle?: boolean; loose?: boolean }): boolean {
  const phrase = clean(text);
  if (phrase === '' || /\d/.test(phrase)) return false;
  // A Han name opens with a Chinese surname ("镜像拉取" is a topic, "霍秉杰" a person).
  if (HAN.test(phrase)) return /^[\u3400-\u9fff·]{2,4}$/.test(phrase) && isHanPersonName(phrase) && !CHINESE_ROLE.test(phrase) && !isKnownOrganization(phrase);
  const tokens = tokensOf(phrase);
  if (tokens.length > 4 || (tokens.length === 1 && !options.allowSingle)) return false;
  // Four words are a name only when two of them are known name words ("Maria del Carmen Garcia").
  if (tokens.length === 4 && tokens.filter((t) => isNameToken(t) || nameParticles.has(t.toLowerCase())).length < 2) return false;
  let named = false;
  for (const [index, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    if (nameParticles.has(lower)) continue;
    if (FUNCTION_WORDS.has(lower) && !romanizedGivenName(tokens, index)) return false;
    if (organizationWords.has(lower) || roleWords.has(lower)) return false;
    if (!/^[\p{L}][\p{L}'’.-]*$/u.test(token)) return false;
    // All-caps words are acronyms (IBM, SUSE) unless they are initials ("J.").
    if (token.length > 2 && token === token.toUpperCase() && !token.includes('.')) return false;
    // CamelCase is a product or company ("DaoCloud"), unless it is romanized Chinese ("YiFei").
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(token) && !isNameToken(lower)) return false;
    if (isNameToken(lower.replace(/[.'’-]/g, '')) || lower.split('-').some(isNameToken)) named = true;
  }
  const capitalized = tokens.every((t) => /^\p{Lu}/u.test(t) || nameParticles.has(t.toLowerCase()));
  // "tamao nakahara": a lower-case name must open with a known given name or romanized Chinese.
  const lowerCase = tokens.every((t) => /^\p{Ll}/u.test(t)) && tokens.length >= 2 && isNameToken(tokens[0]);
  // "Gerald enzl": a known given name first makes a lower-case surname acceptable.
  const leadsWithGivenName = /^\p{Lu}/u.test(tokens[0]) && isNameToken(tokens[0]) && tokens.length >= 2;
  const shaped = (capitalized || lowerCase || leadsWithGivenName) && (named || (options.loose === true && capitalized && (tokens.length <= 3 && (tokens.length >= 2 || options.allowSingle === true))));
  // The gazetteer is asked last, and only about what has the shape of a name: it is the dearest question.
  return shaped && !isKnownOrganization(phrase) && !isProjectName(phrase);
}

/** "Cao An": a capitalized word that is also an English function word ends a two-word name after a known surname. */
function romanizedGivenName(tokens: string[], index: number): boolean {
  return tokens.length === 2 && index === 1 && /^\p{Lu}/u.test(tokens[1]) && /^\p{Lu}/u.test(tokens[0]) && isNameToken(tokens[0].toLowerCase()) && isNameToken(tokens[1].toLowerCase());
}

/** "Senior Architect at QingCloud" → role and organization; "Architect of UISEE" too, when the tail is a company. */
export function parseRoleAndOrganization(text: string): { role?: string; organization?: string } {
  const phrase = clean(text);
  const at = phrase.match(/^(.*?)\s+(?:at|@)\s+(.+)$/i);
  if (at) return { role: at[1] || undefined, organization: at[2] };
  const of = phrase.match(/^(.*\S)\s+(?:of|from)\s+(.+)$/i);
  if (of && looksLikeOrganization(of[2]) && hasRoleWord(of[1])) return { role: of[1], organization: of[2] };
  if (/^@\s*/.test(phrase)) return { organization: phrase.replace(/^@\s*/, '') };
  if (hasRoleWord(phrase)) return { role: phrase };
  return looksLikeOrganization(phrase) ? { organization: phrase } : { role: phrase };
}

/**
 * "Benjamin Huo - Senior Architect at QingCloud", "Han Zhu, Software Engineer, QingCloud", "Jane Doe (Acme)":
 * a single speaker line. Undefined when the line does not start with a name.
 */
export function parseSpeakerLine(text: string): Credit | undefined {
  const line = clean(text.replace(/[*_`]/g, ''));
  const paren = line.match(/^(.+?)\s*[(（]([^)）]+)[)）]\s*$/);
  if (paren && looksLikePersonName(paren[1])) return { name: paren[1], ...parseRoleAndOrganization(paren[2]) };
  const dash = line.match(/^(.+?)\s+[-–—|]\s+(.+)$/) ?? line.match(/^(.+?)\s*[,，:：]\s*(.+)$/);
  if (dash && looksLikePersonName(dash[1], { allowSingle: true, loose: true })) {
    const rest = dash[2];
    const parts = rest.split(/\s*,\s*/);
    if (parts.length >= 2 && hasRoleWord(parts[0]) && !/\s(?:at|@)\s/i.test(rest)) {
      return { name: dash[1], role: parts.slice(0, -1).join(', '), organization: parts[parts.length - 1] };
    }
    return { name: dash[1], ...normalizeCredit(parseRoleAndOrganization(rest)) };
  }
  return looksLikePersonName(line, { loose: true }) ? { name: line } : undefined;
}

function normalizeCredit(credit: { role?: string; organization?: string }): { role?: string; organization?: string } {
  if (credit.organization && NO_ORGANIZATION.test(credit.organization)) return { role: credit.role };
  return credit;
}

/**
 * A list of speakers as schedules write it: groups split by ";", people in a group by "&", "and" or ",",
 * the organization after the last comma of a group shared by the people before it that have none.
 * Undefined when the text does not read as speakers at all (so that a title with a dash is not cut).
 */
export function parseSpeakerList(text: string, options: { loose?: boolean } = {}): Credit[] | undefined {
  // Copies, so that a caller that completes a credit never changes the remembered one.
  return speakerLists[options.loose ? 1 : 0](text)?.map((credit) => ({ ...credit, ...(credit.aliases && { aliases: [...credit.aliases] }) }));
}

// The same credits ("Jane Doe, Acme & John Roe, Initech") come back with every document that lists the talk.
const speakerLists = [false, true].map((loose) => memoize((text) => readSpeakerList(text, loose)));

function readSpeakerList(text: string, loose: boolean): Credit[] | undefined {
  const source = normalizeList(text);
  if (source === '' || source.length > 240) return undefined;
  const strict = parseList(source, false);
  if (strict) return strict;
  return (loose || vouchedList(source) ? parseList(source, true) : undefined) ?? parseSegments(source, loose);
}

/**
 * The general credit grammar, for lists the group grammar cannot read: "A & B, Apple, C, IBM, & D, Alibaba",
 * "Jane Doe, Senior Director of Engineering, Acme; John Roe, Initech". Each part is a person, a job title or an
 * organization; an organization goes to the people before it that have none, a title to the person before it.
 */
function parseSegments(source: string, loose: boolean): Credit[] | undefined {
  // The separator before each part: "&" and "and" join people, commas bring organizations and titles too.
  const pieces = source.split(/\s*([,;]|(?<![\p{L}\d])&(?![\p{L}\d])|\band\b)\s*/u);
  const parts: string[] = [];
  const joinedByAnd: boolean[] = [];
  let and = false;
  for (const [index, piece] of pieces.entries()) {
    if (index % 2 === 1) {
      and = and || !/[,;]/.test(piece);
      continue;
    }
    if (clean(piece) === '') continue;
    parts.push(clean(piece));
    joinedByAnd.push(and);
    and = false;
  }
  if (parts.length < 2 || parts.length > 24) return undefined;
  const credits: Credit[] = [];
  let pending: Credit[] = [];
  let organizations = 0;
  for (const [index, part] of parts.entries()) {
    const next = parts[index + 1];
    if (NO_ORGANIZATION.test(part)) {
      pending = [];
      continue;
    }
    const known = isKnownOrganization(part);
    const nextIsOrganization = next !== undefined && (isKnownOrganization(next) || isStrongOrganization(next));
    const vouched = loose || nextIsOrganization || (joinedByAnd[index] && credits.length > 0);
    if (!known && !isStrongOrganization(part) && !hasRoleWord(part) && looksLikePersonName(part, { loose: vouched })) {
      const credit: Credit = { name: part };
      credits.push(credit);
      pending.push(credit);
      continue;
    }
    const last = credits[credits.length - 1];
    if (!last) return undefined;
    if (!known && hasRoleWord(part) && !looksLikeOrganization(part)) {
      last.role = last.role ? `${last.role}, ${part}` : part;
      continue;
    }
    if (!known && !/^\p{Lu}|^\d/u.test(part)) return undefined;
    for (const credit of pending) credit.organization ??= part;
    if (pending.length === 0 && !last.organization) last.organization = part;
    pending = [];
    organizations += 1;
  }
  return credits.length > 0 && organizations > 0 ? credits : undefined;
}

function normalizeList(text: string): string {
  return clean(text.replace(/[*_`]/g, ''))
    // 'Mauricio "Mo" Teixeira': a nickname in quotes is not part of the name.
    .replace(/(?<=\p{L})\s+["“'‘][\p{L} .-]{1,20}["”'’]\s+(?=\p{Lu})/gu, ' ')
    .replace(/\s*[(（](?:beginner|intermediate|advanced|all)[^()]*(?:level|audience)[^()]*[)）]\s*$/i, '')
    .replace(/[；]/g, ';')
    .replace(/[，、]/g, ',')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    // "A (X), B (Y)": each credit closes with its company.
    .replace(/\)\s*,\s*/g, '); ')
    .replace(/,?\s*\b(?:both|all)\s+(?:from|at|of)\s+/gi, ', ')
    .replace(/[.。]$/, '');
}

/** A list with a company or "Individual" after a comma: the names around it are names even when unfamiliar. */
function vouchedList(text: string): boolean {
  return text.split(/\s*[,;，；]\s*/).slice(1).some((part) => NO_ORGANIZATION.test(part) || isStrongOrganization(part.split(/\s*(?:&|\band\b)\s*/)[0]));
}

function parseList(source: string, loose: boolean): Credit[] | undefined {
  const credits: Credit[] = [];
  for (const group of source.split(/\s*;\s*/)) {
    // "霍秉杰 (Benjamin Huo), QingCloud": a company alone after a credit is that credit's.
    const previous = credits[credits.length - 1];
    if (previous && !previous.organization && previous.aliases && isStrongOrganization(group)) {
      credits[credits.length - 1] = { ...previous, ...organizationOf(group) };
      continue;
    }
    const members = group.split(/\s*(?:&|\band\b|\+|和|与)\s*/);
    const groupCredits: Credit[] = [];
    for (const member of members) {
      const parsed = parseMember(member, loose);
      if (!parsed) return undefined;
      groupCredits.push(...parsed);
    }
    // "A & B, Company": people before the last credited one share its organization, unless they named their own.
    const last = groupCredits[groupCredits.length - 1];
    if (last?.organization && members.length > 1) {
      for (let i = groupCredits.length - 2; i >= 0 && !groupCredits[i].organization && !hasOwnComma(members, groupCredits[i]); i--) {
        groupCredits[i] = { ...groupCredits[i], organization: last.organization };
      }
    }
    credits.push(...groupCredits);
  }
  return credits.length > 0 ? credits : undefined;
}

function hasOwnComma(members: string[], credit: Credit): boolean {
  return members.some((m) => m.startsWith(credit.name) && m.includes(','));
}

/** One "&"-separated member: "Jane Doe", "Jane Doe, Acme", "Jane Doe, Head of X, Acme", "A, B, C, Acme". */
function parseMember(member: string, loose: boolean): Credit[] | undefined {
  // "Vishal Thapar (Red Hat)"
  const paren = member.match(/^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$/);
  // "Cao An (华为)": two Han characters may spell a company the gazetteer knows rather than a name.
  if (paren && looksLikeHanName(clean(paren[1])) !== looksLikeHanName(clean(paren[2])) && bothNames(paren[1], paren[2]) && !isKnownOrganization(clean(paren[2])) && !isKnownOrganization(clean(paren[1]))) {
    // One person under a Chinese and a romanized name: the romanized one names the node, the other is an alias.
    const [latin, han] = looksLikeHanName(clean(paren[1])) ? [paren[2], paren[1]] : [paren[1], paren[2]];
    return [{ name: clean(latin), aliases: [clean(han)] }];
  }
  if (paren) {
    const vouched = isKnownOrganization(clean(paren[2])) || isStrongOrganization(paren[2]) || looksLikeOrganization(paren[2]);
    if (!looksLikePersonName(paren[1], { allowSingle: true, loose: vouched || loose }) && !looksLikeHanName(paren[1])) return undefined;
    return [{ name: clean(paren[1]), ...organizationOf(paren[2]) }];
  }
  const parts = member.split(/\s*,\s*/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const [first, ...rest] = parts;
  // A company after the comma vouches for the words before it being a name ("Aayush Sharma, WeMakeDevs").
  const vouched = rest.length > 0 && isStrongOrganization(rest[rest.length - 1]);
  if (!looksLikePersonName(first, { allowSingle: rest.length > 0, loose: vouched || loose }) && !looksLikeHanName(first)) {
    return undefined;
  }
  if (rest.length === 0) return [{ name: first }];
  const tail = rest[rest.length - 1];
  const middle = rest.slice(0, -1);
  if (middle.length > 0 && middle.every((m) => hasRoleWord(m))) {
    return [{ name: first, role: middle.join(', '), ...organizationOf(tail) }];
  }
  const names = [first, ...middle];
  if (!middle.every((m) => looksLikePersonName(m, { loose: true }))) return undefined;
  // The tail is another person when it reads as one and not as a company ("Jens Erat, Peter Mueller, Sabine Wolz").
  if (names.length >= 2 && looksLikePersonName(tail) && !looksLikeOrganization(tail)) {
    return [...names, tail].map((name) => ({ name }));
  }
  if (names.length === 1 && looksLikePersonName(tail) && !looksLikeOrganization(tail) && isStrongName(tail)) {
    return [{ name: first }, { name: tail }];
  }
  const credit = organizationOf(tail);
  return names.map((name) => ({ name, ...credit }));
}

function organizationOf(text: string): { organization?: string; role?: string } {
  if (NO_ORGANIZATION.test(text)) return {};
  if (HAN.test(text)) return chineseAffiliation(text);
  if (hasRoleWord(text) && !looksLikeOrganization(text)) return { role: text };
  return normalizeCredit(parseRoleAndOrganization(text));
}

/** A known organization, or a name written the way only companies write theirs: CamelCase, all caps, company words. */
export function isStrongOrganization(text: string): boolean {
  const phrase = clean(text);
  if (/\.(?:com|io|ai|dev|org|net|cn)\b/i.test(phrase) || isKnownOrganization(phrase)) return true;
  const tokens = tokensOf(phrase);
  if (tokens.some((t) => organizationWords.has(t.toLowerCase()))) return true;
  return tokens.length <= 2 && tokens.some((t) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t) || (t.length >= 2 && /^[\p{Lu}\d&-]+$/u.test(t)));
}

/** Two or three tokens whose first is a known given name: safe to read as a person even after a comma. */
function isStrongName(text: string): boolean {
  const tokens = tokensOf(text);
  return tokens.length >= 2 && tokens.length <= 3 && isNameToken(tokens[0]) && !isKnownOrganization(text);
}

function bothNames(a: string, b: string): boolean {
  const name = (t: string): boolean => looksLikeHanName(clean(t)) || (looksLikePersonName(t) && !isKnownOrganization(t));
  return name(a) && name(b);
}

function looksLikeHanName(text: string): boolean {
  return /^[\u3400-\u9fff·]{2,4}$/.test(text);
}

/**
 * A Chinese credit: "胡涛，思码逸 DevOps 专家", "严松，蚂蚁集团技术专家", "方阗，OpenFunction Maintainer".
 * The organization is what remains after the job title; a project's name there is a role, not a company.
 */
export function parseChineseCredit(text: string): Credit | undefined {
  const line = clean(text.replace(/[*_`]/g, ''));
  const match = line.match(/^([^，,、:：;；()（）]+?)\s*(?:[，,、:：]\s*|[(（]|\s+)(.*?)[)）]?$/);
  const name = match ? clean(match[1]) : line;
  if (!looksLikeHanName(name) && !looksLikePersonName(name, { allowSingle: true })) return undefined;
  const rest = match ? clean(match[2]) : '';
  if (rest === '') return { name };
  // "Apache APISIX PMC 主席，API7.ai 联合创始人": of several titles, the one that names an employer, not a project's committee.
  const parts = rest.split(/\s*[，,]\s*/).filter(Boolean);
  if (parts.length > 1) {
    const readings = parts.map((part) => chineseAffiliation(part));
    const employer = readings.find((r, i) => r.organization && organizationPrefix(parts[i])) ?? readings.find((r) => r.organization && !/\b(?:PMC|committee|SIG|TOC)\b/i.test(r.organization));
    if (employer) return { name, organization: employer.organization, role: rest };
  }
  return { name, ...chineseAffiliation(rest) };
}

/** "星河科技资深存储工程师" → "星河科技", "北辰数据联合创始人兼" → "北辰数据": a company without the titles after it. */
function withoutChineseTitle(text: string): string {
  return clean(
    text
      .replace(CHINESE_ROLE, '')
      // A seniority word starts the title, whatever field it names.
      .replace(/(?<=\p{Script=Han}{2})(?:高级|资深|首席|主任|特聘)\p{Script=Han}{0,6}$/u, '')
      // "联合创始人兼 CTO": two titles joined.
      .replace(/(?:联合创始人|创始人|合伙人)?[兼及和]\s*(?:CTO|CEO|COO|VP)?$/, '')
      .replace(CHINESE_ROLE, ''),
  );
}

/** "青云科技 KubeSphere 研发工程师" → 青云科技 + role; "OpenFunction Maintainer" → role only. */
export function chineseAffiliation(text: string): { organization?: string; role?: string } {
  const known = organizationPrefix(text);
  if (known) {
    const role = clean(text.slice(known.length));
    return { organization: known, role: role || undefined };
  }
  if (/\s(?:at|@)\s/i.test(text)) return parseRoleAndOrganization(text);
  const tokens = tokensOf(text);
  // A leading token before the title words: "思码逸 DevOps 专家".
  if (tokens.length >= 2 && HAN.test(tokens[0]) && !CHINESE_ROLE.test(tokens[0])) {
    // "虎牙高级 Java 开发工程师": a seniority word belongs to the title, not to the company.
    const organization = withoutChineseTitle(tokens[0]);
    return { organization, role: clean(text.slice(organization.length)) };
  }
  // "星河科技资深存储工程师": a seniority word starts the title, whatever field it names.
  const stripped = withoutChineseTitle(text);
  const role = clean(text.slice(stripped.length)) || undefined;
  if (stripped === '' || isProjectName(stripped) || hasRoleWord(text.replace(stripped, '')) && isProjectName(tokens[0])) {
    return { role: text };
  }
  if (!HAN.test(stripped) && hasRoleWord(text)) {
    const parsed = parseRoleAndOrganization(text);
    return parsed.organization && !isProjectName(parsed.organization) ? parsed : { role: text };
  }
  return { organization: stripped, role };
}
