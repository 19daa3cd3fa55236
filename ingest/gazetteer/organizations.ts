// Organization names as speakers write them, resolved to one canonical organization across languages and suffixes.
import { memoize } from '../memo';
import { getCatalog } from './catalog';
import { cleanSpaces, normalizeKey, tokenize } from './normalize';
import { descriptorForms, stripLegalSuffix, TRAILING_SUFFIX } from './suffixes';
import type { Organization } from './types';

const known = memoize((name: string): Organization | undefined => {
  const { organizationKeys } = getCatalog();
  const direct = organizationKeys.get(normalizeKey(name));
  if (direct) return direct;
  const stripped = stripLegalSuffix(name);
  const legal = organizationKeys.get(normalizeKey(stripped));
  if (legal) return legal;
  for (const form of descriptorForms(stripped)) {
    const found = organizationKeys.get(normalizeKey(form));
    if (found) return found;
  }
  return undefined;
});

function trimName(text: string): string {
  return cleanSpaces(text.normalize('NFKC')).replace(/^["'“‘「(\[]+|["'”’」)\]]+$/g, '').trim();
}

/**
 * The canonical organization for any of its spellings ("蚂蚁集团", "Ant Financial", "QingCloud Technologies Inc.").
 * An unknown name comes back cleaned of its legal suffix, with `known: false`: "Foo Inc." and "foo" share a key.
 */
export function resolveOrganization(name: string): Organization {
  const text = trimName(name);
  const found = known(text);
  if (found) return { ...found, aliases: [...found.aliases] };
  const cleaned = stripLegalSuffix(text);
  return { name: cleaned, aliases: cleaned !== text ? [text] : [], key: normalizeKey(cleaned), known: false, parent: null };
}

export const isKnownOrganization = memoize((text: string): boolean => {
  const trimmed = trimName(text);
  return trimmed !== '' && known(trimmed) !== undefined;
});

/** "Individual", "独立开发者": what a schedule puts where an organization would be. */
export function isPlaceholderOrganization(text: string): boolean {
  return getCatalog().placeholders.has(normalizeKey(text));
}

/**
 * The longest known organization name at the start of `text`, as written there, with a legal suffix that follows it:
 * "青云科技 KubeSphere 研发工程师" → "青云科技", "IBM research scientist" → "IBM research".
 */
export function organizationPrefix(text: string): string | undefined {
  const tokens = tokenize(text.slice(0, 200));
  if (tokens.length === 0 || /[\p{L}\p{N}]/u.test(text.slice(0, tokens[0].start))) return undefined;
  const match = getCatalog().organizationNames.longestAt(text, tokens, 0);
  if (!match) return undefined;
  const suffix = text.slice(match.end).match(TRAILING_SUFFIX);
  let end = match.end + (suffix ? suffix[0].length : 0);
  // A Latin name must end at a word boundary; CJK names may run straight into the next word.
  if (/[A-Za-z0-9]/.test(text[end - 1] ?? '') && /[A-Za-z0-9]/.test(text[end] ?? '')) end = match.end;
  return text.slice(0, end);
}
