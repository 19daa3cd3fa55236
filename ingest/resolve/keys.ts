// Keys that make one node of one real thing, whatever the spelling: case, width, punctuation and name order.
import { normalizeKey } from '../gazetteer';
import { memoize } from '../memo';
import { slug } from '../extract/events';
import { HAN, clean } from '../extract/text';

/** A person's key: their name's words, folded and sorted, so that "Kante Yin" and "Yin Kante" are one person. */
export const personKey = memoize((name: string): string => {
  const folded = foldName(name);
  if (HAN.test(folded) && !/[a-z]/.test(folded)) return folded.replace(/\s+/g, '');
  return folded.split(/\s+/).filter(Boolean).sort().join('-');
});

/** Lower case, half width, no accents or punctuation: "Małota-Wójcik" → "malota wojcik". */
export function foldName(name: string): string {
  return clean(name)
    .normalize('NFKC')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function talkKey(title: string, eventKey: string | undefined): string {
  const base = slug(title) || normalizeKey(title);
  return eventKey ? `${base}@${eventKey}` : base;
}

export function organizationKey(name: string): string {
  return normalizeKey(name) || slug(name);
}

export function projectKey(name: string): string {
  return normalizeKey(name) || slug(name);
}

export function topicKey(name: string): string {
  return normalizeKey(name) || slug(name);
}
