// `talkgraph extract --explain`: what the reader understood in one document, and why, as lines a person reads.
import { isKnownOrganization, resolveOrganization } from '../gazetteer';
import type { ParsedDocument } from '../read/document';
import { CONFIDENCE_BAR, extractFacts } from '.';
import type { SpeakerFact } from './facts';
import { commonSurnames, givenNames, isHanPersonName, isPinyinToken, organizationWords } from './names';

/** Each talk with its lines, cues, speakers, event and confidence; then what was not taken, and why. */
export function explainDocument(doc: ParsedDocument): string[] {
  const facts = extractFacts(doc, { explain: true });
  const out = [`${doc.path}: ${facts.talks.length} talk${facts.talks.length === 1 ? '' : 's'}${facts.event ? `, about ${facts.event.name}` : ''}`];
  facts.talks.forEach((talk, index) => {
    const event = facts.events.find((e) => e.key === facts.talkEvents[index]);
    const lines = talk.endLine > talk.line ? `lines ${talk.line}-${talk.endLine}` : `line ${talk.line}`;
    out.push(`  talk "${talk.title}" (${lines}, read by ${talk.shape}, confidence ${talk.confidence ?? 1})`);
    for (const cue of talk.cues ?? []) out.push(`    cue: ${cue}`);
    if (talk.speakers.length === 0) out.push('    speakers: none credited');
    for (const speaker of talk.speakers) out.push(`    speaker ${speakerLine(speaker)}`);
    out.push(`    event: ${event ? `${event.name}${talk.localEvent ? ` (named by "${talk.localEvent.name}" above it)` : talk.eventHint ? ' (named by the section above it)' : " (the document's)"}` : 'none known'}`);
  });
  const notKept = facts.messages.filter((m) => m.severity === 'note' && m.reason.includes('not kept'));
  for (const message of notKept) out.push(`  not kept (line ${message.line}, below confidence ${CONFIDENCE_BAR}): ${message.reason}`);
  for (const rejected of facts.rejected ?? []) out.push(`  not a talk (line ${rejected.line}): "${rejected.text}": ${rejected.reason}`);
  for (const message of facts.messages.filter((m) => m.severity !== 'note')) out.push(`  ${message.severity} (line ${message.line ?? 1}): ${message.reason}`);
  return out;
}

function speakerLine(speaker: SpeakerFact): string {
  const person = `"${speaker.name}" (line ${speaker.line}): a person, ${whyPerson(speaker.name)}`;
  if (!speaker.organization) return `${person}; no organization given`;
  return `${person}; organization "${speaker.organization}", ${whyOrganization(speaker.organization)}`;
}

/** The evidence that a name is a person's. */
export function whyPerson(name: string): string {
  if (isHanPersonName(name)) return `a Chinese name (opens with the surname ${name[0]})`;
  const tokens = name.split(/\s+/);
  const given = tokens.find((t) => givenNames.has(t.toLowerCase()));
  if (given) return `"${given}" is a known given name`;
  const surname = tokens.find((t) => commonSurnames.has(t.toLowerCase()));
  if (surname) return `"${surname}" is a known surname`;
  if (tokens.some((t) => isPinyinToken(t))) return 'romanized Chinese syllables';
  if (tokens.length === 1) return 'a handle or single name where the layout puts speakers';
  return 'capitalized words in the place where the layout puts speakers';
}

/** The evidence that a phrase is an organization's name. */
export function whyOrganization(text: string): string {
  if (isKnownOrganization(text)) {
    const known = resolveOrganization(text);
    return known.name === text ? 'a known organization' : `known as ${known.name}`;
  }
  if (text.split(/\s+/).some((t) => organizationWords.has(t.toLowerCase()))) return 'has a company word or legal suffix';
  return 'written after the person, where credits put the company';
}
