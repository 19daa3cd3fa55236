// One run over files, shared by both jobs (extract and ingest): the corrections file loaded, the files discovered, and
// each file's document streamed in file order, with every message and failure recorded once, in one place.
import type { DocumentGraph } from '../graph/model';
import { correctDocument, loadCorrections, unmatchedNames, type LoadedCorrections } from './corrections';
import { extractStream, type StreamOptions } from './extract-stream';
import { discoverDocuments, discoveryMessages } from './read/discover';
import type { DocumentMessage } from './read/document';

export interface DocumentsOptions extends StreamOptions {
  onProgress?: (done: number, total: number) => void;
  /** Record the files' messages and failures (false when reading documents again that were reported before). */
  report?: boolean;
}

export class DocumentRun {
  /** Every message of the run, in the order things happened. */
  readonly messages: DocumentMessage[] = [];
  /** Files (or paths given) that could not be read as documents. */
  readonly failed: string[] = [];
  /** Files not ingested without being at fault (an empty file is a warning, not a failure). */
  readonly skipped: string[] = [];
  /** The document files under the paths given, in order. */
  files: string[] = [];
  /** "id\tname" of every name of a correction that matched something in a document of this run. */
  private readonly matched = new Set<string>();

  private constructor(readonly corrections: LoadedCorrections) {}

  /**
   * Loads the corrections and discovers the files. A corrections file with an error would be half applied: then the
   * run is `refused`, its messages say why, and no file may be read.
   */
  static async open(paths: string[], correctionsFile?: string): Promise<DocumentRun> {
    const run = new DocumentRun(loadCorrections(paths, correctionsFile));
    if (run.refused) {
      run.messages.push(...run.corrections.messages);
      run.failed.push(...run.corrections.files);
      return run;
    }
    const { files, missing, skipped } = await discoverDocuments(paths);
    run.files = files;
    run.messages.push(...discoveryMessages(missing, skipped));
    run.failed.push(...missing.map((m) => m.input));
    return run;
  }

  get refused(): boolean {
    return this.corrections.messages.length > 0;
  }

  /** Whether the corrections let a person alias ("aliasKey\tpersonKey") stand. */
  readonly allowsAlias = (pair: string): boolean => this.corrections.set.allowsAlias(pair);

  /** Each file's document, in file order; a file that gives none is recorded (a message, and failed or skipped). */
  async *documents(files: string[], options: DocumentsOptions = {}): AsyncGenerator<{ file: string; document: DocumentGraph }> {
    const report = options.report ?? true;
    let done = 0;
    for await (const { file, extraction } of extractStream(files, options)) {
      options.onProgress?.(++done, files.length);
      if ('reason' in extraction) {
        if (report) {
          this.messages.push(extraction);
          (extraction.severity === 'error' ? this.failed : this.skipped).push(file);
        }
        continue;
      }
      if (report) this.messages.push(...extraction.messages);
      yield { file, document: extraction.document };
    }
  }

  /** The document with the corrections applied; the names they matched are remembered for unmatchedCorrections. */
  correct(document: DocumentGraph): DocumentGraph {
    const corrected = correctDocument(document, this.corrections);
    for (const name of corrected.matched) this.matched.add(name);
    return corrected.document;
  }

  /** A warning for each correction's name that matched nothing in the documents corrected so far. */
  unmatchedCorrections(): DocumentMessage[] {
    return unmatchedNames(this.corrections.set.corrections, this.matched);
  }
}
