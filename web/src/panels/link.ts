// The talks and people behind one project–organization link, shown when the link is clicked.
import type { EntityRef, LinkEvidence } from '../api-types';
import { type DetailsActions, entityButton } from './details';
import { h } from './dom';

export interface LinkSelection {
  organization: EntityRef;
  project: EntityRef;
  weight: number;
  maintains: boolean;
  talkCount: number;
  peopleCount: number;
}

/** The link with its counts at once; its talks and people once `evidence` has come (null: still loading). */
export function renderLink(link: LinkSelection, evidence: LinkEvidence | null, actions: DetailsActions): HTMLElement {
  const list = (items: EntityRef[]) => h('ul', { class: 'ref-list' }, ...items.map((item) => h('li', {}, entityButton(item, actions))));
  const loading = h('p', { class: 'loading' }, 'Loading…');
  const talks = evidence === null ? loading : evidence.talks.length > 0 ? list(evidence.talks) : h('p', { class: 'empty' }, 'No talks: the link comes from contributors or stewardship.');
  return h(
    'article',
    { class: 'details link-details' },
    h('p', { class: 'details-type' }, 'Project–organization link'),
    h('h2', { class: 'details-title' }, entityButton(link.organization, actions), ' → ', entityButton(link.project, actions)),
    h('p', { class: 'link-weight' }, weightInWords(link)),
    h('section', { class: 'details-section' }, h('h3', {}, `Talks behind this link (${link.talkCount})`), talks),
    link.peopleCount > 0 ? h('section', { class: 'details-section' }, h('h3', {}, `People (${link.peopleCount})`), evidence === null ? loading.cloneNode(true) : list(evidence.people)) : null,
  );
}

/** What the weight counts, in the link's own names: talks, contributors, stewardship (the API's definition). */
export function weightInWords(link: LinkSelection): string {
  const { organization, project, weight, talkCount } = link;
  const stewardship = link.maintains ? 1 : 0;
  const contributors = Math.max(0, weight - talkCount - stewardship);
  const parts = [
    `${talkCount} talk${talkCount === 1 ? '' : 's'} mentioning ${project.name} given by a speaker credited with ${organization.name}`,
    ...(contributors > 0 ? [`${contributors} ${organization.name} ${contributors === 1 ? 'person who contributes' : 'people who contribute'} to it`] : []),
    ...(stewardship ? [`1 because ${organization.name} maintains it`] : []),
  ];
  return `Weight ${weight} = ${parts.join(' + ')}.`;
}
