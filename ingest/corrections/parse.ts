// A corrections file (YAML) to corrections, every problem a message at its line: a file with an error yields none.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { DocumentMessage } from '../read/document';
import { correctionId, ENTITY_LABELS, LABEL_WORDS, type Correction, type EntityLabel, type PlacedCorrection } from './model';

/** The sections of the file, in the order `talkgraph` writes them. */
export const SECTIONS = ['same-as', 'not-same', 'rename', 'credits', 'not-a-talk', 'aliases'] as const;
export type Section = (typeof SECTIONS)[number];

export interface ParsedCorrections {
  corrections: PlacedCorrection[];
  messages: DocumentMessage[];
}

type Fields = Map<string, { value: YamlNode | null; line: number }>;

export function parseCorrections(file: string, text: string): ParsedCorrections {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const messages: DocumentMessage[] = [];
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined, fallback = 1): number =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  const error = (line: number, reason: string): void => void messages.push({ path: file, line, severity: 'error', reason });
  for (const problem of doc.errors) error(problem.linePos?.[0].line ?? 1, problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  if (messages.length > 0) return { corrections: [], messages };

  const corrections: PlacedCorrection[] = [];
  const add = (correction: Correction, line: number): void => {
    corrections.push({ correction, file, line, id: correctionId(correction) });
  };
  const root = doc.contents;
  if (root !== null && !isMap(root)) error(lineOf(root), 'a corrections file is a map of sections: ' + SECTIONS.join(', '));
  for (const pair of isMap(root) ? root.items : []) {
    const section = scalarText(pair.key);
    const line = lineOf(pair.key as YamlNode);
    if (!SECTIONS.includes(section as Section)) {
      error(line, `unknown section "${section}" (expected one of: ${SECTIONS.join(', ')})`);
      continue;
    }
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
    if (!isSeq(pair.value)) {
      error(line, `"${section}" is a list of entries, one per "- "`);
      continue;
    }
    for (const item of pair.value.items) {
      const at = lineOf(item as YamlNode, line);
      const problem = (reason: string): void => error(at, `${section}: ${reason}`);
      if (section === 'not-a-talk' && isScalar(item) && typeof item.value === 'string') {
        add({ kind: 'not-a-talk', talk: item.value.trim() }, at);
        continue;
      }
      const fields = fieldsOf(item, lineOf, problem);
      if (!fields) continue;
      const correction = readEntry(section as Section, fields, problem, (line, reason) => error(line, `${section}: ${reason}`));
      if (correction) add(correction, at);
    }
  }
  checkConsistency(corrections, error);
  return messages.length > 0 ? { corrections: [], messages } : { corrections, messages };
}

function fieldsOf(item: unknown, lineOf: (node: YamlNode) => number, problem: (reason: string) => void): Fields | undefined {
  if (!isMap(item)) {
    problem('an entry is a map such as "- person: Fog Dong"');
    return undefined;
  }
  const fields: Fields = new Map();
  for (const pair of item.items as Pair<YamlNode, YamlNode | null>[]) fields.set(scalarText(pair.key), { value: pair.value, line: lineOf(pair.key) });
  return fields;
}

/** One entry of a section to a correction; undefined (with a message) when it is malformed. */
function readEntry(section: Section, fields: Fields, problem: (reason: string) => void, at: (line: number, reason: string) => void): Correction | undefined {
  const allowed = new Set<string>(ALLOWED[section]);
  let ok = true;
  for (const [name, { line }] of fields) {
    if (!allowed.has(name)) {
      at(line, `unknown key "${name}" (expected: ${[...allowed].join(', ')})`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  const text = (name: string): string | undefined => {
    const field = fields.get(name);
    if (!field) return undefined;
    const value = isScalar(field.value) && (typeof field.value.value === 'string' || typeof field.value.value === 'number') ? String(field.value.value).trim() : '';
    if (value === '') at(field.line, `"${name}" needs a name`);
    return value || undefined;
  };
  const list = (name: string): string[] | undefined => {
    const field = fields.get(name);
    if (!field) return undefined;
    const items = isSeq(field.value) ? field.value.items.map(scalarText).map((s) => s.trim()) : isScalar(field.value) ? [scalarText(field.value).trim()] : [];
    if (items.length === 0 || items.some((s) => s === '')) {
      at(field.line, `"${name}" needs a list of names`);
      return undefined;
    }
    return items;
  };
  const labelled = (labels: readonly EntityLabel[]): { label: EntityLabel; word: string } | undefined => {
    const given = labels.filter((label) => fields.has(LABEL_WORDS[label]));
    if (given.length !== 1) {
      problem(`give exactly one of ${labels.map((l) => `"${LABEL_WORDS[l]}"`).join(', ')}`);
      return undefined;
    }
    return { label: given[0], word: LABEL_WORDS[given[0]] };
  };
  const required = (name: string): void => problem(`"${name}" is missing`);

  switch (section) {
    case 'same-as': {
      const which = labelled(ENTITY_LABELS);
      const name = which && text(which.word);
      const names = list('names');
      if (!fields.has('names')) required('names');
      return which && name && names ? { kind: 'same-as', label: which.label, name, names: names.filter((n) => n !== name) } : undefined;
    }
    case 'not-same': {
      const which = labelled(ENTITY_LABELS);
      const names = which && list(which.word);
      if (names && names.length !== 2) {
        problem(`"${which!.word}" lists the two names kept apart`);
        return undefined;
      }
      return which && names ? { kind: 'not-same', label: which.label, names: [names[0], names[1]] } : undefined;
    }
    case 'rename': {
      const which = labelled(ENTITY_LABELS);
      const name = which && text(which.word);
      const to = text('to');
      if (!fields.has('to')) required('to');
      return which && name && to ? { kind: 'rename', label: which.label, name, to } : undefined;
    }
    case 'credits': {
      const talk = text('talk');
      if (!fields.has('talk')) required('talk');
      const adding = text('add-speaker');
      const removing = text('remove-speaker');
      const speaker = text('speaker');
      const organization = text('organization');
      if ([adding, removing, speaker].filter(Boolean).length !== 1) {
        problem('give one of "add-speaker", "remove-speaker", or "speaker" with "organization"');
        return undefined;
      }
      if (!talk) return undefined;
      if (adding) return { kind: 'add-speaker', talk, speaker: adding, ...(organization ? { organization } : {}) };
      if (removing) {
        if (organization) problem('"organization" goes with "add-speaker" or "speaker", not "remove-speaker"');
        return organization ? undefined : { kind: 'remove-speaker', talk, speaker: removing };
      }
      if (!organization) required('organization');
      return organization ? { kind: 'set-organization', talk, speaker: speaker!, organization } : undefined;
    }
    case 'not-a-talk': {
      const talk = text('talk');
      const document = text('document');
      const lineField = fields.get('line');
      const line = lineField && isScalar(lineField.value) ? Number(lineField.value.value) : undefined;
      if (talk && !document && !lineField) return { kind: 'not-a-talk', talk };
      if (!talk && document && line !== undefined && Number.isInteger(line) && line > 0) return { kind: 'not-a-talk', document, line };
      problem('give "talk", or "document" with a "line" number');
      return undefined;
    }
    case 'aliases': {
      const which = labelled(['Project', 'Organization']);
      const name = which && text(which.word);
      const aliases = list('aliases');
      if (!fields.has('aliases')) required('aliases');
      return which && name && aliases ? { kind: 'aliases', label: which.label as 'Project' | 'Organization', name, aliases } : undefined;
    }
  }
}

const ALLOWED: Record<Section, readonly string[]> = {
  'same-as': [...ENTITY_LABELS.map((l) => LABEL_WORDS[l]), 'names'],
  'not-same': ENTITY_LABELS.map((l) => LABEL_WORDS[l]),
  rename: [...ENTITY_LABELS.map((l) => LABEL_WORDS[l]), 'to'],
  credits: ['talk', 'add-speaker', 'remove-speaker', 'speaker', 'organization'],
  'not-a-talk': ['talk', 'document', 'line'],
  aliases: ['project', 'organization', 'aliases'],
};

/** Corrections that cannot all hold: a name merged into two entities, or merged where it is kept apart. */
function checkConsistency(corrections: PlacedCorrection[], error: (line: number, reason: string) => void): void {
  const mergedInto = new Map<string, { name: string; line: number }>();
  const fold = (label: string, name: string): string => `${label}\t${name.normalize('NFKC').toLowerCase()}`;
  for (const { correction: c, line } of corrections) {
    if (c.kind !== 'same-as') continue;
    for (const name of [c.name, ...c.names]) {
      const known = mergedInto.get(fold(c.label, name));
      if (known && known.name !== c.name) error(line, `same-as: "${name}" is already merged into "${known.name}" on line ${known.line}`);
      else mergedInto.set(fold(c.label, name), { name: c.name, line });
    }
  }
  for (const { correction: c, line } of corrections) {
    if (c.kind !== 'not-same') continue;
    const [a, b] = c.names.map((name) => mergedInto.get(fold(c.label, name)));
    if (a && b && a.name === b.name) error(line, `not-same: "${c.names[0]}" and "${c.names[1]}" are merged by same-as on line ${a.line}`);
  }
}

function scalarText(node: unknown): string {
  return isScalar(node) ? String(node.value ?? '') : '';
}
