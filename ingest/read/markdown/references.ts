// Reference-style links and their definitions kept as mdast has them (linkReference, definition), where markdown-it
// would resolve them into plain links and drop the definitions.
import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';
import { ruleNamed } from './rules';

interface Reference {
  href: string;
  title: string;
}
type References = Record<string, Reference>;

interface ReferenceEnv {
  references?: References;
}

/** What a definition token carries into the tree. */
export interface DefinitionMeta {
  identifier: string;
  url: string;
  title: string | null;
}

/** What a link or image token carries when it was written as a reference. */
export interface ReferenceMeta {
  reference: 'full' | 'collapsed' | 'shortcut';
  identifier: string;
  label: string;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

function definitionRule(original: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const env = state.env as ReferenceEnv;
    const known = env.references;
    const fresh: References = {};
    env.references = fresh;
    const found = original(state, startLine, endLine, silent);
    env.references = known ?? {};
    if (!found || silent) return found;
    const [label, reference] = Object.entries(fresh)[0] ?? [];
    // The first definition of a label wins, as in CommonMark; a later one is still a definition node.
    if (label !== undefined && reference && env.references[label] === undefined) env.references[label] = reference;
    const token = state.push('definition', '', 0);
    token.map = [startLine, state.line];
    const meta: DefinitionMeta = { identifier: (label ?? '').toLowerCase(), url: reference?.href ?? '', title: reference?.title || null };
    token.meta = meta;
    return true;
  };
}

/** Runs markdown-it's link (or image) rule first without references: what it then finds is an inline link. */
function referenceRule(original: InlineRule, labelOffset: number): InlineRule {
  return (state, silent) => {
    const env = state.env as ReferenceEnv;
    const references = env.references;
    env.references = undefined;
    const inline = original(state, silent);
    env.references = references;
    if (inline || references === undefined) return inline;
    const start = state.pos;
    const first = state.tokens.length;
    if (!original(state, silent)) return false;
    if (silent) return true;
    const opener = state.tokens.slice(first).find((t) => t.type === 'link_open' || t.type === 'image');
    if (opener) opener.meta = referenceOf(state.src, start + labelOffset, state.pos);
    return true;
  };
}

/** "[text][label]", "[text][]" or "[text]": which kind, and the label that names the definition. */
function referenceOf(src: string, labelStart: number, end: number): ReferenceMeta {
  const written = src.slice(labelStart, end);
  const full = written.match(/\]\[([^\]]*)\]$/s);
  const shortcut = written.replace(/\]$/, '');
  const label = full && full[1] !== '' ? full[1] : full ? written.slice(0, -3) : shortcut;
  const reference = full ? (full[1] === '' ? 'collapsed' : 'full') : 'shortcut';
  return { reference, label, identifier: label.replace(/\s+/g, ' ').trim().toLowerCase() };
}

export function keepReferences(md: MarkdownIt): void {
  md.block.ruler.at('reference', definitionRule(ruleNamed(md.block.ruler, 'reference') as BlockRule));
  md.inline.ruler.at('link', referenceRule(ruleNamed(md.inline.ruler, 'link') as InlineRule, 1));
  md.inline.ruler.at('image', referenceRule(ruleNamed(md.inline.ruler, 'image') as InlineRule, 2));
}
