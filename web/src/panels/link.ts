// The talks and people behind one project–organization link, shown when the link is clicked.
import type { EntityRef } from '../api-types';
import { type DetailsActions, entityButton } from './details';
import { h } from './dom';

export interface LinkSelection {
  organization: EntityRef;
  project: EntityRef;
  weight: number;
  maintains: boolean;
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
    h('p', { class: 'link-weight' }, weightInWords(link)),
    h('section', { class: 'details-section' }, h('h3', {}, `Talks behind this link (${link.talks.length})`), link.talks.length > 0 ? list(link.talks) : h('p', { class: 'empty' }, 'No talks: the link comes from contributors or stewardship.')),
    link.people.length > 0 ? h('section', { class: 'details-section' }, h('h3', {}, `People (${link.people.length})`), list(link.people)) : null,
  );
}

/** What the weight counts, in the link's own names: talks, contributors, stewardship (the API's definition). */
export function weightInWords(link: LinkSelection): string {
  const { organization, project, weight, talks } = link;
  const stewardship = link.maintains ? 1 : 0;
  const contributors = Math.max(0, weight - talks.length - stewardship);
  const parts = [
    `${talks.length} talk${talks.length === 1 ? '' : 's'} mentioning ${project.name} given by a speaker credited with ${organization.name}`,
    ...(contributors > 0 ? [`${contributors} ${organization.name} ${contributors === 1 ? 'person who contributes' : 'people who contribute'} to it`] : []),
    ...(stewardship ? [`1 because ${organization.name} maintains it`] : []),
  ];
  return `Weight ${weight} = ${parts.join(' + ')}.`;
}
