// corrections, mergeSuggestions and addCorrection: checks, then one query or one write each.
import { CompiledCorrections, type Correction, type EntityLabel, suggestMerges, type MergeCandidate } from '../../ingest';
import type { ApiContext } from '../context';
import { correctionsInForceQuery, mergeCandidatesQuery } from '../queries/corrections';
import { badUserInput, forbidden } from '../errors';
import { checkRange } from '../pagination';

const KINDS = {
  SAME_AS: 'same-as',
  NOT_SAME: 'not-same',
  RENAME: 'rename',
  ADD_SPEAKER: 'add-speaker',
  REMOVE_SPEAKER: 'remove-speaker',
  SET_ORGANIZATION: 'set-organization',
  NOT_A_TALK: 'not-a-talk',
  ALIASES: 'aliases',
} as const;

interface CorrectionInput {
  kind: keyof typeof KINDS;
  label?: EntityLabel | null;
  name?: string | null;
  names?: string[] | null;
  to?: string | null;
  talk?: string | null;
  speaker?: string | null;
  organization?: string | null;
  document?: string | null;
  line?: number | null;
  aliases?: string[] | null;
}

interface CorrectionInForce {
  id: string;
  file: string | null;
  line: number | null;
  documents: number;
}

export const correctionQueryResolvers = {
  corrections: async (_root: unknown, _args: unknown, { data, corrections }: ApiContext): Promise<CorrectionInForce[]> => {
    const rows = await data.run(correctionsInForceQuery());
    const recorded = new Map(rows.map((row) => [String(row.id), Number(row.documents)]));
    if (!corrections) return [...recorded].map(([id, documents]) => ({ id, file: null, line: null, documents }));
    return corrections.list().map((placed) => ({ id: placed.id, file: corrections.shown(placed.file), line: placed.line, documents: recorded.get(placed.id) ?? 0 }));
  },

  mergeSuggestions: async (_root: unknown, { first }: { first: number }, { data, corrections }: ApiContext) => {
    checkRange('first', first, 1, 100);
    const candidates = (await data.run(mergeCandidatesQuery())) as unknown as MergeCandidate[];
    const suggestions = suggestMerges(candidates, corrections ? new CompiledCorrections(corrections.list()) : undefined, first);
    return suggestions.map((s) => ({ ...s, keep: data.node(s.keep.id), merge: data.node(s.merge.id) }));
  },
};

export const correctionMutationResolvers = {
  addCorrection: async (_root: unknown, { correction }: { correction: CorrectionInput }, { data, corrections }: ApiContext) => {
    if (!corrections) throw forbidden('This server does not write corrections: start it with --allow-corrections to allow it.');
    const result = await corrections.add(correctionOf(correction));
    if ('problems' in result) throw badUserInput(result.problems.map((m) => m.reason).join('; '), 'correction');
    const recorded = await data.run(correctionsInForceQuery());
    const documents = Number(recorded.find((row) => row.id === result.placed.id)?.documents ?? 0);
    return {
      correction: { id: result.placed.id, file: corrections.shown(result.placed.file), line: result.placed.line, documents },
      written: result.written,
      messages: result.messages.map((m) => `${corrections.shown(m.path)}${m.line ? `:${m.line}` : ''}: ${m.severity}: ${m.reason}`),
    };
  },
};

/** The input as a correction, every field its kind needs present. */
function correctionOf(input: CorrectionInput): Correction {
  const need = <T>(value: T | null | undefined, field: string): T => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) {
      throw badUserInput(`A ${input.kind} correction needs "${field}".`, field);
    }
    return typeof value === 'string' ? (value.trim() as T) : value;
  };
  switch (input.kind) {
    case 'SAME_AS':
      return { kind: KINDS.SAME_AS, label: need(input.label, 'label'), name: need(input.name, 'name'), names: need(input.names, 'names') };
    case 'NOT_SAME': {
      const names = need(input.names, 'names');
      if (names.length !== 2) throw badUserInput('A NOT_SAME correction names two entities.', 'names');
      return { kind: KINDS.NOT_SAME, label: need(input.label, 'label'), names: [names[0], names[1]] };
    }
    case 'RENAME':
      return { kind: KINDS.RENAME, label: need(input.label, 'label'), name: need(input.name, 'name'), to: need(input.to, 'to') };
    case 'ADD_SPEAKER':
      return { kind: KINDS.ADD_SPEAKER, talk: need(input.talk, 'talk'), speaker: need(input.speaker, 'speaker'), ...(input.organization ? { organization: input.organization } : {}) };
    case 'REMOVE_SPEAKER':
      return { kind: KINDS.REMOVE_SPEAKER, talk: need(input.talk, 'talk'), speaker: need(input.speaker, 'speaker') };
    case 'SET_ORGANIZATION':
      return { kind: KINDS.SET_ORGANIZATION, talk: need(input.talk, 'talk'), speaker: need(input.speaker, 'speaker'), organization: need(input.organization, 'organization') };
    case 'NOT_A_TALK':
      return input.document ? { kind: KINDS.NOT_A_TALK, document: input.document, line: need(input.line, 'line') } : { kind: KINDS.NOT_A_TALK, talk: need(input.talk, 'talk') };
    case 'ALIASES': {
      const label = need(input.label, 'label');
      if (label !== 'Project' && label !== 'Organization') throw badUserInput('ALIASES is for a Project or an Organization.', 'label');
      return { kind: KINDS.ALIASES, label, name: need(input.name, 'name'), aliases: need(input.aliases, 'aliases') };
    }
  }
}
