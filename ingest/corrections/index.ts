// Where a run's corrections come from (an option, TALKGRAPH_CORRECTIONS, or talkgraph.corrections.yml in a corpus
// folder), read and checked once per run, and which of their names matched nothing once the documents are through.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DocumentGraph } from '../../graph/model';
import type { DocumentMessage } from '../read/document';
import { applyCorrections, CompiledCorrections, type CorrectedDocument } from './apply';
import { LABEL_WORDS, matchKey, type PlacedCorrection } from './model';
import { parseCorrections } from './parse';

export { applyCorrections, CompiledCorrections, type CorrectedDocument } from './apply';
export { correctionId, type Correction, type PlacedCorrection } from './model';

export const CORRECTIONS_FILE = 'talkgraph.corrections.yml';

export interface LoadedCorrections {
  /** The files read, as found or given. */
  files: string[];
  set: CompiledCorrections;
  /** Errors in the files: with any, the run must not go on (the corrections would be half applied). */
  messages: DocumentMessage[];
  /** Part of each document's extractor fingerprint: other corrections re-derive every document. Empty without any. */
  fingerprint: string;
}

/** The corrections files of a run: the one given, else TALKGRAPH_CORRECTIONS, else one in each folder of PATHS. */
export function correctionsFiles(paths: string[], given = process.env.TALKGRAPH_CORRECTIONS): string[] {
  if (given) return [given];
  return paths.map((p) => join(p, CORRECTIONS_FILE)).filter((file) => isDirectoryFile(file));
}

export function loadCorrections(paths: string[], given?: string): LoadedCorrections {
  const files = correctionsFiles(paths, given);
  const messages: DocumentMessage[] = [];
  const corrections: PlacedCorrection[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      messages.push({ path: file, severity: 'error', reason: `cannot read the corrections file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    const parsed = parseCorrections(file, text);
    messages.push(...parsed.messages);
    corrections.push(...parsed.corrections.map((placed) => withDocumentPath(placed)));
  }
  if (messages.length > 0) return { files, set: new CompiledCorrections([]), messages, fingerprint: '' };
  const ids = [...new Set(corrections.map((c) => c.id))].sort();
  const fingerprint = ids.length > 0 ? createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 12) : '';
  return { files, set: new CompiledCorrections(corrections), messages, fingerprint };
}

/** The extractor fingerprint of documents corrected by these corrections. */
export function correctedFingerprint(extractor: string, loaded: Pick<LoadedCorrections, 'fingerprint'>): string {
  return loaded.fingerprint ? `${extractor}+${loaded.fingerprint}` : extractor;
}

/** A warning for each name of a correction that matched nothing in any document; `matched` holds matchKey's marks. */
export function unmatchedNames(corrections: readonly PlacedCorrection[], matched: ReadonlySet<string>): DocumentMessage[] {
  const messages: DocumentMessage[] = [];
  for (const placed of corrections) {
    const c = placed.correction;
    const hit = (name: string): boolean => matched.has(matchKey(placed, name));
    // The message is at the correction's line: its id, which spells out every name, is cut short there.
    const named = placed.id.length > 120 ? `${placed.id.slice(0, 119)}…` : placed.id;
    const warn = (what: string): void => void messages.push({ path: placed.file, line: placed.line, severity: 'warning', reason: `${named}: ${what} matches nothing in the documents` });
    switch (c.kind) {
      case 'same-as':
        for (const name of c.names) if (!hit(name)) warn(`${LABEL_WORDS[c.label]} "${name}"`);
        break;
      case 'rename':
        if (!hit(c.name)) warn(`${LABEL_WORDS[c.label]} "${c.name}"`);
        break;
      case 'aliases':
        if (![c.name, ...c.aliases].some(hit)) warn(`${LABEL_WORDS[c.label]} "${c.name}"`);
        break;
      case 'add-speaker':
      case 'remove-speaker':
      case 'set-organization':
        if (!hit(c.talk)) warn(`talk "${c.talk}"`);
        else if (!hit(c.speaker)) warn(`speaker "${c.speaker}" of that talk`);
        break;
      case 'not-a-talk':
        if (!hit('talk' in c ? c.talk : `${c.document}:${c.line}`)) warn('talk' in c ? `talk "${c.talk}"` : `a talk on ${c.document}:${c.line}`);
        break;
      case 'not-same':
        break;
    }
  }
  return messages;
}

/** A document named in a corrections file is relative to the file's folder, or else to the working folder. */
function withDocumentPath(placed: PlacedCorrection): PlacedCorrection {
  const c = placed.correction;
  if (c.kind !== 'not-a-talk' || !('document' in c)) return placed;
  const besideFile = resolve(dirname(placed.file), c.document);
  return { ...placed, correction: { ...c, document: existsSync(besideFile) ? besideFile : resolve(c.document) } };
}

function isDirectoryFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** One document corrected, its fingerprint saying by which corrections: the same in `extract` and `ingest`. */
export function correctDocument(document: DocumentGraph, loaded: LoadedCorrections): CorrectedDocument {
  const corrected = applyCorrections(document, loaded.set);
  const record = corrected.document.document;
  if (loaded.fingerprint && record.extractor) corrected.document.document = { ...record, extractor: correctedFingerprint(record.extractor, loaded) };
  return corrected;
}
