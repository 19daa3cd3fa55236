// A hub's waiting neighbors of one type, when their group node is selected: how many, and a button for the next page.
import type { EntityRef, EntityType } from '../api-types';
import { HUB_PAGE } from '../hubs';
import { h } from './dom';

export interface GroupSelection {
  anchor: EntityRef;
  type: EntityType;
  count: number;
}

export function renderGroup(group: GroupSelection, showMore: () => void): HTMLElement {
  const next = Math.min(HUB_PAGE, group.count);
  return h(
    'article',
    { class: 'details group-details' },
    h('p', { class: 'details-type' }, 'Not drawn yet'),
    h('h2', { class: 'details-title' }, `${group.count} more ${group.type.toLowerCase()} neighbors of ${group.anchor.name}`),
    h('p', {}, `${group.anchor.name} has too many neighbors to draw at once: the most connected are shown, these wait here, strongest first.`),
    h('button', { type: 'button', id: 'show-more', onclick: showMore }, `Show ${next} more`),
    h('p', { class: 'hint' }, 'Double-clicking the group does the same.'),
  );
}
