// The details panel: what the graph knows about the selected entity, each related entity one click away.
import type { Details, EntityRef, SourceLine, TalkDetails } from '../api-types';
import { h } from './dom';
import { typeSwatch } from './swatch';
import { renderTrends } from './trends';

/** How many items of a list are shown before "and N more". */
const LIST_LIMIT = 40;

export interface DetailsActions {
  open(id: string): void;
}

export function entityButton(ref: EntityRef, actions: DetailsActions): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'entity-link', 'data-id': ref.id, title: `Show ${ref.label.toLowerCase()} ${ref.name}`, onclick: () => actions.open(ref.id) },
    typeSwatch(ref.label),
    ref.name,
  );
}

function section(title: string, ...content: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'details-section' }, h('h3', {}, title), ...content);
}

function refList(items: EntityRef[], actions: DetailsActions, total = items.length): HTMLElement {
  const shown = items.slice(0, LIST_LIMIT);
  return h(
    'ul',
    { class: 'ref-list' },
    ...shown.map((item) => h('li', {}, entityButton(item, actions))),
    total > shown.length ? h('li', { class: 'more' }, `and ${total - shown.length} more`) : null,
  );
}

function sourcesList(sources: SourceLine[]): HTMLElement {
  return h('ul', { class: 'sources' }, ...sources.map((source) => h('li', {}, h('code', {}, `${source.path}:${source.line}`))));
}

/**
 * Documents wrap abstracts at a fixed width: lines are joined into paragraphs again, except after a line that ends a
 * sentence or an item (".", ";", ":" and their Chinese forms), which keeps its break.
 */
export function abstractParagraphs(abstract: string): string[] {
  return abstract
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .reduce((text, line) => (text === '' ? line : `${text}${lineJoint(text, line)}${line}`), ''),
    )
    .filter((paragraph) => paragraph !== '');
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function lineJoint(before: string, after: string): string {
  if (/[.;:!?。；：！？]$/.test(before)) return '\n';
  // Chinese text has no spaces between words, so a wrapped Chinese line joins without one.
  return CJK.test(before.slice(-1)) && CJK.test(after[0]) ? '' : ' ';
}

function talkDetails(talk: TalkDetails, actions: DetailsActions): HTMLElement[] {
  const when = [talk.day, talk.time].filter(Boolean).join(' ');
  return [
    ...talk.altTitles.map((title) => h('p', { class: 'alt-title', lang: /[\u3400-\u9fff]/.test(title) ? 'zh' : 'en' }, title)),
    talk.event || when ? h('p', { class: 'talk-when' }, talk.event ? entityButton(talk.event, actions) : null, when ? ` ${when}` : null) : null,
    talk.url ? h('p', {}, h('a', { href: talk.url, target: '_blank', rel: 'noopener' }, 'Talk page')) : null,
    talk.abstract ? section('Abstract', ...abstractParagraphs(talk.abstract).map((text) => h('p', { class: 'abstract' }, text))) : null,
    talk.speakers.length > 0
      ? section(
          'Speakers',
          h(
            'ul',
            { class: 'ref-list' },
            ...talk.speakers.map((speaker) =>
              h(
                'li',
                {},
                entityButton(speaker, actions),
                ...speaker.organizations.flatMap((organization) => [' ', entityButton(organization, actions)]),
              ),
            ),
          ),
        )
      : null,
    talk.projects.length > 0 ? section('Projects', refList(talk.projects, actions)) : null,
    talk.topics.length > 0 ? section('Topics', refList(talk.topics, actions)) : null,
    talk.sources.length > 0 ? section('Sources', sourcesList(talk.sources)) : null,
  ].filter((node): node is HTMLElement => node !== null);
}

export function renderDetails(details: Details, actions: DetailsActions): HTMLElement {
  const heading = h('h2', { class: 'details-title' }, typeSwatch(details.label), h('span', {}, details.name));
  const body =
    'speakers' in details
      ? talkDetails(details, actions)
      : [
          details.aliases.length > 0 ? h('p', { class: 'aliases' }, `Also: ${details.aliases.join(', ')}`) : null,
          details.facts.length > 0
            ? h('dl', { class: 'facts' }, ...details.facts.flatMap((fact) => [h('dt', {}, fact.name), h('dd', {}, fact.value)]))
            : null,
          details.trend ? renderTrends(details.trend, actions) : null,
          ...details.lists.map((entry) => section(`${entry.title} (${entry.total})`, refList(entry.items, actions, entry.total))),
          details.sources.length > 0 ? section('Sources', sourcesList(details.sources)) : null,
        ];
  return h('article', { class: 'details', 'data-type': details.label }, h('p', { class: 'details-type' }, details.label), heading, ...body);
}
