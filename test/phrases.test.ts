// The gazetteer's phrase dictionary: the longest name at each place, over word boundaries a name may span.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../ingest/gazetteer/normalize';
import { PhraseIndex } from '../ingest/gazetteer/phrases';

function names(index: PhraseIndex<string>, text: string): string[] {
  return index.scan(text, tokenize(text)).map((match) => `${match.values.join('+')}=${text.slice(match.start, match.end)}`);
}

describe('the phrase dictionary', () => {
  const index = new PhraseIndex<string>();
  index.add('fluent', 'Fluent');
  index.add('fluentbit', 'Fluent Bit');
  index.add('fluentbitoperator', 'Fluent Bit Operator');
  index.add('cicd', 'CI/CD');
  index.add('蚂蚁集团', 'Ant Group');
  index.add('kröhling', 'Kröhling');
  // Enough names that the trie outgrows its first tables.
  for (let n = 0; n < 5000; n += 1) index.add(`name${n.toString(36)}x`, `Name ${n}`);

  it('finds the longest name at each place, however its words are joined or cased', () => {
    expect(names(index, 'Fluent Bit, fluent-bit and FluentBit Operator; Fluent alone')).toEqual([
      'Fluent Bit=Fluent Bit',
      'Fluent Bit=fluent-bit',
      'Fluent Bit Operator=FluentBit Operator',
      'Fluent=Fluent',
    ]);
    expect(names(index, 'CI/CD at 蚂蚁集团 with KRÖHLING')).toEqual(['CI/CD=CI/CD', 'Ant Group=蚂蚁集团', 'Kröhling=KRÖHLING']);
  });

  it('does not join words across other punctuation or wide gaps', () => {
    expect(names(index, 'Fluent: Bit')).toEqual(['Fluent=Fluent']);
    expect(names(index, 'Fluent     Bit')).toEqual(['Fluent=Fluent']);
  });

  it('keeps every name among many, and only whole names', () => {
    expect(names(index, 'name0x namezzx name3ghx name3gh name4000x')).toEqual(['Name 0=name0x', 'Name 1295=namezzx', 'Name 4481=name3ghx']);
    expect(index.get('fluentbit')).toEqual(['Fluent Bit']);
  });
});
