// One document's facts as graph nodes and relationships with resolved keys and their sources: what the loader
// writes for that document, and what `extract` merges across documents.
import { findProjects, findTopics, type ProjectMention } from '../gazetteer';
import plainWordList from '../gazetteer/plain-words.json';
import type { EventFact, SpeakerFact, TalkFact } from '../extract/facts';
import type { DocumentFacts } from '../extract';
import type { ParsedDocument } from '../read/document';
import { clean } from '../extract/text';
import { nodeId, type DocumentGraph } from '../../graph/model';
import { memoize } from '../memo';
import { creditedOrganization, personEntity, projectEntity, topicEntity, type ProjectEntity } from './entities';
import { GraphBuilder } from './graph-builder';
import { talkKey } from './keys';

/** A speaker's title and biography come back with every talk they give. */
const projectsInCredit = memoize(findProjects);

/** Project names that are also ordinary English words ("scale", "capsule"). */
const plainWords = new Set<string>(plainWordList as string[]);

export type ContributionRole = 'creator' | 'maintainer' | 'contributor';

export function documentGraph(doc: ParsedDocument, facts: DocumentFacts): DocumentGraph {
  const graph = new GraphBuilder(doc.path);
  const eventIds = new Map<string, string>();
  for (const event of facts.events) eventIds.set(event.key, addEvent(graph, event));
  for (const event of facts.events) {
    if (event.coLocatedWith && eventIds.has(event.coLocatedWith)) {
      graph.relationship('CO_LOCATED_WITH', eventIds.get(event.key)!, eventIds.get(event.coLocatedWith)!, {}, event.line);
    }
  }
  // A company the document credits speakers with is a company there, even where the gazetteer also knows a product of that name.
  const companies = new Set<string>();
  for (const talk of facts.talks) for (const speaker of talk.speakers) if (speaker.organization) companies.add(creditedOrganization(speaker.organization).key);
  facts.talks.forEach((talk, index) => addTalk(graph, doc, talk, facts.talkEvents[index], companies));
  return {
    document: { path: doc.path, title: doc.title ?? doc.path, sha256: doc.sha256, lang: doc.lang },
    graph: { nodes: [...graph.nodes.values()], relationships: graph.relationships },
  };
}

function addEvent(graph: GraphBuilder, event: EventFact): string {
  return graph.node(
    'Event',
    nodeId('Event', event.key),
    event.key,
    {
      name: event.name,
      aliases: event.aliases,
      year: event.year ?? null,
      city: event.city ?? null,
      startDate: event.startDate ?? null,
      endDate: event.endDate ?? null,
      kind: event.kind,
    },
    event.line,
  );
}

function addTalk(graph: GraphBuilder, doc: ParsedDocument, talk: TalkFact, eventKey: string | undefined, companies: Set<string>): void {
  const key = talkKey(talk.title, eventKey);
  const talkId = graph.node(
    'Talk',
    nodeId('Talk', key),
    key,
    {
      title: talk.title,
      name: talk.title,
      altTitles: talk.altTitles,
      abstract: talk.abstract ?? null,
      notes: talk.notes ?? null,
      url: talk.url ?? null,
      day: talk.day ?? null,
      time: talk.time ?? null,
      lang: doc.lang,
      kind: talk.kind,
    },
    talk.line,
  );
  if (eventKey) graph.relationship('PART_OF', talkId, nodeId('Event', eventKey), {}, talk.line);

  for (const speaker of talk.speakers) addSpeaker(graph, speaker, talkId);

  const projects = new Map<string, Set<string>>();
  const add = (name: string, surface: string): void => {
    projects.set(name, (projects.get(name) ?? new Set()).add(surface));
  };
  const body = [talk.abstract, talk.notes].filter(Boolean).join('\n');
  const titles = [talk.title, ...talk.altTitles].join('\n');
  const usable = (mention: ProjectMention, within: string): boolean => {
    const project = projectEntity(mention.name);
    return !companies.has(project.companyKey) && !inCompoundWord(within, mention, project);
  };
  const inBody = findProjects(body).filter((m) => m.certain && usable(m, body));
  for (const mention of inBody) add(mention.name, mention.surface);
  for (const mention of findProjects(titles)) {
    if (!usable(mention, titles)) continue;
    // Titles capitalize every word, so a plain word there ("… at Scale") counts only where the title opens with it
    // ("Falco monitors …") or the text around the talk names the project too.
    // "TensorFlow" is not the plain word it spells; "Scale" may be.
    const plain = plainWords.has(mention.surface.toLowerCase()) && /^\p{Lu}?\p{Ll}+$/u.test(mention.surface);
    const named = mention.start === 0 || inBody.some((m) => m.name === mention.name) || /\b(?:in|with|on|using|into|from|for)\s+$/i.test(titles.slice(0, mention.start));
    if (plain ? named : mention.certain || mention.start === 0) {
      add(mention.name, mention.surface);
    }
  }
  for (const stated of talk.statedProjects ?? []) {
    const project = projectEntity(stated);
    add(project.known ? project.name : clean(stated), clean(stated));
  }
  for (const [name, surfaces] of projects) {
    const projectId = addProject(graph, projectEntity(name), talk.line, [...surfaces]);
    graph.relationship('MENTIONS', talkId, projectId, {}, talk.line);
  }
  // No topic's name runs over a line break, so the titles and the body are read apart, titles first, with their tokens at hand.
  for (const topic of [...findTopics(titles), ...findTopics(body)]) {
    const { id, key } = topicEntity(topic.name);
    graph.node('Topic', id, key, { name: topic.name, aliases: topic.surface !== topic.name ? [topic.surface] : [] }, talk.line);
    graph.relationship('ABOUT', talkId, id, {}, talk.line);
  }
}

function addSpeaker(graph: GraphBuilder, speaker: SpeakerFact, talkId: string): void {
  const person = personEntity(speaker.name);
  // Every spelling is kept as an alias: another document may spell the same person differently and win the name.
  const aliases = [...new Set([person.name, person.written, ...(speaker.aliases ?? [])])];
  const personId = graph.node('Person', person.id, person.key, { name: person.name, aliases }, speaker.line);
  graph.relationship('PRESENTED', personId, talkId, {}, speaker.line);
  if (speaker.organization) {
    const org = creditedOrganization(speaker.organization);
    graph.node('Organization', org.id, org.key, { name: org.name, aliases: [...org.aliases] }, speaker.line);
    graph.relationship('AFFILIATED_WITH', personId, org.id, { talks: [talkId] }, speaker.line);
  }
  // What a speaker works on, said in their title or biography, is theirs, not the talk's.
  for (const text of [speaker.role, speaker.bio]) {
    if (!text) continue;
    for (const mention of projectsInCredit(text)) {
      if (!mention.certain) continue;
      const projectId = addProject(graph, projectEntity(mention.name), speaker.line, [mention.surface]);
      graph.relationship('CONTRIBUTES_TO', personId, projectId, { role: contributionRole(text, mention.start, mention.end) }, speaker.line);
    }
  }
}

/** A project node with the gazetteer's facts; the spellings the document used are kept as aliases. */
function addProject(graph: GraphBuilder, project: ProjectEntity, line: number, surfaces: string[] = []): string {
  const projectId = graph.node(
    'Project',
    project.id,
    project.key,
    {
      name: project.name,
      aliases: [...new Set([...project.aliases, ...surfaces])].filter((a) => a !== project.name),
      url: project.url,
      category: project.category,
      maturity: project.maturity,
    },
    line,
  );
  for (const org of project.maintainers) {
    graph.node('Organization', org.id, org.key, { name: org.name, aliases: [...org.aliases] }, line);
    graph.relationship('MAINTAINS', org.id, projectId, {}, line);
  }
  return projectId;
}

/** "Git-ops", "Large-Scale": a name glued by a hyphen into another word is that word, unless it is a CNCF project's. */
function inCompoundWord(text: string, mention: { start: number; end: number }, project: ProjectEntity): boolean {
  const glued = /\p{L}-$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start)) || /^-\p{L}/u.test(text.slice(mention.end, mention.end + 2));
  return glued && !project.maturity;
}

/** The role words nearest a project's name in a title or biography: "creator of", "maintainer", "维护者". */
export function contributionRole(text: string, start: number, end: number): ContributionRole {
  // Only the clause that names the project: "Kubernetes 社区成员，Kueue 维护者" makes a maintainer of Kueue alone.
  const from = Math.max(0, ...[',', '，', '。', ';', '；', '\n', '. '].map((p) => text.lastIndexOf(p, start - 1) + p.length));
  const stops = [',', '，', '。', ';', '；', '\n', '. '].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
  const around = text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length).toLowerCase();
  if (/creat|author|founder|founded|initiat|发起|创始|作者/.test(around)) return 'creator';
  if (/maintain|lead|owner|chair|approver|维护|负责人/.test(around)) return 'maintainer';
  return 'contributor';
}
