// The talks and people behind one project–organization link, shown when the link is clicked.
import type { EntityRef } from '../api-types';
import { type DetailsActions, entityButton } from './details';
import { h } from './dom';

export interface LinkSelection {
  organization: EntityRef;
  project: EntityRef;
  weight: number;
  talks: EntityRef[];
  people: EntityRef[];
}

export function renderLink(link: LinkSelection, actions: DetailsActions): HTMLElement {
  const list = (items: EntityRef[]) => h('ul', { class: 'ref-list' }, ...items.map((item) => h('li', {}, entityButton(item, actions))));
  return h(
    'article',
    { class: 'details link-details' },
    h('p', { class: 'details-type' }, 'Project–organization link'),
    h('h2', { class: 'details-title' }, entityButton(link.organization, actions), ' → ', entityButton(link.project, actions)),
    h('p', {}, `Weight ${link.weight}: ${link.talks.length} talk${link.talks.length === 1 ? '' : 's'}, ${link.people.length} ${link.people.length === 1 ? 'person' : 'people'}.`),
    h('section', { class: 'details-section' }, h('h3', {}, `Talks behind this link (${link.talks.length})`), link.talks.length > 0 ? list(link.talks) : h('p', { class: 'empty' }, 'No talks: the link comes from contributors or stewardship.')),
    link.people.length > 0 ? h('section', { class: 'details-section' }, h('h3', {}, `People (${link.people.length})`), list(link.people)) : null,
  );
}
