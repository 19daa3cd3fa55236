// The GraphQL documents of the corrections panel, checked against schema.graphql by test/web-corrections.test.ts.

export const MERGE_SUGGESTIONS = `query MergeSuggestions($first: Int!) {
  mergeSuggestions(first: $first) { label score evidence keep { id name } merge { id name } }
}`;

export const CORRECTIONS = `query Corrections { corrections { id file line documents } }`;

export const ADD_CORRECTION = `mutation AddCorrection($correction: CorrectionInput!) {
  addCorrection(correction: $correction) { written messages correction { id file line documents } }
}`;
