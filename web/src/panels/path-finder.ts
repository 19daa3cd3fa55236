// The path finder: two ends chosen by search or from the selection, the shortest paths drawn in the graph.
import type { ExplorerApi, SearchHit } from '../api-types';
import { h, replaceChildren } from './dom';
import { createSearchBox } from './search';

export interface PathEnd {
  id: string;
  name: string;
}

export interface PathFinder {
  element: HTMLElement;
  setEnd(which: 'from' | 'to', end: PathEnd | null): void;
  showResult(message: string): void;
}

export function createPathFinder(options: {
  api: ExplorerApi;
  selected(): PathEnd | null;
  find(from: PathEnd, to: PathEnd): void;
  clear(): void;
  onError(error: unknown): void;
}): PathFinder {
  const ends: Record<'from' | 'to', PathEnd | null> = { from: null, to: null };
  const result = h('p', { class: 'path-result', 'aria-live': 'polite' });
  const findButton = h('button', { type: 'button', disabled: true, onclick: () => ends.from && ends.to && options.find(ends.from, ends.to) }, 'Find path');

  const endRow = (which: 'from' | 'to', title: string) => {
    const search = createSearchBox({
      api: options.api,
      label: `Path ${which}`,
      placeholder: title,
      onChoose: (hit: SearchHit) => finder.setEnd(which, { id: hit.id, name: hit.name }),
      onError: options.onError,
    });
    search.input.dataset.pathEnd = which;
    const useSelection = h(
      'button',
      {
        type: 'button',
        class: 'small',
        title: `Use the selected node as the path's ${which === 'from' ? 'start' : 'end'}`,
        onclick: () => {
          const selected = options.selected();
          if (selected) finder.setEnd(which, selected);
        },
      },
      'Use selected',
    );
    return { row: h('div', { class: 'path-end' }, search.element, useSelection), input: search.input };
  };
  const from = endRow('from', 'From…');
  const to = endRow('to', 'To…');

  const element = h(
    'section',
    { class: 'panel path-finder', 'aria-labelledby': 'path-title' },
    h('h2', { id: 'path-title' }, 'Path finder'),
    from.row,
    to.row,
    h('div', { class: 'buttons' }, findButton, h('button', { type: 'button', onclick: () => options.clear() }, 'Clear')),
    result,
  );

  const finder: PathFinder = {
    element,
    setEnd(which, end) {
      ends[which] = end;
      (which === 'from' ? from : to).input.value = end?.name ?? '';
      findButton.disabled = !(ends.from && ends.to);
    },
    showResult(message) {
      replaceChildren(result, message);
    },
  };
  return finder;
}
