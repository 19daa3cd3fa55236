// Corrections from the explorer: two selected nodes → "Same entity", a selected talk → "Not a talk", and a review list
// of the suggested merges (each one click to accept) and of the corrections in force.
import type { CorrectedLabel, CorrectionRequest, CorrectionsApi, CorrectionView, MergeSuggestionView } from '../corrections-api';
import { h, replaceChildren } from './dom';

export interface CorrectionTarget {
  id: string;
  name: string;
  /** The node's type: Talk, Person, … */
  type: string;
}

export interface CorrectionsPanel {
  element: HTMLElement;
  /** Loads the review lists again. */
  refresh(): Promise<void>;
}

const MERGEABLE: readonly string[] = ['Person', 'Organization', 'Project', 'Event'];

export function createCorrectionsPanel(options: {
  api: CorrectionsApi;
  selected(): CorrectionTarget | null;
  /** After a correction is written and the corpus ingested again: the view shows what changed to the nodes it named. */
  applied(correction: CorrectionRequest, nodes: { keep: string; gone: string[] }): void;
  onError(error: unknown): void;
}): CorrectionsPanel {
  const picked: Record<'first' | 'second', CorrectionTarget | null> = { first: null, second: null };
  const result = h('p', { class: 'corrections-result', 'aria-live': 'polite' });
  const suggestions = h('ol', { class: 'merge-suggestions' });
  const inForce = h('ul', { class: 'in-force' });
  const say = (message: string): void => replaceChildren(result, message);

  const write = async (correction: CorrectionRequest, nodes: { keep: string; gone: string[] }): Promise<void> => {
    say('Writing the correction and ingesting again…');
    try {
      const done = await options.api.add(correction);
      say(`${done.correction.id}: written${done.correction.line ? ` on line ${done.correction.line}` : ''}, ${done.written} documents ingested again.`);
      options.applied(correction, nodes);
      await panel.refresh();
    } catch (error) {
      const code = (error as { code?: string }).code;
      say(code === 'FORBIDDEN' ? 'This server does not write corrections: start it with --allow-corrections.' : `Not written: ${(error as Error).message}`);
      if (code !== 'FORBIDDEN' && code !== 'BAD_USER_INPUT') options.onError(error);
    }
  };

  const slot = (which: 'first' | 'second') => {
    const shown = h('span', { class: 'picked', 'data-pick': which }, '—');
    const button = h(
      'button',
      {
        type: 'button',
        class: 'small',
        title: `Use the selected node as the ${which} of the two`,
        onclick: () => {
          picked[which] = options.selected();
          replaceChildren(shown, picked[which] ? `${picked[which]!.name} (${picked[which]!.type})` : '—');
        },
      },
      `Use selected`,
    );
    return h('div', { class: 'pick-row' }, button, shown);
  };

  const sameEntity = h(
    'button',
    {
      type: 'button',
      id: 'action-same-entity',
      onclick: () => {
        const { first, second } = picked;
        if (!first || !second || first.id === second.id) return say('Pick two nodes: select one, "Use selected", then the other.');
        if (first.type !== second.type || !MERGEABLE.includes(first.type)) return say('Only two people, organizations, projects or events of one kind can be one entity.');
        void write({ kind: 'SAME_AS', label: first.type as CorrectedLabel, name: first.name, names: [second.name] }, { keep: first.id, gone: [second.id] });
      },
    },
    'Same entity',
  );
  const notATalk = h(
    'button',
    {
      type: 'button',
      id: 'action-not-a-talk',
      onclick: () => {
        const talk = options.selected();
        if (talk?.type !== 'Talk') return say('Select a talk first.');
        void write({ kind: 'NOT_A_TALK', talk: talk.id }, { keep: '', gone: [talk.id] });
      },
    },
    'Not a talk',
  );

  const element = h(
    'section',
    { class: 'panel corrections', 'aria-labelledby': 'corrections-title' },
    h('h2', { id: 'corrections-title' }, 'Corrections'),
    slot('first'),
    slot('second'),
    h('div', { class: 'buttons' }, sameEntity, notATalk),
    result,
    h('details', { class: 'review' }, h('summary', {}, 'Review'), h('h3', {}, 'Suggested merges'), suggestions, h('h3', {}, 'In force'), inForce),
  );

  const panel: CorrectionsPanel = {
    element,
    async refresh() {
      try {
        const [suggested, corrections] = await Promise.all([options.api.suggestions(10), options.api.inForce()]);
        replaceChildren(suggestions, ...(suggested.length > 0 ? suggested.map((s) => suggestionItem(s, write)) : [h('li', { class: 'empty' }, 'No likely duplicates.')]));
        replaceChildren(inForce, ...(corrections.length > 0 ? corrections.map(correctionItem) : [h('li', { class: 'empty' }, 'None yet.')]));
      } catch (error) {
        options.onError(error);
      }
    },
  };
  return panel;
}

function suggestionItem(s: MergeSuggestionView, write: (c: CorrectionRequest, nodes: { keep: string; gone: string[] }) => Promise<void>): HTMLElement {
  return h(
    'li',
    { class: 'merge-suggestion' },
    h('span', { class: 'pair' }, `${s.keep.name} = ${s.merge.name}`),
    h('span', { class: 'score', title: 'The sum of the evidence’s weights' }, s.score.toFixed(1)),
    h(
      'button',
      { type: 'button', class: 'small', title: `Write "${s.merge.name}" into the corrections file as a name of ${s.keep.name}`, onclick: () => void write({ kind: 'SAME_AS', label: s.label, name: s.keep.name, names: [s.merge.name] }, { keep: s.keep.id, gone: [s.merge.id] }) },
      'Accept',
    ),
    h('ul', { class: 'reasons' }, ...s.evidence.map((e) => h('li', {}, e))),
  );
}

function correctionItem(c: CorrectionView): HTMLElement {
  const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ''}` : null;
  return h('li', { class: 'correction' }, h('span', {}, c.id), h('span', { class: 'documents' }, ` · ${c.documents} documents`), where ? h('span', { class: 'where' }, ` · ${where}`) : null);
}
