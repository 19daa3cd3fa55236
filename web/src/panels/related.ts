// Related talks of the selected talk, best first, each with the reasons the API gives; a click opens the talk.
import type { RelatedTalk } from '../api-types';
import type { DetailsActions } from './details';
import { entityButton } from './details';
import { h } from './dom';

export function renderRelatedTalks(related: RelatedTalk[], actions: DetailsActions): HTMLElement {
  if (related.length === 0) return h('p', { class: 'empty' }, 'No related talks found.');
  return h(
    'ol',
    { class: 'related' },
    ...related.map((entry) =>
      h(
        'li',
        { class: 'related-talk' },
        entityButton(entry.talk, actions),
        h('span', { class: 'score', title: 'Relatedness score: the sum of the reasons’ weights' }, entry.score.toFixed(1)),
        entry.talk.event ? h('span', { class: 'related-event' }, entry.talk.event) : null,
        h('ul', { class: 'reasons' }, ...entry.reasons.map((reason) => h('li', {}, reason))),
      ),
    ),
  );
}
