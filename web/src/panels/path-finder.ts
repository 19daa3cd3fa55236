// The path finder: two ends chosen by search or from the selection; one shortest route drawn at a time, all of them
// listed to step through.
import type { ExplorerApi, SearchHit } from '../api-types';
import { h, replaceChildren } from './dom';
import { createSearchBox } from './search';

export interface PathEnd {
  id: string;
  name: string;
}

export interface PathRoutes {
  current: number;
  routes: { names: string[] }[];
}

export interface PathFinder {
  element: HTMLElement;
  setEnd(which: 'from' | 'to', end: PathEnd | null): void;
  showResult(message: string): void;
  /** Lists the routes of the path shown, the drawn one marked, with previous and next. */
  showRoutes(routes: PathRoutes): void;
}

export function createPathFinder(options: {
  api: ExplorerApi;
  selected(): PathEnd | null;
  find(from: PathEnd, to: PathEnd): void;
  showRoute(index: number): void;
  clear(): void;
  onError(error: unknown): void;
}): PathFinder {
  const ends: Record<'from' | 'to', PathEnd | null> = { from: null, to: null };
  const result = h('p', { class: 'path-result', 'aria-live': 'polite' });
  const routesSlot = h('div', { class: 'path-routes' });
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
    routesSlot,
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
      if (message === '') replaceChildren(routesSlot);
    },
    showRoutes({ current, routes }) {
      if (routes.length === 0) {
        replaceChildren(routesSlot);
        return;
      }
      const steps = routes[current].names.length - 1;
      const step = (delta: number) => options.showRoute((current + delta + routes.length) % routes.length);
      replaceChildren(
        routesSlot,
        h(
          'div',
          { class: 'route-stepper' },
          routes.length > 1 ? h('button', { type: 'button', class: 'small', id: 'route-previous', 'aria-label': 'Previous route', onclick: () => step(-1) }, '‹') : null,
          h('span', { class: 'route-position' }, `Route ${current + 1} of ${routes.length}, ${steps} step${steps === 1 ? '' : 's'}`),
          routes.length > 1 ? h('button', { type: 'button', class: 'small', id: 'route-next', 'aria-label': 'Next route', onclick: () => step(1) }, '›') : null,
        ),
        h(
          'ol',
          { class: 'route-list' },
          ...routes.map((route, index) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'route', 'aria-current': index === current ? 'true' : undefined, onclick: () => options.showRoute(index) },
                // Every route starts and ends at the same two: what tells them apart is the way between.
                route.names.length > 2 ? `via ${route.names.slice(1, -1).join(' → ')}` : route.names.join(' → '),
              ),
            ),
          ),
        ),
      );
    },
  };
  return finder;
}
