// Corrections written into a corrections file's text, keeping its comments and order: what accepting a suggestion
// and the API's mutation do. A name already merged by an entry joins that entry rather than starting a second one.
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { LABEL_WORDS, type Correction } from './model';
import type { Section } from './parse';

const HEADER = '# talkgraph corrections: applied on every extract and ingest of this folder (see the README, "Correcting the graph").\n';

/** The file's text with the corrections added; an empty or missing file starts with a header comment. */
export function addCorrections(text: string, corrections: Correction[]): string {
  if (corrections.length === 0) return text.trim() === '' ? HEADER : text;
  const doc = parseDocument(text.trim() === '' ? HEADER : text);
  if (doc.errors.length > 0) throw new Error(`the corrections file does not parse: ${doc.errors[0].message}`);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  // An empty file's "{}" would make every entry a flow map on one line.
  if (isMap(doc.contents) && doc.contents.items.length === 0) doc.contents.flow = false;
  for (const correction of corrections) add(doc, correction);
  return doc.toString({ lineWidth: 0 });
}

function add(doc: Document, c: Correction): void {
  const { section, entry } = entryOf(c);
  const root = doc.contents as YAMLMap;
  const found: unknown = root.get(section, true);
  const seq = isSeq(found) ? found : new YAMLSeq();
  if (seq !== found) root.set(section, seq);
  if (c.kind === 'same-as' && joinSameAs(doc, seq, c)) return;
  const node = doc.createNode(entry) as YAMLMap;
  // Lists of names stay on the entry's line: ["董天欣", "Dong Tianxin"].
  for (const pair of node.items) if (isSeq(pair.value)) pair.value.flow = true;
  seq.items.push(node);
}

/** Adds the names to the same-as entry that already merges one of them; false when none does. */
function joinSameAs(doc: Document, seq: YAMLSeq, c: Extract<Correction, { kind: 'same-as' }>): boolean {
  const word = LABEL_WORDS[c.label];
  const wanted = [c.name, ...c.names];
  for (const item of seq.items) {
    if (!isMap(item) || !item.has(word)) continue;
    const canonical = String(item.get(word));
    const names = item.get('names', true);
    const known = [canonical, ...(isSeq(names) ? names.items.map((n) => String(isScalar(n) ? n.value : n)) : [])];
    if (!wanted.some((name) => known.includes(name))) continue;
    const list = isSeq(names) ? names : (doc.createNode([]) as YAMLSeq);
    list.flow = true;
    for (const name of wanted) if (!known.includes(name)) list.items.push(doc.createNode(name));
    item.set('names', list);
    return true;
  }
  return false;
}

/** Where a correction goes in the file and how its entry reads. */
export function entryOf(c: Correction): { section: Section; entry: Record<string, string | number | string[]> } {
  switch (c.kind) {
    case 'same-as':
      return { section: 'same-as', entry: { [LABEL_WORDS[c.label]]: c.name, names: c.names } };
    case 'not-same':
      return { section: 'not-same', entry: { [LABEL_WORDS[c.label]]: [...c.names] } };
    case 'rename':
      return { section: 'rename', entry: { [LABEL_WORDS[c.label]]: c.name, to: c.to } };
    case 'add-speaker':
      return { section: 'credits', entry: { talk: c.talk, 'add-speaker': c.speaker, ...(c.organization ? { organization: c.organization } : {}) } };
    case 'remove-speaker':
      return { section: 'credits', entry: { talk: c.talk, 'remove-speaker': c.speaker } };
    case 'set-organization':
      return { section: 'credits', entry: { talk: c.talk, speaker: c.speaker, organization: c.organization } };
    case 'not-a-talk':
      return { section: 'not-a-talk', entry: 'talk' in c ? { talk: c.talk } : { document: c.document, line: c.line } };
    case 'aliases':
      return { section: 'aliases', entry: { [LABEL_WORDS[c.label]]: c.name, aliases: c.aliases } };
  }
}
