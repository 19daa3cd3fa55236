// A corrections file as a user writes it: each mistake is a message at its line.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../ingest/corrections/parse';

describe('a corrections file with mistakes', () => {
  const messages = (text: string) => parseCorrections('fix.yml', text).messages.map((m) => `${m.path}:${m.line}: ${m.severity}: ${m.reason}`);

  it('points at unknown sections and keys, malformed entries and contradictions', () => {
    expect(messages('same-as:\n  - person: A\n    names: [B]\nmerge:\n  - x\n')).toEqual([
      'fix.yml:4: error: unknown section "merge" (expected one of: same-as, not-same, rename, credits, not-a-talk, aliases)',
    ]);
    expect(messages('rename:\n  - person: A\n    too: B\n')).toEqual(['fix.yml:3: error: rename: unknown key "too" (expected: person, organization, project, event, to)']);
    expect(messages('credits:\n  - talk: T\n    add-speaker: A\n    remove-speaker: B\n')).toEqual([
      'fix.yml:2: error: credits: give one of "add-speaker", "remove-speaker", or "speaker" with "organization"',
    ]);
    expect(messages('not-a-talk:\n  - document: a.md\n')).toEqual(['fix.yml:2: error: not-a-talk: give "talk", or "document" with a "line" number']);
    expect(messages('same-as:\n  - person: A\n    names: [B]\nnot-same:\n  - person: [A, B]\n')).toEqual([
      'fix.yml:5: error: not-same: "A" and "B" are merged by same-as on line 2',
    ]);
    expect(messages('same-as:\n  - person: [A\n')).toEqual(['fix.yml:3: error: Flow sequence in block collection must be sufficiently indented and end with a ]']);
  });

});
