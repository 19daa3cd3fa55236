// One person, one name within a document: "Annie" where the document also writes "Annie Talvasto", and
// "Fabian Deutch" beside "Fabian Deutsch" (a typo one letter away), become the fuller, more frequent spelling.
import type { SpeakerFact, TalkFact } from '../facts';
import { isKnownOrganization } from '../../gazetteer';
import { clean } from '../text';

/** Completes first names and mends one-letter typos of the speakers' names against the document's full names. */
export function completeNames(talks: TalkFact[], text: string): void {
  const speakers = talks.flatMap((talk) => talk.speakers);
  const counts = new Map<string, number>();
  for (const speaker of speakers) if (/\s/.test(speaker.name)) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1);
  for (const speaker of speakers) {
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(speaker.name)) complete(speaker, [...counts.keys()], text);
    else mend(speaker, counts);
  }
}

function complete(speaker: SpeakerFact, fullNames: string[], text: string): void {
  const first = speaker.name;
  const named = new Set(fullNames.filter((name) => name.split(/\s+/)[0] === first));
  // The document may write the full name outside a credit ("The leadership team: Annie Talvasto, …").
  for (const m of text.matchAll(new RegExp(String.raw`\b${first}\s+((?:\p{Lu}[\p{Ll}'’-]+\s?){1,2})`, 'gu'))) {
    const surname = clean(m[1]);
    // "Sunanay IBM research": what follows a first name may be the company.
    if (!isKnownOrganization(surname) && !speaker.organization?.startsWith(surname.split(' ')[0])) named.add(`${first} ${surname}`);
  }
  if (named.size !== 1) return;
  // No alias "Annie": a first name alone would draw every other document's Annie to this one.
  [speaker.name] = named;
}

function mend(speaker: SpeakerFact, counts: Map<string, number>): void {
  const [given, ...rest] = speaker.name.split(/\s+/);
  const surname = rest.join(' ');
  if (surname.length < 5) return;
  for (const [other, count] of counts) {
    if (other === speaker.name || count < (counts.get(speaker.name) ?? 0)) continue;
    const [otherGiven, ...otherRest] = other.split(/\s+/);
    if (otherGiven !== given || !oneEditApart(surname, otherRest.join(' '))) continue;
    // The spelling the document uses more often wins; the other stays as an alias.
    if (count === counts.get(speaker.name) && other > speaker.name) continue;
    speaker.aliases = [...new Set([...(speaker.aliases ?? []), speaker.name])];
    speaker.name = other;
    return;
  }
}

/** True when one insertion, deletion or substitution turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, from: number): string => x.slice(from);
  return tail(a, i + 1) === tail(b, i + 1) || tail(a, i) === tail(b, i + 1) || tail(a, i + 1) === tail(b, i);
}
