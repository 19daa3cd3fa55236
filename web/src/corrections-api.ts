// What the corrections panel asks of the API: suggestions, the corrections in force, and writing one, over the
// page's GraphQL client (a server not started with --allow-corrections answers a write with FORBIDDEN).
import { GraphQLClient } from './api-client';
import { ADD_CORRECTION, CORRECTIONS, MERGE_SUGGESTIONS } from './corrections-queries';

export type CorrectedLabel = 'Person' | 'Organization' | 'Project' | 'Event';

export interface MergeSuggestionView {
  label: CorrectedLabel;
  keep: { id: string; name: string };
  merge: { id: string; name: string };
  score: number;
  evidence: string[];
}

export interface CorrectionView {
  id: string;
  file: string | null;
  line: number | null;
  documents: number;
}

export type CorrectionRequest =
  | { kind: 'SAME_AS'; label: CorrectedLabel; name: string; names: string[] }
  | { kind: 'NOT_A_TALK'; talk: string };

export interface CorrectionsApi {
  suggestions(first: number): Promise<MergeSuggestionView[]>;
  inForce(): Promise<CorrectionView[]>;
  add(correction: CorrectionRequest): Promise<{ correction: CorrectionView; written: number; messages: string[] }>;
}

export function createCorrectionsApi(client = new GraphQLClient()): CorrectionsApi {
  return {
    suggestions: async (first) => (await client.request<{ mergeSuggestions: MergeSuggestionView[] }>(MERGE_SUGGESTIONS, { first })).mergeSuggestions,
    inForce: async () => (await client.request<{ corrections: CorrectionView[] }>(CORRECTIONS)).corrections,
    add: async (correction) =>
      (await client.request<{ addCorrection: { correction: CorrectionView; written: number; messages: string[] } }>(ADD_CORRECTION, { correction })).addCorrection,
  };
}
