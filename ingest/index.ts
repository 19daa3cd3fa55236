// The ingest module's front: everything the CLI, api/, export/ and bench/ use of ingest/ comes through this file, so
// what lies behind it (read, extract, resolve, load, corrections) can be re-cut without touching its users.
export { extractDocuments, explainFiles, extractFile, graphJson, mergeGraphs, type ExtractOptions, type ExtractResult } from './pipeline';
export { ingestDocuments, type IngestOptions, type IngestSummary } from './ingest';
export { clearGraph, loadDocuments, type LoadSummary } from './load';
export { readStream, threadsFor } from './extract-stream';
export { discoverDocuments } from './read/discover';
export type { DocumentMessage } from './read/document';
export { organizationKey, personKey, projectKey, topicKey } from './resolve/keys';
export {
  CompiledCorrections,
  correctionId,
  CORRECTIONS_FILE,
  correctionsFiles,
  loadCorrections,
  type Correction,
  type PlacedCorrection,
} from './corrections';
export { addCorrections } from './corrections/edit';
export type { EntityLabel } from './corrections/model';
export { parseCorrections } from './corrections/parse';
export { mergeCandidates, sameAsOf, suggestMerges, type MergeCandidate, type MergeSuggestion } from './corrections/suggest';
