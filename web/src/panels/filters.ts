// The legend doubles as the type filter: one row per type, drawn from the same table as the canvas, with a checkbox.
import type { EntityType, EventOption } from '../api-types';
import { edgeLegendEntries, legendEntries } from '../style';
import type { ViewFilters } from '../url-state';
import { h, replaceChildren } from './dom';
import { edgeSwatch, typeSwatch } from './swatch';

export interface FiltersPanel {
  element: HTMLElement;
  show(filters: ViewFilters): void;
  setEvents(events: EventOption[]): void;
  setCounts(counts: { label: EntityType; count: number }[]): void;
}

export function createFiltersPanel(onChange: (filters: ViewFilters) => void): FiltersPanel {
  const boxes = new Map<EntityType, HTMLInputElement>();
  const counts = new Map<EntityType, HTMLElement>();
  const legend = h(
    'ul',
    { class: 'legend' },
    ...legendEntries().map((entry) => {
      const box = h('input', { type: 'checkbox', checked: true, id: `type-${entry.type}`, 'data-type': entry.type });
      const count = h('span', { class: 'legend-count' });
      boxes.set(entry.type, box);
      counts.set(entry.type, count);
      return h('li', {}, h('label', { for: box.id }, box, typeSwatch(entry.type), h('span', {}, entry.description), count));
    }),
  );
  const eventSelect = h('select', { id: 'filter-event' }, h('option', { value: '' }, 'Every event'));
  const yearSelect = h('select', { id: 'filter-year' }, h('option', { value: '' }, 'Every year'));
  // A name, as people know topics ("eBPF"): the API accepts a name, an alias or a key.
  const topicInput = h('input', { id: 'filter-topic', type: 'search', placeholder: 'e.g. eBPF, GitOps', autocomplete: 'off' });
  const current = (): ViewFilters => ({
    hiddenTypes: [...boxes].filter(([, box]) => !box.checked).map(([type]) => type),
    eventId: eventSelect.value || null,
    year: yearSelect.value ? Number(yearSelect.value) : null,
    topic: topicInput.value.trim() || null,
  });
  const changed = () => onChange(current());
  for (const box of boxes.values()) box.addEventListener('change', changed);
  eventSelect.addEventListener('change', changed);
  yearSelect.addEventListener('change', changed);
  // change fires on Enter and when leaving the field: not with every key typed.
  topicInput.addEventListener('change', changed);

  const element = h(
    'section',
    { class: 'panel filters', 'aria-labelledby': 'filters-title' },
    h('h2', { id: 'filters-title' }, 'Legend and filters'),
    h('fieldset', {}, h('legend', { class: 'visually-hidden' }, 'Show types'), legend),
    h(
      'details',
      { class: 'edge-legend', open: true },
      h('summary', {}, 'Edges'),
      h('ul', {}, ...edgeLegendEntries().map((entry) => h('li', { 'data-edge-type': entry.type }, edgeSwatch(entry), h('span', {}, entry.description)))),
    ),
    h('div', { class: 'field' }, h('label', { for: eventSelect.id }, 'Event'), eventSelect),
    h('div', { class: 'field' }, h('label', { for: yearSelect.id }, 'Year'), yearSelect),
    h('div', { class: 'field links-only' }, h('label', { for: topicInput.id }, 'Topic (links view)'), topicInput),
  );

  // An option named by the URL may not be in the list yet (events still loading): add it so the select can show it.
  const ensureOption = (select: HTMLSelectElement, value: string) => {
    if (value && ![...select.options].some((option) => option.value === value)) select.append(h('option', { value }, value));
    select.value = value;
  };

  return {
    element,
    show(filters) {
      for (const [type, box] of boxes) box.checked = !filters.hiddenTypes.includes(type);
      ensureOption(eventSelect, filters.eventId ?? '');
      ensureOption(yearSelect, filters.year === null ? '' : String(filters.year));
      if (document.activeElement !== topicInput) topicInput.value = filters.topic ?? '';
    },
    setEvents(events) {
      const { eventId, year } = current();
      replaceChildren(
        eventSelect,
        h('option', { value: '' }, 'Every event'),
        ...[...events].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.name.localeCompare(b.name)).map((event) => h('option', { value: event.id }, event.name)),
      );
      const years = [...new Set(events.map((event) => event.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
      replaceChildren(yearSelect, h('option', { value: '' }, 'Every year'), ...years.map((y) => h('option', { value: String(y) }, String(y))));
      ensureOption(eventSelect, eventId ?? '');
      ensureOption(yearSelect, year === null ? '' : String(year));
    },
    setCounts(list) {
      for (const { label, count } of list) {
        const cell = counts.get(label);
        if (cell) cell.textContent = String(count);
      }
    },
  };
}
