// What the corrections panel asks of the API: suggestions, the corrections in force, and writing one, over the
// page's GraphQL client (a server not started with --allow-corrections answers a write with FORBIDDEN).
import { GraphQLClient } from './api-client';
import { ADD_CORRECTION, CORRECTIONS, MERGE_SUGGESTIONS } from './corrections-queries';
import type {
  AddCorrectionMutation,
  AddCorrectionMutationVariables,
  CorrectedLabel,
  CorrectionsQuery,
  CorrectionsQueryVariables,
  MergeSuggestionsQuery,
  MergeSuggestionsQueryVariables,
} from './operation-types';

export type { CorrectedLabel } from './operation-types';

export type MergeSuggestionView = MergeSuggestionsQuery['mergeSuggestions'][number];

export type CorrectionView = CorrectionsQuery['corrections'][number];

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
    suggestions: async (first) => (await client.request<MergeSuggestionsQuery, MergeSuggestionsQueryVariables>(MERGE_SUGGESTIONS, { first })).mergeSuggestions,
    inForce: async () => (await client.request<CorrectionsQuery, CorrectionsQueryVariables>(CORRECTIONS, {})).corrections,
    add: async (correction) => (await client.request<AddCorrectionMutation, AddCorrectionMutationVariables>(ADD_CORRECTION, { correction })).addCorrection,
  };
}
