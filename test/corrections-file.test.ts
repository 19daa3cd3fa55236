// A corrections file as a user writes it: each mistake is a message at its line.
import { describe, expect, it } from 'vitest';
import { addCorrections } from '../ingest/corrections/edit';
import type { Correction } from '../ingest/corrections/model';
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

describe('corrections written into a file', () => {
  const every: Correction[] = [
    { kind: 'same-as', label: 'Person', name: 'Fog Dong', names: ['董天欣', 'Dong Tianxin'] },
    { kind: 'not-same', label: 'Person', names: ['王磊', 'Lei Wang'] },
    { kind: 'rename', label: 'Organization', name: 'Dao Cloud', to: 'DaoCloud' },
    { kind: 'add-speaker', talk: 'Talk:a@b', speaker: 'Priya Raman', organization: 'Contoso' },
    { kind: 'remove-speaker', talk: 'Talk:a@b', speaker: 'Lee Park' },
    { kind: 'set-organization', talk: 'Golden Paths', speaker: 'Mara Lindqvist', organization: 'Contoso' },
    { kind: 'not-a-talk', talk: 'Lunch' },
    { kind: 'not-a-talk', document: 'notes/day1.md', line: 12 },
    { kind: 'aliases', label: 'Project', name: 'Parca', aliases: ['Parca Agent'] },
  ];

  it('read back as the same corrections, each kind (file → corrections → file)', () => {
    const text = addCorrections('', every);
    expect(parseCorrections('f.yml', text)).toMatchObject({ messages: [], corrections: every.map((correction) => ({ correction })) });
    expect(addCorrections('', parseCorrections('f.yml', text).corrections.map((c) => c.correction))).toBe(text);
    // A file started empty (suggest-merges --accept into a new file) takes entries in the same block style.
    expect(addCorrections(addCorrections('', []), every)).toBe(text);
  });

  it('keep the comments and join a name to the same-as entry that already merges its person', () => {
    const text = '# ours\nsame-as:\n  - person: Fog Dong # the English name wins\n    names: [董天欣]\n';
    const added = addCorrections(text, [{ kind: 'same-as', label: 'Person', name: 'Fog Dong', names: ['Dong Tianxin'] }]);
    expect(added).toContain('# ours');
    expect(added).toContain('# the English name wins');
    expect(parseCorrections('f.yml', added).corrections.map((c) => c.correction)).toEqual([{ kind: 'same-as', label: 'Person', name: 'Fog Dong', names: ['董天欣', 'Dong Tianxin'] }]);
  });
});
