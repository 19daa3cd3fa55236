// Writing corrections from the API: into the corpus's corrections file, then the corpus ingested again to apply
// them. Only a server started with --allow-corrections has one; writes run one at a time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Executor } from '../db/executor';
import { CORRECTIONS_FILE, correctionsFiles, loadCorrections, addCorrections, correctionId, type Correction, type PlacedCorrection, parseCorrections, ingestDocuments, type DocumentMessage } from '../ingest';

export interface WrittenCorrection {
  placed: PlacedCorrection;
  written: number;
  messages: DocumentMessage[];
}

export class CorrectionsWriter {
  /** The file written: the one given or found for the corpus, else a new one in its first folder. */
  readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly executor: Executor,
    /** The corpus as `ingest` was given it. */
    readonly paths: string[],
    given?: string,
  ) {
    this.file = correctionsFiles(paths, given)[0] ?? join(paths[0], CORRECTIONS_FILE);
  }

  /**
   * A file of the corpus as the API shows it: from the corrections file's folder by name (`notes/talk.md`), as document
   * keys are, never where the corpus is on this machine.
   */
  shown(file: string): string {
    const folder = dirname(resolve(this.file));
    return relative(dirname(folder), resolve(file)).split(sep).join('/');
  }

  /** The corrections of the file as it is now (none when it has an error: ingest would refuse it too). */
  list(): PlacedCorrection[] {
    return loadCorrections(this.paths, this.file).set.corrections;
  }

  /** Adds the correction unless the file cannot hold it (a message says why), then ingests the corpus again. */
  add(correction: Correction): Promise<WrittenCorrection | { problems: DocumentMessage[] }> {
    const run = this.queue.then(async () => {
      const before = existsSync(this.file) ? readFileSync(this.file, 'utf8') : '';
      const after = addCorrections(before, [correction]);
      const parsed = parseCorrections(this.file, after);
      if (parsed.messages.length > 0) return { problems: parsed.messages };
      writeFileSync(this.file, after);
      const summary = await ingestDocuments(this.executor, this.paths, { prune: true, corrections: this.file });
      const placed = parsed.corrections.find((c) => c.id === correctionId(correction)) ?? parsed.corrections.find((c) => joined(c.correction, correction))!;
      return { placed, written: summary.written, messages: summary.messages };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** The same-as entry a same-as correction joined: it holds all its names. */
function joined(entry: Correction, added: Correction): boolean {
  if (entry.kind !== 'same-as' || added.kind !== 'same-as' || entry.label !== added.label) return false;
  const names = [entry.name, ...entry.names];
  return [added.name, ...added.names].every((name) => names.includes(name));
}
