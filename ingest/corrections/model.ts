// What a corrections file says, one entry per correction, each with the line it was written on.
import type { NodeLabel } from '../../graph/model';

/** The entities a user can merge, keep apart or rename. */
export type EntityLabel = Extract<NodeLabel, 'Person' | 'Organization' | 'Project' | 'Event'>;
export const ENTITY_LABELS: readonly EntityLabel[] = ['Person', 'Organization', 'Project', 'Event'];

/** The file's spelling of each label: `person: Fog Dong`. */
export const LABEL_WORDS: Record<EntityLabel, string> = { Person: 'person', Organization: 'organization', Project: 'project', Event: 'event' };

export type Correction =
  /** These names are one entity, shown as `name`. */
  | { kind: 'same-as'; label: EntityLabel; name: string; names: string[] }
  /** These two names are two entities, whatever a document or a suggestion says. */
  | { kind: 'not-same'; label: EntityLabel; names: [string, string] }
  | { kind: 'rename'; label: EntityLabel; name: string; to: string }
  | { kind: 'add-speaker'; talk: string; speaker: string; organization?: string }
  | { kind: 'remove-speaker'; talk: string; speaker: string }
  | { kind: 'set-organization'; talk: string; speaker: string; organization: string }
  /** A talk by key, id or title; or whatever talk a document states on a line. */
  | { kind: 'not-a-talk'; talk: string }
  | { kind: 'not-a-talk'; document: string; line: number }
  /** More names of a project or organization, which also find the project in talk titles and abstracts. */
  | { kind: 'aliases'; label: 'Project' | 'Organization'; name: string; aliases: string[] };

export type CorrectionKind = Correction['kind'];

/** A correction as read: where it was written, so that a name matching nothing can be pointed at. */
export interface PlacedCorrection {
  correction: Correction;
  /** The corrections file, as it was found or given. */
  file: string;
  line: number;
  /** How the graph names the correction that made a change (the `corrections` property); unique in a set. */
  id: string;
}

/** The one-line name a correction goes by in the graph and in messages. */
export function correctionId(c: Correction): string {
  const q = JSON.stringify;
  switch (c.kind) {
    case 'same-as':
      return `same-as ${LABEL_WORDS[c.label]} ${q(c.name)} = ${c.names.map((n) => q(n)).join(', ')}`;
    case 'not-same':
      return `not-same ${LABEL_WORDS[c.label]} ${q(c.names[0])} / ${q(c.names[1])}`;
    case 'rename':
      return `rename ${LABEL_WORDS[c.label]} ${q(c.name)} to ${q(c.to)}`;
    case 'add-speaker':
      return `add-speaker ${q(c.speaker)}${c.organization ? ` (${q(c.organization)})` : ''} to ${q(c.talk)}`;
    case 'remove-speaker':
      return `remove-speaker ${q(c.speaker)} from ${q(c.talk)}`;
    case 'set-organization':
      return `set-organization of ${q(c.speaker)} to ${q(c.organization)} for ${q(c.talk)}`;
    case 'not-a-talk':
      return 'talk' in c ? `not-a-talk ${q(c.talk)}` : `not-a-talk ${c.document}:${c.line}`;
    case 'aliases':
      return `aliases of ${LABEL_WORDS[c.label]} ${q(c.name)}: ${c.aliases.map((n) => q(n)).join(', ')}`;
  }
}

/**
 * How a document says that one of a correction's names matched something in it: by the correction's place, not its id
 * (which spells out every name: a correction of thousands of names would make each mark that long).
 */
export function matchKey(placed: Pick<PlacedCorrection, 'file' | 'line'>, name: string): string {
  return `${placed.file}:${placed.line}\t${name}`;
}
