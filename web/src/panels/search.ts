// A search box with suggestions over every entity type (the API searches English and Chinese): an ARIA combobox.
import type { ExplorerApi, SearchHit } from '../api-types';
import { h, replaceChildren } from './dom';
import { typeSwatch } from './swatch';

export interface SearchBoxOptions {
  api: ExplorerApi;
  label: string;
  placeholder: string;
  onChoose(hit: SearchHit): void;
  onError(error: unknown): void;
  /** Milliseconds of quiet typing before asking the API. */
  delay?: number;
}

let instances = 0;

export function createSearchBox(options: SearchBoxOptions): { element: HTMLElement; input: HTMLInputElement; clear(): void } {
  const id = `search-${++instances}`;
  const listbox = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': `${options.label}: suggestions` });
  const input = h('input', {
    id,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listbox.id,
  });
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const element = h('div', { class: 'search' }, h('label', { for: id, class: 'visually-hidden' }, options.label), input, listbox, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can arrive out of order; only the latest question's answer is shown.
  let asked = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-option-${index}`);
  };

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    options.onChoose(hit);
  };

  const show = (text: string) => {
    if (hits.length === 0) {
      replaceChildren(listbox, h('li', { class: 'suggestion-empty', role: 'presentation' }, `Nothing found for “${text}”.`));
    } else {
      replaceChildren(
        listbox,
        ...hits.map((hit, index) =>
          h(
            'li',
            {
              id: `${id}-option-${index}`,
              role: 'option',
              class: 'suggestion',
              'aria-selected': 'false',
              'data-id': hit.id,
              // mousedown, not click: the input's blur would close the list before a click lands.
              onmousedown: (event) => {
                event.preventDefault();
                choose(hit);
              },
            },
            typeSwatch(hit.label),
            h('span', { class: 'suggestion-name' }, hit.name),
            h('span', { class: 'suggestion-context' }, [hit.label, hit.context].filter(Boolean).join(' · ')),
          ),
        ),
      );
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = `${hits.length} suggestions`;
    highlight(hits.length > 0 ? 0 : -1);
  };

  /** `chooseBest`: Enter was pressed before the suggestions came; the best one (an exact name first) opens. */
  const ask = async (chooseBest = false) => {
    const text = input.value.trim();
    const question = ++asked;
    if (text === '') {
      hits = [];
      close();
      return;
    }
    try {
      const answer = await options.api.search(text, { first: 12 });
      if (question !== asked) return;
      hits = answer;
      if (chooseBest && hits.length > 0) choose(hits[0]);
      else show(text);
    } catch (error) {
      if (question === asked) {
        close();
        options.onError(error);
      }
    }
  };

  input.addEventListener('input', () => {
    // Suggestions for the old text would be chosen by mistake: they go until the new ones arrive.
    hits = [];
    close();
    clearTimeout(timer);
    timer = setTimeout(() => void ask(), options.delay ?? 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (listbox.hidden) show(input.value.trim());
      else highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!listbox.hidden && active >= 0) choose(hits[active]);
      else {
        clearTimeout(timer);
        void ask(true);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    clear() {
      input.value = '';
      hits = [];
      close();
    },
  };
}
