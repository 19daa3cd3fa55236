// One person, one name within a document: "Annie" where the document also writes "Annie Talvasto", and
// "Fabian Deutch" beside "Fabian Deutsch" (a typo one letter away), become the fuller, more frequent spelling.
import type { SpeakerFact, TalkFact } from '../facts';
import { isKnownOrganization } from '../../gazetteer';
import { clean } from '../text';

/** Completes first names and mends one-letter typos of the speakers' names against the document's full names. */
export function completeNames(talks: TalkFact[], text: string): void {
  const speakers = talks.flatMap((talk) => talk.speakers);
  if (speakers.length === 0) return;
  const counts = new Map<string, number>();
  for (const speaker of speakers) if (speaker.name.includes(' ')) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1);
  // Full names by their first word, so each name is compared with the few that share it.
  const byGiven = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const given = name.slice(0, name.indexOf(' '));
    byGiven.set(given, [...(byGiven.get(given) ?? []), name]);
  }
  let written: Map<string, Set<string>> | undefined;
  for (const speaker of speakers) {
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(speaker.name)) complete(speaker, byGiven.get(speaker.name) ?? [], (written ??= namesWritten(text)).get(speaker.name));
    else mend(speaker, byGiven.get(speaker.name.slice(0, speaker.name.indexOf(' '))) ?? [], counts);
  }
}

/** Every "First Last" the text writes, by first name: read once per document, and only when a first name needs it. */
function namesWritten(text: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const m of text.matchAll(/\b(\p{Lu}[\p{Ll}'’-]+)\s+((?:\p{Lu}[\p{Ll}'’-]+\s?){1,2})/gu)) {
    const surname = clean(m[2]);
    // "Sunanay IBM research": what follows a first name may be the company.
    if (isKnownOrganization(surname)) continue;
    const set = names.get(m[1]) ?? new Set<string>();
    set.add(`${m[1]} ${surname}`);
    names.set(m[1], set);
  }
  return names;
}

function complete(speaker: SpeakerFact, credited: string[], written: Set<string> | undefined): void {
  const named = new Set([...credited, ...[...(written ?? [])].filter((name) => !speaker.organization?.startsWith(name.split(' ')[1]))]);
  if (named.size !== 1) return;
  // No alias "Annie": a first name alone would draw every other document's Annie to this one.
  [speaker.name] = named;
}

function mend(speaker: SpeakerFact, sameGiven: string[], counts: Map<string, number>): void {
  if (sameGiven.length < 2) return;
  const surname = speaker.name.slice(speaker.name.indexOf(' ') + 1);
  if (surname.length < 5) return;
  for (const other of sameGiven) {
    const count = counts.get(other) ?? 0;
    if (other === speaker.name || count < (counts.get(speaker.name) ?? 0)) continue;
    if (!oneEditApart(surname, other.slice(other.indexOf(' ') + 1))) continue;
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
